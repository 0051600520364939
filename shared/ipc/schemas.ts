import { z } from 'zod';
import type { IpcChannel } from './channels';

/** File names offered in save dialogs: no path separators, no control characters, bounded length. */
export const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20) && s !== '.' && s !== '..',
    {
      message: '文件名含有不允许的字符',
    },
  );

const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '应为二进制数据' })
  .refine((b) => b.byteLength <= 512 * 1024 * 1024, {
    message: '文件超过 512 MB',
  });

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

/** Request payload schemas, one per channel: main parses every payload with these. */
export const ipcRequestSchemas = {
  'files:save': z
    .object({ suggestedName: safeFileName, bytes, filters: z.array(fileFilter).max(5) })
    .strict(),
  'files:open-pdf': z.object({ suggestedName: safeFileName, bytes }).strict(),
  'files:print-pdf': z.object({ suggestedName: safeFileName, bytes }).strict(),
  'files:read-user-file': z.object({ filters: z.array(fileFilter).max(5) }).strict(),
  'app:info': z.undefined(),
  'backup:write-auto': z.object({ bytes, reason: z.enum(['daily', 'pre-update']) }).strict(),
  'backup:list-auto': z.undefined(),
} satisfies Record<IpcChannel, z.ZodType>;

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

/** What each channel answers. */
export interface IpcResponses {
  'files:save': { saved: boolean; path?: string };
  'files:open-pdf': { opened: boolean };
  'files:print-pdf': { printed: boolean };
  'files:read-user-file': { name: string; bytes: Uint8Array } | null;
  'app:info': { version: string; previousVersion: string | null; platform: string; userDataPath: string };
  'backup:write-auto': { path: string; removed: string[] };
  'backup:list-auto': AutoBackupFile[];
}

/** One automatic backup in the user-data folder. */
export interface AutoBackupFile {
  name: string;
  size: number;
  /** ISO time the file was written. */
  at: string;
}
