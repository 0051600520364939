import type { BrowserWindow } from 'electron';
import { dialog, shell, app } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { IpcRequest, IpcResponses } from '../../shared/ipc';
import { TempPdfStore } from './temp-pdf';

const MAX_READ_BYTES = 512 * 1024 * 1024;

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

/** Lets the user pick one file and returns its bytes (bounded). */
export async function readUserFile(
  win: BrowserWindow,
  req: IpcRequest<'files:read-user-file'>,
): Promise<IpcResponses['files:read-user-file']> {
  const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: req.filters });
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  const info = await stat(path);
  if (info.size > MAX_READ_BYTES) throw new Error(`文件 ${basename(path)} 超过 512 MB，无法读取`);
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}
