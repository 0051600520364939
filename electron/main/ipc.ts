import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponses } from '../../shared/ipc';
import { assertTrustedSender, parsePayload } from './ipc-guard';
import { openPdf, printPdf, readUserFile, saveFile } from './files';
import { appUrl } from './window';
import { listAutoBackups, writeAutoBackup } from './auto-backup';
import { previousVersion } from './version-marker';

type Handler<C extends IpcChannel> = (win: BrowserWindow, req: IpcRequest<C>) => Promise<IpcResponses[C]>;

const handlers: { [C in IpcChannel]: Handler<C> } = {
  'files:save': saveFile,
  'files:open-pdf': (_win, req) => openPdf(req),
  'files:print-pdf': (_win, req) => printPdf(req),
  'files:read-user-file': readUserFile,
  'app:info': async () => ({
    version: app.getVersion(),
    previousVersion: await previousVersion(),
    platform: process.platform,
    userDataPath: app.getPath('userData'),
  }),
  'backup:write-auto': (_win, req) => writeAutoBackup(req),
  'backup:list-auto': () => listAutoBackups(),
};

function register<C extends IpcChannel>(channel: C): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    assertTrustedSender(event.senderFrame?.url, win !== null, appUrl());
    return handlers[channel](win as BrowserWindow, parsePayload(channel, payload));
  });
}

/** Registers the one handler of every channel in the contract. */
export function registerIpc(): void {
  for (const channel of Object.keys(handlers) as IpcChannel[]) register(channel);
}
