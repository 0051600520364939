import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getDraft } from '../../renderer/db/drafts';
import { changeDraftStatus } from '../../renderer/db/draft-status';
import { listRevisions } from '../../renderer/db/revisions';
import {
  DRAFT_STATUSES,
  EDIT_AFTER_PRINT_WARNING,
  editWarning,
  transitionError,
  type DraftStatus,
} from '../../renderer/db/status';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

const ALLOWED: [DraftStatus, DraftStatus][] = [
  ['draft', 'ready'],
  ['ready', 'printed'],
  ['ready', 'draft'],
  ['printed', 'submitted'],
  ['printed', 'draft'],
  ['submitted', 'approved'],
  ['submitted', 'rejected'],
];
const PATH: Record<DraftStatus, DraftStatus[]> = {
  draft: [],
  ready: ['ready'],
  printed: ['ready', 'printed'],
  submitted: ['ready', 'printed', 'submitted'],
  approved: ['ready', 'printed', 'submitted', 'approved'],
  rejected: ['ready', 'printed', 'submitted', 'rejected'],
};

async function draftIn(status: DraftStatus): Promise<string> {
  const draft = await createDraft(db, { policy: 'p', program: 'q' });
  for (const step of PATH[status]) await changeDraftStatus(db, draft.id, step, { hasErrors: false });
  return draft.id;
}

describe('status rules', () => {
  const pairs = DRAFT_STATUSES.flatMap((from) => DRAFT_STATUSES.map((to) => [from, to] as const));
  const label = {
    draft: '草稿',
    ready: '待打印',
    printed: '已打印',
    submitted: '已提交',
    approved: '已批准',
    rejected: '未通过',
  };

  it.each(pairs)('%s → %s is allowed or refused with its message', async (from, to) => {
    const id = await draftIn(from);
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to);
    const attempt = changeDraftStatus(db, id, to, { hasErrors: false });
    if (allowed) {
      expect((await attempt).draft.status).toBe(to);
    } else {
      const expected =
        from === to
          ? `申报已经是「${label[to]}」状态。`
          : `不能把申报从「${label[from]}」改为「${label[to]}」。`;
      await expect(attempt).rejects.toThrow(expected);
      expect((await getDraft(db, id))?.status).toBe(from);
    }
  });

  it('refuses 待打印 unless the caller says there are no errors', async () => {
    const id = await draftIn('draft');
    const message = '申报还有未解决的错误（或尚未检查），不能标记为「待打印」。';
    await expect(changeDraftStatus(db, id, 'ready')).rejects.toThrow(message);
    await expect(changeDraftStatus(db, id, 'ready', { hasErrors: true })).rejects.toThrow(message);
    expect(transitionError('draft', 'ready', { hasErrors: false })).toBeNull();
  });

  it('dates each change in statusHistory and records it as a revision', async () => {
    const id = await draftIn('draft');
    clock.advance(60_000);
    await changeDraftStatus(db, id, 'ready', { hasErrors: false });
    clock.advance(60_000);
    await changeDraftStatus(db, id, 'draft');
    const draft = await getDraft(db, id);
    expect(draft?.statusHistory).toEqual([
      { status: 'draft', at: START },
      { status: 'ready', at: START + 60_000 },
      { status: 'draft', at: START + 120_000 },
    ]);
    const revisions = await listRevisions(db, id);
    expect(revisions.map((r) => [r.seq, r.reason, r.summary, r.createdAt])).toEqual([
      [2, 'status', '状态 待打印 → 草稿', START + 120_000],
      [1, 'status', '首个存档', START + 60_000],
    ]);
  });

  it('warns when editing a printed or submitted draft', () => {
    expect(EDIT_AFTER_PRINT_WARNING).toBe('此申报已打印（或已提交），修改后与打印件不一致');
    expect(editWarning({ status: 'draft' })).toBeNull();
    expect(editWarning({ status: 'ready' })).toBeNull();
    for (const status of ['printed', 'submitted', 'approved', 'rejected'] as const) {
      expect(editWarning({ status })).toBe(EDIT_AFTER_PRINT_WARNING);
    }
  });
});
