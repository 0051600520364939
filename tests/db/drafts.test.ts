import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApplicant } from '../../renderer/db/applicants';
import { createDraft, getDraft, loadDraft, saveDraft, UNTITLED } from '../../renderer/db/drafts';
import { deleteDraft } from '../../renderer/db/draft-trash';
import { getRoster } from '../../renderer/db/roster-rows';
import { StorageError } from '../../renderer/db/errors';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

const base = { policy: 'js-2025', program: 'internship' };

describe('createDraft', () => {
  it('stores a 草稿 with dated history, JSON data and ordered rosters', async () => {
    const draft = await createDraft(db, {
      ...base,
      title: '  2025 实习补贴  ',
      data: { unit: { name: '甲公司', note: undefined }, since: new Date(Date.UTC(2024, 0, 2)) },
      rosters: { interns: [{ row: { name: '张三' } }, { row: { name: '李四' } }] },
    });
    expect(draft).toMatchObject({
      title: '2025 实习补贴',
      status: 'draft',
      deadline: null,
      applicationDate: null,
      createdAt: START,
      updatedAt: START,
      statusHistory: [{ status: 'draft', at: START }],
    });
    // Stored as JSON: undefined dropped, Date as ISO text, so a backup brings back exactly this.
    expect(draft.data).toEqual({ unit: { name: '甲公司' }, since: '2024-01-02T00:00:00.000Z' });
    expect(await getDraft(db, draft.id)).toEqual(draft);
    const roster = await getRoster(db, draft.id, 'interns');
    expect(roster.map((r) => [r.order, r.row.name])).toEqual([
      [0, '张三'],
      [1, '李四'],
    ]);
  });

  it('names an empty title 未命名申报 and refuses an unknown applicant', async () => {
    expect((await createDraft(db, { ...base, title: ' ' })).title).toBe(UNTITLED);
    await expect(createDraft(db, { ...base, applicantId: 'nobody' })).rejects.toThrow(
      '找不到申报单位（nobody），可能已被删除。',
    );
    expect(await db.drafts.count()).toBe(1);
  });

  it('refuses a malformed date with the field named', async () => {
    await expect(createDraft(db, { ...base, deadline: '2025/6/30' })).rejects.toThrow(
      '申报的字段 deadline 无效：应为 YYYY-MM-DD 格式的日期',
    );
  });
});

describe('saveDraft', () => {
  it('changes only the fields given and replaces only the rosters named', async () => {
    const applicant = await createApplicant(db, { kind: 'enterprise', name: '甲公司' });
    const draft = await createDraft(db, {
      ...base,
      title: '原标题',
      applicantId: applicant.id,
      data: { a: 1 },
      rosters: { interns: [{ row: { name: '张三' } }], teachers: [{ row: { name: '王老师' } }] },
    });
    clock.advance(1000);
    const { draft: saved, revision } = await saveDraft(db, draft.id, {
      deadline: '2025-06-30',
      data: { a: 2 },
      rosters: { interns: [{ row: { name: '赵六' } }, { row: { name: '钱七' } }] },
    });
    expect(revision).toBeNull();
    expect(saved).toEqual({ ...draft, deadline: '2025-06-30', data: { a: 2 }, updatedAt: START + 1000 });
    const loaded = await loadDraft(db, draft.id);
    expect(loaded?.rosterRows.map((r) => `${r.roster}:${r.order}:${String(r.row.name)}`)).toEqual([
      'interns:0:赵六',
      'interns:1:钱七',
      'teachers:0:王老师',
    ]);
    const detached = await saveDraft(db, draft.id, { applicantId: null });
    expect(detached.draft.applicantId).toBeUndefined();
  });

  it('keeps row ids given by the UI but never takes a row id owned by another draft', async () => {
    const other = await createDraft(db, { ...base, rosters: { interns: [{ id: 'row-x', row: { n: 1 } }] } });
    const draft = await createDraft(db, base);
    await saveDraft(db, draft.id, {
      rosters: {
        interns: [
          { id: 'row-y', row: { n: 2 } },
          { id: 'row-x', row: { n: 3 } },
          { id: 'row-y', row: {} },
        ],
      },
    });
    const rows = await getRoster(db, draft.id, 'interns');
    expect(rows[0]?.id).toBe('row-y');
    expect(rows[1]?.id).not.toBe('row-x');
    expect(rows[2]?.id).not.toBe('row-y');
    expect((await getRoster(db, other.id, 'interns')).map((r) => r.row)).toEqual([{ n: 1 }]);
  });

  it('refuses to save a deleted or unknown draft, in Chinese', async () => {
    const draft = await createDraft(db, base);
    await deleteDraft(db, draft.id);
    const error = await saveDraft(db, draft.id, { title: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('deleted');
    expect((error as StorageError).message).toBe(
      '此申报已被删除，修改未保存。请先在草稿列表的回收站中恢复。',
    );
    await expect(saveDraft(db, 'nope', {})).rejects.toThrow('找不到申报（nope），可能已被删除。');
  });
});
