export type { GrantDeskApi } from './api';
export { IPC_CHANNELS, RECOVERED_FLAG, type IpcChannel } from './channels';
export {
  ipcRequestSchemas,
  pdfDisplayName,
  safeFileName,
  toPdfDisplayName,
  type AutoBackupFile,
  type IpcRequest,
  type IpcResponses,
} from './schemas';
