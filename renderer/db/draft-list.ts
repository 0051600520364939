// The drafts list: newest first, filtered and searched, one page at a time.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow, RosterRow } from './row-schemas';
import { listRosterRows } from './roster-rows';
import type { DraftStatus } from './status';

export interface DraftQuery {
  status?: DraftStatus | readonly DraftStatus[];
  program?: string;
  policy?: string;
  /** Case-insensitive text found in the title, or in the applicant's name or code. */
  search?: string;
  /** 'exclude' (default) hides soft-deleted drafts; 'only' lists the trash. */
  deleted?: 'exclude' | 'only';
  /** Page size, default 50. */
  limit?: number;
  offset?: number;
}

/** A list item: the draft without its data, plus the applicant's name. */
export type DraftSummary = Omit<DraftRow, 'data'> & { applicantName?: string };

export interface DraftPage {
  items: DraftSummary[];
  /** True when another page follows. */
  hasMore: boolean;
}

export const DEFAULT_PAGE_SIZE = 50;

async function matcher(db: GrantDeskDb, query: DraftQuery): Promise<(row: DraftRow) => boolean> {
  const statuses = query.status === undefined ? null : new Set([query.status].flat());
  const needle = query.search?.trim().toLowerCase() ?? '';
  const applicantIds = new Set<string>();
  if (needle) {
    await db.applicants
      .filter((a) => a.name.toLowerCase().includes(needle) || a.code.toLowerCase().includes(needle))
      .each((a) => applicantIds.add(a.id));
  }
  const onlyDeleted = query.deleted === 'only';
  return (row) =>
    (row.deletedAt !== undefined) === onlyDeleted &&
    (!statuses || statuses.has(row.status)) &&
    (query.program === undefined || row.program === query.program) &&
    (query.policy === undefined || row.policy === query.policy) &&
    (!needle ||
      row.title.toLowerCase().includes(needle) ||
      (row.applicantId !== undefined && applicantIds.has(row.applicantId)));
}

/**
 * One page of drafts, newest first: by updatedAt, or in the bin (`deleted: 'only'`) by when each was
 * deleted (walks that index; stops after the page).
 */
export async function listDrafts(db: GrantDeskDb, query: DraftQuery = {}): Promise<DraftPage> {
  const limit = Math.max(1, query.limit ?? DEFAULT_PAGE_SIZE);
  return db.transaction('r', [db.drafts, db.applicants], async () => {
    const rows = await db.drafts
      .orderBy(query.deleted === 'only' ? 'deletedAt' : 'updatedAt')
      .reverse()
      .filter(await matcher(db, query))
      .offset(Math.max(0, query.offset ?? 0))
      .limit(limit + 1)
      .toArray();
    const applicantIds = [...new Set(rows.flatMap((r) => (r.applicantId ? [r.applicantId] : [])))];
    const applicants = await db.applicants.bulkGet(applicantIds);
    const names = new Map(applicants.flatMap((a) => (a ? [[a.id, a.name] as const] : [])));
    const items = rows.slice(0, limit).map(({ data: _data, ...summary }): DraftSummary => {
      const applicantName = summary.applicantId ? names.get(summary.applicantId) : undefined;
      return applicantName === undefined ? summary : { ...summary, applicantName };
    });
    return { items, hasMore: rows.length > limit };
  });
}

/** How many drafts match (reads every draft: use for totals, not on every keystroke). */
export async function countDrafts(db: GrantDeskDb, query: DraftQuery = {}): Promise<number> {
  return db.transaction('r', [db.drafts, db.applicants], async () =>
    db.drafts.filter(await matcher(db, query)).count(),
  );
}

/**
 * The other live drafts of one applicant with their roster rows, for the cross-draft checks (the same
 * person or invoice claimed twice). At most `limit`, newest first.
 */
export async function listApplicantDrafts(
  db: GrantDeskDb,
  applicantId: string,
  exceptId: string,
  limit = 200,
): Promise<{ draft: DraftRow; rosterRows: RosterRow[] }[]> {
  return db.transaction('r', [db.drafts, db.rosterRows], async () => {
    const drafts = (await db.drafts.where('applicantId').equals(applicantId).toArray())
      .filter((d) => d.id !== exceptId && d.deletedAt === undefined)
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, limit);
    return Promise.all(
      drafts.map(async (draft) => ({ draft, rosterRows: await listRosterRows(db, draft.id) })),
    );
  });
}
