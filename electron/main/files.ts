import type { BrowserWindow } from 'electron';
import { dialog, shell, app } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { IpcRequest, IpcResponses } from '../../shared/ipc';
import { pickLimit, readPickedFile } from './read-picked-file';
import { TempPdfStore } from './temp-pdf';

/** Asks where to save and writes the bytes there. */
export async function saveFile(
  win: BrowserWindow,
  req: IpcRequest<'files:save'>,
): Promise<IpcResponses['files:save']> {
  const result = await dialog.showSaveDialog(win, {
    defaultPath: join(app.getPath('documents'), req.suggestedName),
    filters: req.filters,
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFile(result.filePath, req.bytes);
  return { saved: true, path: result.filePath };
}

/** The viewer's copies: main names them, and deletes them after a while, at quit and after a crash. */
export const tempPdfs = new TempPdfStore({
  dir: join(tmpdir(), 'grantdesk-pdf'),
  openPath: (path) => shell.openPath(path),
});

/** Opens a PDF in the system viewer (which is also where the user prints it). */
export async function openPdf(req: IpcRequest<'files:open-pdf'>): Promise<IpcResponses['files:open-pdf']> {
  await tempPdfs.open(req.suggestedName, req.bytes);
  return { opened: true };
}

/** Prints through the system viewer: Electron cannot print a PDF file silently and reliably. */
export async function printPdf(req: IpcRequest<'files:print-pdf'>): Promise<IpcResponses['files:print-pdf']> {
  await openPdf(req);
  return { printed: true };
}

/** Lets the user pick one file and returns its bytes, measured first against the limit of its kind. */
export async function readUserFile(
  win: BrowserWindow,
  req: IpcRequest<'files:read-user-file'>,
): Promise<IpcResponses['files:read-user-file']> {
  const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: req.filters });
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  return readPickedFile(path, pickLimit(path, req.filters));
}
