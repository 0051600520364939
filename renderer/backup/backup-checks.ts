// Checks inside one draft entry that a schema cannot express: every part belongs to this draft.
import { backupError, type Detail } from './backup-error';
import type { DraftEntry } from './backup-format';

/**
 * Checks a draft's data against the real draft schema of its policy and program (wired by the app).
 * Returns null when valid, or a message (one text, or Chinese and English), optionally with the path
 * inside data.
 */
export type DraftDataValidator = (
  policy: string,
  program: string,
  data: Record<string, unknown>,
) => Detail | { path: string; message: Detail } | null;

const MISMATCH = { zh: '与申报编号不符', en: "does not match the application's id" };

/** Throws a BackupError when a part of the entry names another draft. */
export function checkDraftEntryLinks(path: string, id: string, entry: DraftEntry): void {
  const fail = (field: string, detail: Detail = MISMATCH): never => {
    throw backupError('field', path, field, detail);
  };
  if (entry.draft.id !== id) fail('draft.id', { zh: '与文件名不符', en: 'does not match the file name' });
  entry.rosterRows.forEach((r, i) => r.draftId !== id && fail(`rosterRows.${i}.draftId`));
  entry.attachments.forEach((a, i) => a.draftId !== id && fail(`attachments.${i}.draftId`));
  entry.exports.forEach((e, i) => e.draftId !== id && fail(`exports.${i}.draftId`));
  entry.revisions.forEach((r, i) => {
    if (r.draftId !== id) fail(`revisions.${i}.draftId`);
    if (r.snapshot.draft.id !== id) fail(`revisions.${i}.snapshot.draft.id`);
  });
}

/** Runs the injected validator on the draft's data; its path is reported under draft.data. */
export function checkDraftData(path: string, entry: DraftEntry, validate?: DraftDataValidator): void {
  if (!validate) return;
  const { policy, program, data } = entry.draft;
  const result = validate(policy, program, data);
  if (result === null) return;
  const located = typeof result === 'object' && 'path' in result ? result : null;
  const field = located?.path ? `draft.data.${located.path}` : 'draft.data';
  const detail = located ? located.message : (result as Detail);
  throw backupError('field', path, field, detail);
}
