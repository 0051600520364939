/** Every IPC channel the app uses; main registers exactly these and nothing else. */
export const IPC_CHANNELS = [
  'files:save',
  'files:open-pdf',
  'files:print-pdf',
  'files:read-user-file',
  'app:info',
  'backup:write-auto',
  'backup:list-auto',
] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];
