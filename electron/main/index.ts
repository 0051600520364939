import { app, BrowserWindow } from 'electron';
import { tmpdir } from 'node:os';
import { tempPdfs } from './files';
import { registerIpc } from './ipc';
import { snapshotBeforeUpdate } from './pre-update-snapshot';
import { applySecurity } from './security';
import { createMainWindow } from './window';

app.enableSandbox();

void app.whenReady().then(async () => {
  applySecurity();
  registerIpc();
  try {
    tempPdfs.sweepStale(tmpdir());
  } catch (e) {
    console.error('[files] could not clear old PDF copies', e);
  }
  await snapshotBeforeUpdate().catch((e: unknown) => console.error('[backup] pre-update snapshot failed', e));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('will-quit', () => tempPdfs.removeAllNow());

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
