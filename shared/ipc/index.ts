export type { GrantDeskApi } from './api';
export { IPC_CHANNELS, type IpcChannel } from './channels';
export {
  ipcRequestSchemas,
  safeFileName,
  type AutoBackupFile,
  type IpcRequest,
  type IpcResponses,
} from './schemas';
