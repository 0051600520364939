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

/** C0/C1 controls, lone surrogates and the bidi/invisible marks that can disguise an extension (U+202E). */
function isHiddenUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff) return true;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return true;
  const high = (c & 0xfc00) === 0xd800;
  const low = (c & 0xfc00) === 0xdc00;
  if (high) return (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00;
  return low && (i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800);
}

function hasHiddenUnit(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (isHiddenUnit(s, i)) return true;
  return false;
}

/** Any name made into an acceptable {@link pdfDisplayName}: unsafe characters become `_`, `.pdf` added. */
export function toPdfDisplayName(name: string): string {
  let clean = '';
  for (let i = 0; i < name.length; i += 1) clean += isHiddenUnit(name, i) ? '_' : name[i];
  const stem = clean
    .replace(/\.pdf$/i, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^[.\s]+/, '');
  return `${[...(stem || '文件')].slice(0, 50).join('')}.pdf`;
}

/**
 * The display name of a PDF handed to the system viewer: a plain `*.pdf` with no path separators,
 * no control or direction characters and at most 120 characters. Main builds the real file name.
 */
export const pdfDisplayName = z
  .string()
  .min(5)
  .max(120)
  .refine((s) => /^[^\\/:*?"<>|]+\.pdf$/i.test(s) && !hasHiddenUnit(s) && !s.startsWith('.'), {
    message: '只接受 .pdf 文件名（不含路径和控制字符）',
  });

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** PDF bytes: must begin with `%PDF-`, so no other kind of file reaches the system viewer. */
export const pdfBytes = bytes.refine((b) => PDF_MAGIC.every((c, i) => b[i] === c), {
  message: '不是 PDF 文件（应以 %PDF- 开头）',
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
  'files:open-pdf': z.object({ suggestedName: pdfDisplayName, bytes: pdfBytes }).strict(),
  'files:print-pdf': z.object({ suggestedName: pdfDisplayName, bytes: pdfBytes }).strict(),
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
