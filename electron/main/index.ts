import { app, BrowserWindow } from 'electron';
import { registerIpc } from './ipc';
import { applySecurity } from './security';
import { createMainWindow } from './window';

app.enableSandbox();

void app.whenReady().then(() => {
  applySecurity();
  registerIpc();
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
