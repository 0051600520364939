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

/** Query flag of the page URL after main reloaded it because the page process crashed. */
export const RECOVERED_FLAG = 'recovered';
