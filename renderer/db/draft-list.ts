// The drafts list: newest first, filtered and searched, one page at a time.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow, RosterRow } from './row-schemas';
import { listRosterRows } from './roster-rows';
import { searchKey } from './search-terms';
import type { DraftStatus } from './status';

export interface DraftQuery {
  status?: DraftStatus | readonly DraftStatus[];
  program?: string;
  policy?: string;
  /**
   * Case-insensitive text found in the title, the applicant's name or 统一社会信用代码/学校标识码, or at the
   * start of a name or ID number in the draft's rosters.
   */
  search?: string;
  /** 'exclude' (default) hides soft-deleted drafts; 'only' lists the trash. */
  deleted?: 'exclude' | 'only';
  /** Page size, default 50. */
  limit?: number;
  offset?: number;
}

/** A list item: the draft without its data, plus the applicant's name (its profile's, else as typed). */
export type DraftSummary = Omit<DraftRow, 'data'> & { applicantName?: string };

export interface DraftPage {
  items: DraftSummary[];
  /** True when another page follows. */
  hasMore: boolean;
}

export const DEFAULT_PAGE_SIZE = 50;

/** Below this many characters a search does not look into rosters (one character names too many people). */
const MIN_ROSTER_SEARCH = 2;

/** The applicant block a draft row stores (name, orgCode …), as typed. */
function applicantBlock(row: DraftRow): Record<string, unknown> {
  const block = (row.data as { applicant?: unknown }).applicant;
  return block !== null && typeof block === 'object' ? (block as Record<string, unknown>) : {};
}

function blockMatches(row: DraftRow, needle: string, key: string): boolean {
  const { name, orgCode } = applicantBlock(row);
  return (
    (typeof name === 'string' && name.toLowerCase().includes(needle)) ||
    (typeof orgCode === 'string' && key !== '' && searchKey(orgCode).includes(key))
  );
}

async function matcher(db: GrantDeskDb, query: DraftQuery): Promise<(row: DraftRow) => boolean> {
  const statuses = query.status === undefined ? null : new Set([query.status].flat());
  const needle = query.search?.trim().toLowerCase() ?? '';
  const key = searchKey(needle);
  const applicantIds = new Set<string>();
  const rosterDraftIds = new Set<string>();
  if (needle) {
    await db.applicants
      .filter((a) => a.name.toLowerCase().includes(needle) || (key !== '' && a.code.includes(key)))
      .each((a) => applicantIds.add(a.id));
  }
  // Names and ID numbers in rosters, by the rows' search index (a prefix: 张三 finds 张三丰 too).
  if (key.length >= MIN_ROSTER_SEARCH) {
    await db.rosterRows
      .where('terms')
      .startsWith(key)
      .each((r) => rosterDraftIds.add(r.draftId));
  }
  const onlyDeleted = query.deleted === 'only';
  return (row) =>
    (row.deletedAt !== undefined) === onlyDeleted &&
    (!statuses || statuses.has(row.status)) &&
    (query.program === undefined || row.program === query.program) &&
    (query.policy === undefined || row.policy === query.policy) &&
    (!needle ||
      row.title.toLowerCase().includes(needle) ||
      (row.applicantId !== undefined && applicantIds.has(row.applicantId)) ||
      rosterDraftIds.has(row.id) ||
      blockMatches(row, needle, key));
}

/**
 * One page of drafts, newest first: by updatedAt, or in the bin (`deleted: 'only'`) by when each was
 * deleted (walks that index; stops after the page).
 */
export async function listDrafts(db: GrantDeskDb, query: DraftQuery = {}): Promise<DraftPage> {
  const limit = Math.max(1, query.limit ?? DEFAULT_PAGE_SIZE);
  return db.transaction('r', [db.drafts, db.applicants, db.rosterRows], async () => {
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
    const items = rows.slice(0, limit).map((row): DraftSummary => {
      const { data: _data, ...summary } = row;
      const typed = applicantBlock(row)['name'];
      const applicantName =
        (summary.applicantId ? names.get(summary.applicantId) : undefined) ??
        (typeof typed === 'string' && typed.trim() ? typed.trim() : undefined);
      return applicantName === undefined ? summary : { ...summary, applicantName };
    });
    return { items, hasMore: rows.length > limit };
  });
}

/** How many drafts match (reads every draft: use for totals, not on every keystroke). */
export async function countDrafts(db: GrantDeskDb, query: DraftQuery = {}): Promise<number> {
  return db.transaction('r', [db.drafts, db.applicants, db.rosterRows], async () =>
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
