// Backup restore: everything is checked first, then written in ONE transaction, or nothing is.
import type { Table } from 'dexie';
import type { GrantDeskDb } from '../db/grantdesk-db';
import type { ApplicantRow, AttachmentRow, PackRow, RevisionRow } from '../db/row-schemas';
import { writeTransaction } from '../db/json';
import { readSnapshotInTx, writeRevisionInTx, MAX_REVISIONS_PER_DRAFT } from '../db/revisions';
import type { LabelLookup } from '../db/revision-summary';
import type { DraftEntry } from './backup-format';
import type { DraftDataValidator } from './backup-checks';
import { readBackup } from './read-backup';
import { remapApplicants, remapEntry } from './remap-entry';

export const RESTORED_SUFFIX = '（恢复）';
export const RESTORED_SUFFIX_EN = ' (restored)';

export interface RestoreOptions {
  /**
   * A draft that already exists: 'keep-both' (default) adds the backup's copy under a new id with
   * "（恢复）" after its title; 'replace' first records the current one as a revision (reason
   * 'restore'), then overwrites it, keeping both histories.
   */
  onConflict?: 'keep-both' | 'replace';
  validateDraftData?: DraftDataValidator;
  labels?: LabelLookup;
  /** Field names by program, for the revision a 'replace' records (a backup holds several programs). */
  labelsFor?: (program: string) => LabelLookup;
  /** The interface's language: the kept copy's title ends in "（恢复）" or " (restored)". */
  lang?: 'zh' | 'en';
}

export type RestoreOutcome = 'added' | 'replaced' | 'kept-both' | 'unchanged';

export interface RestoreReport {
  drafts: { sourceId: string; id: string; title: string; outcome: RestoreOutcome }[];
  applicants: { sourceId: string; id: string; name: string; outcome: RestoreOutcome }[];
  /**
   * Pack versions: `added`, or `unchanged` when this version is already here (a version names one
   * content: when the files differ the copy here is kept, `kept-local`).
   */
  packs: { packId: string; version: string; outcome: 'added' | 'unchanged' | 'kept-local' }[];
}

/** Puts the backup's pack versions that are not here yet; inside the restore's transaction. */
async function restorePacksInTx(db: GrantDeskDb, packs: readonly PackRow[]): Promise<RestoreReport['packs']> {
  const report: RestoreReport['packs'] = [];
  for (const pack of packs) {
    const here = await db.packs.where('[packId+version]').equals([pack.packId, pack.version]).first();
    const { packId, version } = pack;
    if (here) {
      report.push({ packId, version, outcome: here.sha256 === pack.sha256 ? 'unchanged' : 'kept-local' });
      continue;
    }
    await db.packs.add((await db.packs.get(pack.id)) ? { ...pack, id: db.newId() } : pack);
    report.push({ packId, version, outcome: 'added' });
  }
  return report;
}

