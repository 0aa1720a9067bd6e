import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { t } from '../../src-shared/i18n/ru';
import { createCore, type Core } from '../core/app';
import { AppError } from '../core/errors';
import { useNativeBinding } from '../core/store/connection';
import { safeStorageKeystore } from './keystore';

// Date fields and number formats follow the interface language, not whatever the workstation's OS is set to.
app.commandLine.appendSwitch('lang', 'ru-RU');

/** Session token per window: the renderer never holds it, the main process adds it to each call. */
const tokens = new Map<number, string>();

const rendererFile = join(__dirname, '../renderer/index.html');
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererFile).href;

/** Only the app's own page may talk to the core or stay in the window. */
function isOwnPage(url: string): boolean {
  const withoutQuery = (u: string) => u.split(/[?#]/)[0];
  return withoutQuery(url) === withoutQuery(rendererUrl);
}

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
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(rendererUrl);
}

function wireIpc(core: Core): void {
  ipcMain.handle('registrum:call', async (event, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) return { ok: false, error: { code: 'forbidden', message: t.errors.foreignCaller } };
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
  let core: Core;
  try {
    useNativeBinding(electronNativeBinding());
    core = createCore({
      dataDir: app.getPath('userData'),
      keystore: safeStorageKeystore(),
      logError: (err) => console.error(err),
    });
  } catch (err) {
    // A damaged key vault or a journal from a newer version: say so instead of showing nothing.
    const message = err instanceof AppError ? err.message : t.errors.cannotOpen;
    dialog.showErrorBox('Registrum', message);
    console.error(err);
    app.quit();
    return;
  }
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
