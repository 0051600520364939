// One corpus case in a child process (run with a memory cap): the file goes through the same reader
// the app uses, and one JSON line says how it ended, with the peak memory and the time taken.
import { readFileSync } from 'node:fs';
import { readRosterFile } from '../../renderer/features/editor/read-roster-file';
import { readBackup } from '../../renderer/backup/read-backup';
import { errorText } from '../../renderer/i18n/error-text';
import { extractDraftFromPdf, listAcroFields } from '../../shared/forms';
import { prepareAttachments } from '../../shared/forms/attachment-pages';
import type { Reader } from './make-corpus';

/** How a case ended, as the child prints it. */
export interface CaseOutcome {
  result: 'refused' | 'ok' | 'crashed';
  /** The refusal in Chinese and English, or what a correct read gave. */
  zh: string;
  en: string;
  /** The error's class, to tell a named refusal from a raw one. */
  errorName?: string;
  ms: number;
  maxRssMb: number;
}

const MIME: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg' };

async function read(reader: Reader, name: string, bytes: Uint8Array): Promise<string> {
  switch (reader) {
    case 'roster':
      return `${(await readRosterFile({ name, bytes })).rows.length} rows`;
    case 'backup':
      return `${(await readBackup(bytes)).drafts.length} drafts`;
    case 'attachment': {
      const mime = MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
      const [prepared] = await prepareAttachments([{ name, mime, bytes }]);
      return `${prepared!.pages} pages`;
    }
    case 'draft-pdf': {
      const extracted = await extractDraftFromPdf(bytes);
      return String((extracted?.draft as { format?: string } | undefined)?.format);
    }
    case 'form':
      return `${(await listAcroFields(bytes)).fields.length} fields`;
  }
}

const NAMED = new Set(['UserError', 'BackupError', 'FormError']);

async function main(): Promise<void> {
  const [reader, path, name] = process.argv.slice(2) as [Reader, string, string];
  const bytes = new Uint8Array(readFileSync(path));
  const started = performance.now();
  let outcome: Omit<CaseOutcome, 'ms' | 'maxRssMb'>;
  try {
    const value = await read(reader, name, bytes);
    outcome = { result: 'ok', zh: value, en: value };
  } catch (err) {
    const errorName = err instanceof Error ? err.name : typeof err;
    outcome = {
      result: NAMED.has(errorName) ? 'refused' : 'crashed',
      zh: errorText(err, 'zh'),
      en: errorText(err, 'en'),
      errorName,
    };
  }
  const ms = Math.round(performance.now() - started);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...outcome, ms, maxRssMb })}\n`);
}

void main();
