import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { createCore, type Core } from '../core/app';
import { useNativeBinding } from '../core/store/connection';
import { safeStorageKeystore } from './keystore';

/** Session token per window: the renderer never holds it, the main process adds it to each call. */
const tokens = new Map<number, string>();

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Registrum',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  const id = win.webContents.id;
  win.on('closed', () => tokens.delete(id));
  win.webContents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
}

function wireIpc(core: Core): void {
  ipcMain.handle('registrum:call', async (event, method: unknown, input: unknown) => {
    const id = event.sender.id;
    const result = await core.dispatch(tokens.get(id) ?? null, String(method), input);
    if (method === 'auth.logout') tokens.delete(id);
    if (result.ok && method === 'auth.login') {
      const value = result.value as { token: string };
      tokens.set(id, value.token);
      return { ok: true, value: { ...value, token: '' } };
    }
    return result;
  });
}

/** The native module built for Electron's ABI (scripts/build-native-electron.mjs), shipped beside the app. */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return join(process.resourcesPath, 'native', 'better_sqlite3.node');
  return process.env.REGISTRUM_NATIVE_BINDING;
}

void app.whenReady().then(() => {
  useNativeBinding(electronNativeBinding());
  const core = createCore({
    dataDir: app.getPath('userData'),
    keystore: safeStorageKeystore(),
    logError: (err) => console.error(err),
  });
  wireIpc(core);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
