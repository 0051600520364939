import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getDraft, saveDraft } from '../../renderer/db/drafts';
import { deleteDraft, purgeDeleted, restoreDeleted } from '../../renderer/db/draft-trash';
import { addAttachment } from '../../renderer/db/attachments';
import { recordRevision } from '../../renderer/db/revisions';
import { recordExport } from '../../renderer/db/exports';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, dumpDatabase, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

async function fullDraft(title: string): Promise<string> {
  const draft = await createDraft(db, {
    policy: 'p',
    program: 'q',
    title,
    rosters: { interns: [{ row: { name: '张三' } }] },
  });
  await addAttachment(db, draft.id, { name: 'a.pdf', mime: 'application/pdf', bytes: new Uint8Array([1]) });
  await recordRevision(db, draft.id, 'import');
  await recordExport(db, draft.id, { policyPackVersion: '1', pdfSha256: 'c'.repeat(64) });
  return draft.id;
}

describe('soft delete', () => {
  it('moves to the trash and back unchanged (undo)', async () => {
    const id = await fullDraft('甲');
    const before = await dumpDatabase(db);
    clock.advance(5000);
    const deleted = await deleteDraft(db, id);
    expect(deleted.deletedAt).toBe(START + 5000);
    await restoreDeleted(db, id);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('purges only drafts deleted before the cut-off, with everything that belongs to them', async () => {
    const old = await fullDraft('旧');
    const recent = await fullDraft('新');
    const kept = await fullDraft('留');
    await deleteDraft(db, old);
    clock.advance(10_000);
    await deleteDraft(db, recent);
    expect(await purgeDeleted(db, START + 5000)).toEqual([old]);
    expect(await getDraft(db, old)).toBeUndefined();
    for (const table of [db.rosterRows, db.attachments, db.revisions, db.exports]) {
      expect(await table.where('draftId').equals(old).count()).toBe(0);
      expect(await table.where('draftId').equals(recent).count()).toBe(1);
    }
    expect((await getDraft(db, kept))?.deletedAt).toBeUndefined();
    await expect(restoreDeleted(db, old)).rejects.toThrow('此申报已被彻底删除，无法恢复。');
  });

  it('a deleted draft cannot be saved until restored', async () => {
    const id = await fullDraft('甲');
    await deleteDraft(db, id);
    await expect(saveDraft(db, id, { title: '乙' })).rejects.toThrow('此申报已被删除');
    await restoreDeleted(db, id);
    expect((await saveDraft(db, id, { title: '乙' })).draft.title).toBe('乙');
  });
});
