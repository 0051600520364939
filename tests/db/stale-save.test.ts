// Two windows on one draft: a save names the version its edits were made on and is refused inside the
// transaction when another window saved since; nothing of it is written, and a merge keeps a revision.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftConflictError, createDraft, loadDraft, saveDraft } from '../../renderer/db/drafts';
import { StorageError } from '../../renderer/db/errors';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { listRevisions, getRevision } from '../../renderer/db/revisions';
import { createTestDb, dumpDatabase, START } from './helpers/test-db';

let db: GrantDeskDb;
beforeEach(() => ({ db } = createTestDb()));

const applicant = {
  name: '衢州智造精工机械有限公司',
  address: '衢江区百灵北路18号',
  contactPerson: '郑晓燕',
};

async function newDraft() {
  return createDraft(db, {
    policy: 'quzhou-2025',
    program: 'internship',
    title: '实习补贴',
    data: { applicant, data: {}, attachments: [] },
    rosters: { interns: [{ row: { name: '张三' } }] },
  });
}

describe('saves based on a version', () => {
  it('each save sets a larger updatedAt, also within one millisecond (the clock does not move)', async () => {
    const draft = await newDraft();
    const first = await saveDraft(db, draft.id, { title: 'a' }, { baseUpdatedAt: START });
    const second = await saveDraft(db, draft.id, { title: 'b' }, { baseUpdatedAt: first.draft.updatedAt });
    expect([draft.updatedAt, first.draft.updatedAt, second.draft.updatedAt]).toEqual([
      START,
      START + 1,
      START + 2,
    ]);
  });

  it('refuses a save based on a version another window has saved over, writing nothing', async () => {
    const draft = await newDraft();
    // Window A saves its 地址 on the version both windows opened.
    const a = await saveDraft(
      db,
      draft.id,
      { data: { applicant: { ...applicant, address: '衢江区百灵北路20号' }, data: {}, attachments: [] } },
      { baseUpdatedAt: draft.updatedAt },
    );
    const before = await dumpDatabase(db);
    // Window B, still on the opened version, saves its 联系人 with the old 地址 and a new roster.
    const error = await saveDraft(
      db,
      draft.id,
      {
        data: { applicant: { ...applicant, contactPerson: '徐国平' }, data: {}, attachments: [] },
        rosters: { interns: [{ row: { name: '李四' } }] },
      },
      { baseUpdatedAt: draft.updatedAt },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftConflictError);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as DraftConflictError).code).toBe('conflict');
    expect((error as DraftConflictError).storedUpdatedAt).toBe(a.draft.updatedAt);
    expect((error as StorageError).message).toBe('此申报已在另一个窗口中修改，本次修改尚未保存。');
    expect((error as StorageError).messageEn).toBe(
      'This application was changed in another window; this change is not saved yet.',
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('a merge saved over the other window keeps the state it overwrote as a revision', async () => {
    const draft = await newDraft();
    const a = await saveDraft(
      db,
      draft.id,
      { data: { applicant: { ...applicant, address: '衢江区百灵北路20号' }, data: {}, attachments: [] } },
      { baseUpdatedAt: draft.updatedAt },
    );
    expect(await listRevisions(db, draft.id)).toEqual([]);
    const merged = { ...applicant, address: '衢江区百灵北路22号', contactPerson: '徐国平' };
    await saveDraft(
      db,
      draft.id,
      { data: { applicant: merged, data: {}, attachments: [] } },
      { baseUpdatedAt: a.draft.updatedAt, keepOverwritten: true },
    );
    const revisions = await listRevisions(db, draft.id);
    expect(revisions).toHaveLength(1);
    const kept = await getRevision(db, revisions[0]!.id);
    expect((kept?.snapshot.draft.data as { applicant: typeof applicant }).applicant.address).toBe(
      '衢江区百灵北路20号',
    );
    const stored = await loadDraft(db, draft.id);
    expect((stored?.draft.data as { applicant: typeof applicant }).applicant).toEqual(merged);
  });

  it('a save without a base version is not checked (imports, restores and older callers)', async () => {
    const draft = await newDraft();
    await saveDraft(db, draft.id, { title: 'a' });
    await expect(saveDraft(db, draft.id, { title: 'b' })).resolves.toMatchObject({ draft: { title: 'b' } });
  });
});
