import { app, BrowserWindow } from 'electron';
import { registerIpc } from './ipc';
import { snapshotBeforeUpdate } from './pre-update-snapshot';
import { applySecurity } from './security';
import { createMainWindow } from './window';

app.enableSandbox();

void app.whenReady().then(async () => {
  applySecurity();
  registerIpc();
  await snapshotBeforeUpdate().catch((e: unknown) => console.error('[backup] pre-update snapshot failed', e));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