function sameApplicant(a: ApplicantRow, b: ApplicantRow): boolean {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

async function toBytes(file: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (file instanceof Uint8Array) return file;
  return new Uint8Array(file instanceof Blob ? await file.arrayBuffer() : file);
}

/** Merges two histories of one draft: by id, oldest first, renumbered, capped. Inside a transaction. */
async function mergeRevisionsInTx(db: GrantDeskDb, draftId: string, incoming: RevisionRow[]): Promise<void> {
  const current = await db.revisions.where('draftId').equals(draftId).toArray();
  const known = new Set(current.map((r) => r.id));
  const all = [...current, ...incoming.filter((r) => !known.has(r.id))].sort(
    (a, b) => a.createdAt - b.createdAt || a.seq - b.seq,
  );
  const kept = all.slice(-MAX_REVISIONS_PER_DRAFT).map((r, i) => ({ ...r, seq: i + 1 }));
  await db.revisions.where('draftId').equals(draftId).delete();
  await db.revisions.bulkPut(kept);
}

/** True when an id of the entry's parts is already used in the database (by another draft). */
async function hasForeignIds(db: GrantDeskDb, entry: DraftEntry): Promise<boolean> {
  const checks: [Table, string[]][] = [
    [db.rosterRows, entry.rosterRows.map((r) => r.id)],
    [db.attachments, entry.attachments.map((a) => a.id)],
    [db.revisions, entry.revisions.map((r) => r.id)],
    [db.exports, entry.exports.map((e) => e.id)],
  ];
  for (const [table, ids] of checks) {
    if ((await table.bulkGet(ids)).some((row) => row !== undefined)) return true;
  }
  return false;
}

/**
 * Restores a backup zip. Reads and checks all of it first (see readBackup): on any problem it throws
 * a BackupError naming the entry and writes nothing. Then writes everything in one transaction; a
 * storage failure there (e.g. disk full) also leaves the database as it was.
 */
export async function restoreBackup(
  db: GrantDeskDb,
  file: Blob | ArrayBuffer | Uint8Array,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const onConflict = options.onConflict ?? 'keep-both';
  const backup = await readBackup(await toBytes(file), options.validateDraftData);
  const blobs = new Map<string, Blob>();
  for (const entry of backup.drafts) {
    for (const meta of entry.attachments) {
      blobs.set(meta.id, new Blob([backup.attachmentBytes.get(meta.id)! as BlobPart], { type: meta.mime }));
    }
  }
  return writeTransaction(db, db.allTables(), async () => {
    const report: RestoreReport = { drafts: [], applicants: [], packs: [] };
    report.packs = await restorePacksInTx(db, backup.packs);
    const applicantIds = new Map<string, string>();
    for (const applicant of backup.applicants) {
      const existing = await db.applicants.get(applicant.id);
      let outcome: RestoreOutcome = 'added';
      let id = applicant.id;
      if (existing && sameApplicant(existing, applicant)) outcome = 'unchanged';
      else if (existing && onConflict === 'replace') outcome = 'replaced';
      else if (existing) [outcome, id] = ['kept-both', db.newId()];
      if (outcome !== 'unchanged') await db.applicants.put({ ...applicant, id });
      if (id !== applicant.id) applicantIds.set(applicant.id, id);
      report.applicants.push({ sourceId: applicant.id, id, name: applicant.name, outcome });
    }
    for (const source of backup.drafts) {
      const existing = await db.drafts.get(source.draft.id);
      let outcome: RestoreOutcome = 'added';
      let entry = remapApplicants(source, applicantIds);
      if (existing && onConflict === 'replace') {
        outcome = 'replaced';
        await writeRevisionInTx(db, await readSnapshotInTx(db, existing), 'restore', {
          labels: options.labelsFor?.(existing.program) ?? options.labels,
        });
        for (const table of [db.rosterRows, db.attachments])
          await table.where('draftId').equals(existing.id).delete();
      } else if (existing || (await hasForeignIds(db, entry))) {
        outcome = existing ? 'kept-both' : 'added';
        entry = remapEntry(entry, existing ? db.newId() : entry.draft.id, () => db.newId(), applicantIds);
        if (existing) {
          entry.draft.title = `${entry.draft.title}${options.lang === 'en' ? RESTORED_SUFFIX_EN : RESTORED_SUFFIX}`;
        }
      }
      await db.drafts.put(entry.draft);
      await db.rosterRows.bulkPut(entry.rosterRows);
      const files: AttachmentRow[] = entry.attachments.map((meta, i) => ({
        ...meta,
        blob: blobs.get(source.attachments[i]!.id)!,
      }));
      await db.attachments.bulkPut(files);
      await db.exports.bulkPut(entry.exports);
      if (outcome === 'replaced') await mergeRevisionsInTx(db, entry.draft.id, entry.revisions);
      else await db.revisions.bulkPut(entry.revisions);
      report.drafts.push({
        sourceId: source.draft.id,
        id: entry.draft.id,
        title: entry.draft.title,
        outcome,
      });
    }
    return report;
  });
}
