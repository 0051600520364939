// A full disk in the middle of a save must leave what was saved before exactly as it was.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, saveDraft } from '../../renderer/db/drafts';
import { QUOTA_MESSAGE, StorageError, isQuotaError, toStorageError } from '../../renderer/db/errors';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, dumpDatabase, type TestClock } from './helpers/test-db';
import { REVISION_IDLE_MS } from '../../renderer/db/revisions';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

describe('quota errors', () => {
  it('a QuotaExceededError on the roster write leaves draft, rosters and revisions unchanged', async () => {
    const draft = await createDraft(db, {
      policy: 'p',
      program: 'q',
      title: '原',
      data: { a: 1 },
      rosters: { interns: [{ row: { name: '张三' } }] },
    });
    clock.advance(REVISION_IDLE_MS); // so that the save also writes a revision before failing
    const before = await dumpDatabase(db);
    let attempts = 0;
    db.rosterRows.hook('creating', () => {
      attempts += 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await saveDraft(db, draft.id, {
      title: '新',
      data: { a: 2 },
      rosters: { interns: [{ row: { name: '李四' } }, { row: { name: '王五' } }] },
    }).catch((e: unknown) => e);
    expect(attempts).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('quota');
    expect((error as StorageError).message).toBe(QUOTA_MESSAGE);
    expect(QUOTA_MESSAGE).toMatch(/^存储空间不足：.*本次修改未保存，已保存的内容不受影响/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('recognises quota errors nested by Dexie', () => {
    const quota = { name: 'QuotaExceededError' };
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'X' }, quota] })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(toStorageError({ name: 'AbortError', inner: quota }).message).toBe(QUOTA_MESSAGE);
    expect(toStorageError(new Error('boom')).message).toBe(
      '保存失败（boom）。本次修改未保存，已保存的内容不受影响。',
    );
  });
});
