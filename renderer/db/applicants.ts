// Applicants: enterprise and school profiles, entered once and reused by many drafts.
import type { GrantDeskDb } from './grantdesk-db';
import { applicantRowSchema, type ApplicantKind, type ApplicantRow } from './row-schemas';
import { APPLICANT_NAME, StorageError, notFound, parseRow } from './errors';

const PROFILE_NAME = { zh: '单位资料', en: 'applicant profile' };
import { toJsonObject, writeTransaction } from './json';

export interface ApplicantInput {
  kind: ApplicantKind;
  name: string;
  code?: string;
  profile?: Record<string, unknown>;
}

function checkApplicant(row: ApplicantRow): ApplicantRow {
  return parseRow(applicantRowSchema, row, APPLICANT_NAME);
}

/** Creates an applicant profile. */
export async function createApplicant(db: GrantDeskDb, input: ApplicantInput): Promise<ApplicantRow> {
  const row = checkApplicant({
    id: db.newId(),
    kind: input.kind,
    name: input.name.trim(),
    code: input.code?.trim() ?? '',
    profile: toJsonObject(input.profile, PROFILE_NAME),
    updatedAt: db.now(),
  });
  return writeTransaction(db, [db.applicants], async () => {
    await db.applicants.add(row);
    return row;
  });
}

/** One applicant, or undefined. */
export async function getApplicant(db: GrantDeskDb, id: string): Promise<ApplicantRow | undefined> {
  return db.applicants.get(id);
}

/** All applicants (optionally of one kind), sorted by name. */
export async function listApplicants(db: GrantDeskDb, kind?: ApplicantKind): Promise<ApplicantRow[]> {
  const rows = kind
    ? await db.applicants.where('kind').equals(kind).toArray()
    : await db.applicants.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** Changes an applicant; every draft that uses it sees the change. */
export async function updateApplicant(
  db: GrantDeskDb,
  id: string,
  patch: Partial<Omit<ApplicantInput, 'kind'>>,
): Promise<ApplicantRow> {
  const profile = patch.profile === undefined ? undefined : toJsonObject(patch.profile, PROFILE_NAME);
  return writeTransaction(db, [db.applicants], async () => {
    const current = await db.applicants.get(id);
    if (!current) throw notFound(APPLICANT_NAME, id);
    const next = checkApplicant({
      ...current,
      name: patch.name?.trim() ?? current.name,
      code: patch.code?.trim() ?? current.code,
      profile: profile ?? current.profile,
      updatedAt: Math.max(db.now(), current.updatedAt),
    });
    await db.applicants.put(next);
    return next;
  });
}

/** Deletes an applicant no draft uses (trash included); refused otherwise. */
export async function deleteApplicant(db: GrantDeskDb, id: string): Promise<void> {
  await writeTransaction(db, [db.applicants, db.drafts], async () => {
    const users = await db.drafts.where('applicantId').equals(id).count();
    if (users > 0) {
      throw new StorageError(
        'in-use',
        `仍有 ${users} 份申报使用此单位（含已删除的），不能删除。`,
        `Applications using this applicant (deleted ones included): ${users}; it cannot be deleted.`,
      );
    }
    await db.applicants.delete(id);
  });
}
