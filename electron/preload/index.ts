// Sandboxed preload: exposes one typed object of verbs, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { GrantDeskApi } from '../../shared/ipc/api';

const api = {
  saveFile: (req) => ipcRenderer.invoke('files:save', req),
  openPdf: (req) => ipcRenderer.invoke('files:open-pdf', req),
  printPdf: (req) => ipcRenderer.invoke('files:print-pdf', req),
  readUserFile: (req) => ipcRenderer.invoke('files:read-user-file', req),
  appInfo: () => ipcRenderer.invoke('app:info', undefined),
  writeAutoBackup: (req) => ipcRenderer.invoke('backup:write-auto', req),
  listAutoBackups: () => ipcRenderer.invoke('backup:list-auto', undefined),
} satisfies GrantDeskApi;

contextBridge.exposeInMainWorld('grantdesk', api);
