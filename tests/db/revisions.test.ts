import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, loadDraft, saveDraft } from '../../renderer/db/drafts';
import { changeDraftStatus } from '../../renderer/db/draft-status';
import {
  MAX_REVISIONS_PER_DRAFT,
  REVISION_IDLE_MS,
  getRevision,
  listRevisions,
  recordRevision,
} from '../../renderer/db/revisions';
import { restoreRevision } from '../../renderer/db/revision-restore';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

const labels: Record<string, string> = {
  'data.unit.name': '申报单位名称',
  'data.unit.base': '实训基地名称',
  'rosters.interns': '花名册',
};
const labelsEn: Record<string, string> = {
  'data.unit.name': 'Applicant name',
  'data.unit.base': 'Base name',
  'rosters.interns': 'Interns',
};
const label = (p: string, lang: 'zh' | 'en'): string | undefined => (lang === 'en' ? labelsEn : labels)[p];

describe('revisions after bursts of edits', () => {
  it('records the state a burst left when a save comes after two idle minutes', async () => {
    const draft = await createDraft(db, { policy: 'p', program: 'q', data: { unit: { name: '甲' } } });
    clock.advance(1000);
    await saveDraft(db, draft.id, { data: { unit: { name: '甲2' } } }, { labels: label });
    clock.advance(REVISION_IDLE_MS - 1);
    expect((await saveDraft(db, draft.id, { data: { unit: { name: '甲3' } } })).revision).toBeNull();
    clock.advance(REVISION_IDLE_MS);
    const first = await saveDraft(
      db,
      draft.id,
      { data: { unit: { name: '乙', base: 'x' } } },
      { labels: label },
    );
    expect(first.revision).toMatchObject({ seq: 1, reason: 'edit', summary: '首个存档' });
    expect(first.revision?.snapshot.draft.data).toEqual({ unit: { name: '甲3' } });
    // Dated when that state was saved, not when the next burst began.
    expect(first.revision?.createdAt).toBe(START + 1000 + REVISION_IDLE_MS - 1);
    clock.advance(1); // a save in the same millisecond would be dated 1 ms later (each updatedAt is larger)
    await saveDraft(db, draft.id, { rosters: { interns: [1, 2, 3].map((n) => ({ row: { n } })) } });
    clock.advance(REVISION_IDLE_MS);
    const second = await saveDraft(db, draft.id, { title: 'x' }, { labels: label });
    expect(second.revision?.summary).toBe('修改了 申报单位名称、实训基地名称；花名册 +3 行');
    // Stored in English too, with the labels' English.
    expect(second.revision?.summaryEn).toBe('Changed Applicant name, Base name; Interns +3 rows');
    clock.advance(REVISION_IDLE_MS);
    const third = (await saveDraft(db, draft.id, {})).revision;
    expect([third?.summary, third?.summaryEn]).toEqual(['修改了 标题', 'Changed Title']);
    clock.advance(REVISION_IDLE_MS);
    // Nothing changed since the last revision: no new one.
    expect((await saveDraft(db, draft.id, {})).revision).toBeNull();
    expect((await listRevisions(db, draft.id)).map((r) => r.seq)).toEqual([3, 2, 1]);
  });

  it('still records at least every ten minutes during an unbroken burst', async () => {
    const draft = await createDraft(db, { policy: 'p', program: 'q' });
    const recorded: number[] = [];
    for (let minute = 1; minute <= 25; minute++) {
      clock.advance(60_000);
      const { revision } = await saveDraft(db, draft.id, { data: { minute } });
      if (revision) recorded.push(minute);
    }
    // Each revision is dated when its state was saved (a minute before), and the next is due ten minutes after that.
    expect(recorded).toEqual([10, 19]);
  });

  it('keeps the last 50 per draft, pruning the oldest in the same transaction', async () => {
    const draft = await createDraft(db, { policy: 'p', program: 'q' });
    const other = await createDraft(db, { policy: 'p', program: 'q' });
    await recordRevision(db, other.id, 'import');
    for (let i = 0; i < MAX_REVISIONS_PER_DRAFT + 5; i++) {
      clock.advance(1000);
      await recordRevision(db, draft.id, 'import');
    }
    const list = await listRevisions(db, draft.id);
    expect(list).toHaveLength(50);
    expect(list[0]?.seq).toBe(55);
    expect(list.at(-1)?.seq).toBe(6);
    expect(list[0]?.summary).toBe('无改动');
    expect(list[0]?.summaryEn).toBe('No changes');
    expect(await listRevisions(db, other.id)).toHaveLength(1);
  });
});

describe('restoreRevision', () => {
  it('brings back content and rosters, after recording the state before as a revert', async () => {
    const draft = await createDraft(db, {
      policy: 'p',
      program: 'q',
      title: '旧',
      data: { unit: { name: '甲' } },
      rosters: { interns: [{ row: { name: '张三' } }] },
    });
    const old = await recordRevision(db, draft.id, 'import', { labels: label });
    clock.advance(1000);
    await saveDraft(db, draft.id, {
      title: '新',
      data: { unit: { name: '乙' } },
      rosters: { interns: [{ row: { name: '李四' } }, { row: { name: '王五' } }] },
    });
    await changeDraftStatus(db, draft.id, 'ready', { hasErrors: false });
    clock.advance(1000);
    const { draft: restored, saved } = await restoreRevision(db, draft.id, old.id, { labels: label });
    expect(restored).toMatchObject({ title: '旧', data: { unit: { name: '甲' } }, status: 'ready' });
    expect(saved).toMatchObject({ reason: 'revert', seq: 3, summary: '无改动' });
    expect(saved.snapshot.draft.title).toBe('新');
    const loaded = await loadDraft(db, draft.id);
    expect(loaded?.rosterRows.map((r) => r.row)).toEqual([{ name: '张三' }]);
    expect((await listRevisions(db, draft.id)).map((r) => r.reason)).toEqual(['revert', 'status', 'import']);
    // The revert itself can be undone.
    await restoreRevision(db, draft.id, saved.id);
    expect((await loadDraft(db, draft.id))?.draft.title).toBe('新');
    expect((await getRevision(db, old.id))?.snapshot.draft.title).toBe('旧');
  });

  it('refuses a revision of another draft', async () => {
    const a = await createDraft(db, { policy: 'p', program: 'q' });
    const b = await createDraft(db, { policy: 'p', program: 'q' });
    const revision = await recordRevision(db, a.id, 'import');
    await expect(restoreRevision(db, b.id, revision.id)).rejects.toThrow('找不到要恢复的历史版本');
  });
});
