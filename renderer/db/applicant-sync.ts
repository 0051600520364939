// The applicant block of a draft, kept as a reusable profile: typed once, offered to the next application.
import { checkOrgCode } from '../../shared/ids';
import { PROGRAM_APPLICANT, type ProgramId } from '../../shared/schemas';
import type { GrantDeskDb } from './grantdesk-db';
import { applicantRowSchema, type ApplicantRow, type JsonObject } from './row-schemas';
import { APPLICANT_NAME, parseRow } from './errors';
import { writeTransaction } from './json';

/** Changes from one draft within this long of each other are one recorded change (typing, not edits). */
export const CHANGE_MERGE_MS = 2 * 60_000;
/** Changes kept per profile, newest last. */
export const MAX_CHANGES = 20;

type Change = NonNullable<ApplicantRow['changes']>[number];

/** The block's filled text values; an empty field in one draft never erases what a profile holds. */
function filled(block: unknown): JsonObject {
  if (block === null || typeof block !== 'object') return {};
  return Object.fromEntries(
    Object.entries(block as Record<string, unknown>).flatMap(([k, v]) =>
      typeof v === 'string' && v.trim() ? [[k, v.trim()]] : [],
    ),
  );
}

function recordChange(changes: readonly Change[], change: Change): Change[] {
  const last = changes.at(-1);
  if (last && last.draftId === change.draftId && change.at - last.at < CHANGE_MERGE_MS) {
    const fields = [...new Set([...last.fields, ...change.fields])];
    const before = { ...change.before, ...last.before };
    return [...changes.slice(0, -1), { ...last, at: change.at, fields, before }];
  }
  return [...changes, change].slice(-MAX_CHANGES);
}

/**
 * Saves the applicant block of a stored draft to its profile once the block has a name and a valid
 * 统一社会信用代码 (or, for a school, 学校标识码): a new profile for a new code, else the profile of
 * that code updated, with what changed recorded (`changedAt`, `changes`). Links the draft to it.
 * Returns the profile, or null while the block is incomplete (nothing is written then).
 */
export async function saveApplicantOfDraft(db: GrantDeskDb, draftId: string): Promise<ApplicantRow | null> {
  return writeTransaction(db, [db.drafts, db.applicants], async () => {
    const draft = await db.drafts.get(draftId);
    if (!draft || draft.deletedAt !== undefined) return null;
    const block = filled((draft.data as { applicant?: unknown }).applicant);
    const kind = PROGRAM_APPLICANT[draft.program as ProgramId] ?? 'enterprise';
    const checked = checkOrgCode(String(block['orgCode'] ?? ''), kind);
    const name = block['name'];
    if (!checked.ok || typeof name !== 'string') return null;
    const profileValues: JsonObject = { ...block, orgCode: checked.value };
    const now = db.now();
    const existing = await db.applicants.where('code').equals(checked.value).first();
    let row: ApplicantRow;
    if (!existing) {
      row = { id: db.newId(), kind, name, code: checked.value, profile: profileValues, updatedAt: now };
    } else {
      const fields = Object.keys(profileValues).filter((k) => existing.profile[k] !== profileValues[k]);
      if (fields.length === 0 && existing.name === name) row = existing;
      else {
        const before = Object.fromEntries(fields.map((k) => [k, existing.profile[k] ?? null]));
        const at = Math.max(now, existing.updatedAt);
        row = {
          ...existing,
          name,
          profile: { ...existing.profile, ...profileValues },
          updatedAt: at,
          changedAt: at,
          changes: recordChange(existing.changes ?? [], { at, draftId, fields, before }),
        };
      }
    }
    if (row !== existing) await db.applicants.put(parseRow(applicantRowSchema, row, APPLICANT_NAME));
    if (draft.applicantId !== row.id) await db.drafts.update(draftId, { applicantId: row.id });
    return row;
  });
}
