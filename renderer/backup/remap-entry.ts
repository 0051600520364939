// Gives a restored draft new ids (its own and its parts'), keeping every reference inside consistent.
import type { DraftEntry } from './backup-format';

/**
 * A copy of the entry under `draftId`, with new ids for roster rows (also inside revision snapshots),
 * attachments, revisions and print records, and applicant ids passed through `applicantIds`.
 */
export function remapEntry(
  entry: DraftEntry,
  draftId: string,
  newId: () => string,
  applicantIds: ReadonlyMap<string, string>,
): DraftEntry {
  const rowIds = new Map<string, string>();
  const rowId = (id: string): string => {
    let next = rowIds.get(id);
    if (!next) rowIds.set(id, (next = newId()));
    return next;
  };
  const applicant = (id: string | undefined): { applicantId?: string } => {
    const mapped = id === undefined ? undefined : (applicantIds.get(id) ?? id);
    return mapped === undefined ? {} : { applicantId: mapped };
  };
  const { applicantId, ...draft } = entry.draft;
  return {
    draft: { ...draft, ...applicant(applicantId), id: draftId },
    rosterRows: entry.rosterRows.map((r) => ({ ...r, id: rowId(r.id), draftId })),
    attachments: entry.attachments.map((a) => ({ ...a, id: newId(), draftId })),
    exports: entry.exports.map((e) => ({ ...e, id: newId(), draftId })),
    revisions: entry.revisions.map((r) => {
      const { applicantId: snapApplicant, ...snapDraft } = r.snapshot.draft;
      return {
        ...r,
        id: newId(),
        draftId,
        snapshot: {
          draft: { ...snapDraft, ...applicant(snapApplicant), id: draftId },
          rosterRows: r.snapshot.rosterRows.map((row) => ({ ...row, id: rowId(row.id), draftId })),
        },
      };
    }),
  };
}

/** Same entry with applicant ids passed through the map (no other id changes). */
export function remapApplicants(entry: DraftEntry, applicantIds: ReadonlyMap<string, string>): DraftEntry {
  if (applicantIds.size === 0) return entry;
  const swap = <T extends { applicantId?: string }>(d: T): T =>
    d.applicantId && applicantIds.has(d.applicantId)
      ? { ...d, applicantId: applicantIds.get(d.applicantId) }
      : d;
  return {
    ...entry,
    draft: swap(entry.draft),
    revisions: entry.revisions.map((r) => ({
      ...r,
      snapshot: { ...r.snapshot, draft: swap(r.snapshot.draft) },
    })),
  };
}
