import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only door into the app: one typed call, checked again in the core.
contextBridge.exposeInMainWorld('registrum', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('registrum:call', method, input),
});
