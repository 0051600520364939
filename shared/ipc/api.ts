import type { IpcRequest, IpcResponses } from './schemas';

/** The one object of verbs the preload exposes as `window.grantdesk`. */
export interface GrantDeskApi {
  saveFile(req: IpcRequest<'files:save'>): Promise<IpcResponses['files:save']>;
  openPdf(req: IpcRequest<'files:open-pdf'>): Promise<IpcResponses['files:open-pdf']>;
  printPdf(req: IpcRequest<'files:print-pdf'>): Promise<IpcResponses['files:print-pdf']>;
  readUserFile(req: IpcRequest<'files:read-user-file'>): Promise<IpcResponses['files:read-user-file']>;
  appInfo(): Promise<IpcResponses['app:info']>;
  writeAutoBackup(req: IpcRequest<'backup:write-auto'>): Promise<IpcResponses['backup:write-auto']>;
  listAutoBackups(): Promise<IpcResponses['backup:list-auto']>;
}
