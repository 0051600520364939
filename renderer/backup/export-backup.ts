// Backup export: chosen drafts (or all) with rosters, attachments, revisions and applicants, in one zip.
import type { GrantDeskDb } from '../db/grantdesk-db';
import type { AttachmentRow } from '../db/row-schemas';
import { listRosterRows } from '../db/roster-rows';
import { backupError } from './backup-error';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  applicantPath,
  attachmentPath,
  draftPath,
  packPath,
  type DraftEntry,
  type Manifest,
  type ManifestEntry,
} from './backup-format';
import { createZipWriter } from './zip-writer';

export interface ExportBackupOptions {
  /** The drafts to back up; all drafts when omitted. */
  draftIds?: readonly string[];
  /** Written to the manifest, e.g. the package version. */
  appVersion: string;
  /** With all drafts: also those in the trash (default false). */
  includeDeleted?: boolean;
  /** The language of the file name and the warnings (default Chinese). */
  lang?: 'zh' | 'en';
}

export interface BackupFile {
  blob: Blob;
  /** Suggested name, e.g. "GrantDesk备份-20250301-0930.zip" (or "GrantDesk-backup-…" in English). */
  fileName: string;
  draftCount: number;
  applicantCount: number;
  attachmentCount: number;
  /** Imported policy pack versions in the backup. */
  packCount: number;
  /** Notes about data found damaged in storage and backed up as it is, in the options' language. */
  warnings: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function fileNameAt(ms: number, lang: 'zh' | 'en'): string {
  const d = new Date(ms);
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  return `${lang === 'en' ? 'GrantDesk-backup' : 'GrantDesk备份'}-${stamp}.zip`;
}

const WARNINGS = {
  zh: {
    damaged: (title: string, file: string) =>
      `申报「${title}」的附件「${file}」与保存时不一致，可能已损坏；已按现状备份。`,
    noApplicant: (title: string) => `申报「${title}」引用的申报单位已不存在，备份中未包含单位信息。`,
  },
  en: {
    damaged: (title: string, file: string) =>
      `Attachment "${file}" of "${title}" differs from when it was saved and may be damaged; backed up as it is.`,
    noApplicant: (title: string) =>
      `The applicant of "${title}" no longer exists; the backup holds no applicant for it.`,
  },
};

async function readDraftEntry(
  db: GrantDeskDb,
  id: string,
): Promise<{ entry: DraftEntry; files: AttachmentRow[] } | null> {
  // One read transaction per draft: consistent per draft without holding every draft in memory.
  return db.transaction(
    'r',
    [db.drafts, db.rosterRows, db.attachments, db.revisions, db.exports],
    async () => {
      const draft = await db.drafts.get(id);
      if (!draft) return null;
      const files = await db.attachments.where('draftId').equals(id).toArray();
      const revisions = await db.revisions.where('draftId').equals(id).sortBy('seq');
      const exports = await db.exports.where('draftId').equals(id).sortBy('at');
      const attachments = files.map(({ blob: _blob, ...meta }) => meta);
      const entry = { draft, rosterRows: await listRosterRows(db, id), attachments, revisions, exports };
      return { entry, files };
    },
  );
}

async function chosenIds(db: GrantDeskDb, options: ExportBackupOptions): Promise<string[]> {
  if (options.draftIds) return [...new Set(options.draftIds)];
  const rows = options.includeDeleted
    ? await db.drafts.toCollection().primaryKeys()
    : await db.drafts.filter((d) => d.deletedAt === undefined).primaryKeys();
  return rows as string[];
}

/**
 * Builds a backup zip as a Blob: JSON entries deflated, attachments stored. Memory: the output is
 * gathered as Blob parts; one attachment at a time is read whole (to hash it). Attachments whose bytes
 * no longer match the hash taken when they were added are still backed up, with a warning.
 */
export async function exportBackup(db: GrantDeskDb, options: ExportBackupOptions): Promise<BackupFile> {
  const createdAt = db.now();
  const writer = createZipWriter(new Date(createdAt));
  const entries: ManifestEntry[] = [];
  const applicantIds = new Set<string>();
  const warnings: string[] = [];
  const say = WARNINGS[options.lang ?? 'zh'];
  let attachmentCount = 0;
  const ids = await chosenIds(db, options);
  for (const id of ids) {
    const read = await readDraftEntry(db, id);
    if (!read) throw backupError('draftNotFound', id);
    const { entry, files } = read;
    for (const file of files) {
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      const line = await writer.addBytes(attachmentPath(file.id), bytes);
      if (line.sha256 !== file.sha256 || line.size !== file.size) {
        warnings.push(say.damaged(entry.draft.title, file.name));
        const meta = entry.attachments.find((a) => a.id === file.id);
        if (meta) Object.assign(meta, { sha256: line.sha256, size: line.size });
      }
      entries.push(line);
      attachmentCount += 1;
    }
    const applicantId = entry.draft.applicantId;
    if (applicantId && !(await db.applicants.get(applicantId))) {
      // A dangling reference would make the backup unrestorable: leave it out, and say so.
      delete entry.draft.applicantId;
      warnings.push(say.noApplicant(entry.draft.title));
    }
    entries.push(await writer.addJson(draftPath(id), entry));
    if (entry.draft.applicantId) applicantIds.add(entry.draft.applicantId);
    for (const revision of entry.revisions) {
      if (revision.snapshot.draft.applicantId) applicantIds.add(revision.snapshot.draft.applicantId);
    }
  }
  const applicants = (await db.applicants.bulkGet([...applicantIds])).filter((a) => a !== undefined);
  for (const applicant of applicants)
    entries.push(await writer.addJson(applicantPath(applicant.id), applicant));
  // Every imported pack version, removed ones too: a restored draft may be pinned to any of them.
  const packs = await db.packs.toArray();
  for (const pack of packs) entries.push(await writer.addJson(packPath(pack.id), pack));
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date(createdAt).toISOString(),
    appVersion: options.appVersion,
    entries,
  };
  await writer.addJson(MANIFEST_PATH, manifest);
  const blob = await writer.finish();
  return {
    blob,
    fileName: fileNameAt(createdAt, options.lang ?? 'zh'),
    draftCount: ids.length,
    applicantCount: applicants.length,
    attachmentCount,
    packCount: packs.length,
    warnings,
  };
}
