// Checks a backup completely before anything is written: zip, manifest, sizes, SHA-256, schemas, links.
import { strFromU8 } from 'fflate';
import type { z } from 'zod';
import type { ApplicantRow, PackRow } from '../db/row-schemas';
import { parseBilingual } from '../db/bilingual-parse';
import { sha256Hex } from '../db/hash';
import { backupError } from './backup-error';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  applicantEntrySchema,
  applicantPath,
  attachmentPath,
  draftEntrySchema,
  manifestHeaderSchema,
  manifestSchema,
  packEntrySchema,
  parseEntryPath,
  type DraftEntry,
  type Manifest,
} from './backup-format';
import { readZipEntries } from './zip-reader';
import { checkDraftEntryLinks, checkDraftData, type DraftDataValidator } from './backup-checks';

export interface ParsedBackup {
  manifest: Manifest;
  drafts: DraftEntry[];
  applicants: ApplicantRow[];
  /** Imported policy pack versions (backups made before packs existed have none). */
  packs: PackRow[];
  /** Attachment bytes by attachment id, checked against the manifest. */
  attachmentBytes: Map<string, Uint8Array>;
}

function parseJson(path: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    throw backupError('notJson', path);
  }
}

/**
 * Parses with a zod schema; the first issue becomes "备份文件中 <path> 的字段 <field> 无效：…" (zod's
 * Chinese wording), and in English zod's English wording (or the English of a stored-row schema's own message).
 */
export function parseEntry<T>(path: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = parseBilingual(schema, value);
  if (parsed.success) return parsed.data;
  throw backupError('field', path, parsed.path, { zh: parsed.zh, en: parsed.en });
}

function readManifest(files: Record<string, Uint8Array>): Manifest {
  const bytes = files[MANIFEST_PATH];
  if (!bytes) throw backupError('notBackup');
  const value = parseJson(MANIFEST_PATH, bytes);
  const header = manifestHeaderSchema.safeParse(value);
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    throw backupError('wrongFormat');
  }
  if (header.data.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw backupError('version', header.data.formatVersion);
  }
  return parseEntry(MANIFEST_PATH, manifestSchema, value);
}

async function checkIntegrity(manifest: Manifest, files: Record<string, Uint8Array>): Promise<void> {
  const listed = new Set<string>();
  for (const [i, entry] of manifest.entries.entries()) {
    if (listed.has(entry.path)) {
      throw backupError('field', MANIFEST_PATH, `entries.${i}.path`, { zh: '条目重复', en: 'listed twice' });
    }
    const bytes = files[entry.path];
    if (!bytes) throw backupError('missingListed', entry.path);
    if (bytes.length !== entry.size || (await sha256Hex(bytes)) !== entry.sha256) {
      throw backupError('corrupt', entry.path);
    }
    listed.add(entry.path);
  }
  for (const path of Object.keys(files)) {
    if (path !== MANIFEST_PATH && !listed.has(path)) throw backupError('unlisted', path);
  }
}

/**
 * Reads and checks a backup zip; throws a BackupError (in Chinese and English, naming the entry and the field) at
 * the first problem. Nothing is written here: restoreBackup writes only what this returns.
 */
export async function readBackup(
  bytes: Uint8Array,
  validateDraftData?: DraftDataValidator,
): Promise<ParsedBackup> {
  const files = readZipEntries(bytes);
  const manifest = readManifest(files);
  await checkIntegrity(manifest, files);
  const drafts: DraftEntry[] = [];
  const applicants: ApplicantRow[] = [];
  const packs: PackRow[] = [];
  const attachmentBytes = new Map<string, Uint8Array>();
  for (const { path } of manifest.entries) {
    const named = parseEntryPath(path);
    if (!named) throw backupError('unknownEntry', path);
    const bytes = files[path]!;
    if (named.kind === 'attachment') {
      attachmentBytes.set(named.id, bytes);
    } else if (named.kind === 'applicant') {
      const applicant = parseEntry(path, applicantEntrySchema, parseJson(path, bytes));
      if (applicant.id !== named.id)
        throw backupError('field', path, 'id', {
          zh: '与文件名不符',
          en: 'does not match the file name',
        });
      applicants.push(applicant);
    } else if (named.kind === 'pack') {
      const pack = parseEntry(path, packEntrySchema, parseJson(path, bytes));
      if (pack.id !== named.id)
        throw backupError('field', path, 'id', { zh: '与文件名不符', en: 'does not match the file name' });
      packs.push(pack);
    } else {
      const entry = parseEntry(path, draftEntrySchema, parseJson(path, bytes));
      checkDraftEntryLinks(path, named.id, entry);
      checkDraftData(path, entry, validateDraftData);
      drafts.push(entry);
    }
  }
  const sizes = new Map(manifest.entries.map((e) => [e.path, e]));
  const applicantIds = new Set(applicants.map((a) => a.id));
  for (const entry of drafts) {
    entry.attachments.forEach((meta, i) => {
      const line = sizes.get(attachmentPath(meta.id));
      if (!line) throw backupError('missing', attachmentPath(meta.id));
      if (line.sha256 !== meta.sha256 || line.size !== meta.size) {
        throw backupError('field', `drafts/${entry.draft.id}.json`, `attachments.${i}.sha256`, {
          zh: '与附件文件不符',
          en: 'does not match the attachment file',
        });
      }
    });
    const applicantId = entry.draft.applicantId;
    if (applicantId && !applicantIds.has(applicantId)) {
      throw backupError('missing', applicantPath(applicantId));
    }
  }
  return { manifest, drafts, applicants, packs, attachmentBytes };
}
