// Every refusal of the storage layer says why in English too (StorageError.messageEn), for the English interface.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApplicant, deleteApplicant } from '../../renderer/db/applicants';
import { changeDraftStatus } from '../../renderer/db/draft-status';
import { duplicateDraft } from '../../renderer/db/draft-duplicate';
import { deleteDraft } from '../../renderer/db/draft-trash';
import { createDraft, saveDraft } from '../../renderer/db/drafts';
import { QUOTA_MESSAGE_EN, StorageError, toStorageError } from '../../renderer/db/errors';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb } from './helpers/test-db';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

let db: GrantDeskDb;
beforeEach(() => ({ db } = createTestDb()));

async function refusal(attempt: Promise<unknown>): Promise<StorageError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  const storage = error as StorageError;
  expect(storage.messageEn).not.toMatch(CJK);
  return storage;
}

describe('storage refusals in English', () => {
  it('status changes the state machine refuses', async () => {
    const { id } = await createDraft(db, { policy: 'quzhou-2025', program: 'internship' });
    const unchecked = await refusal(changeDraftStatus(db, id, 'ready'));
    expect(unchecked.message).toBe('申报还有未解决的错误（或尚未检查），不能标记为「待打印」。');
    expect(unchecked.messageEn).toBe(
      'The application still has errors (or has not been checked): it cannot be marked “Ready to print”.',
    );
    expect((await refusal(changeDraftStatus(db, id, 'approved'))).messageEn).toBe(
      'An application cannot go from “Draft” to “Approved”.',
    );
    expect((await refusal(changeDraftStatus(db, id, 'draft'))).messageEn).toBe(
      'The application is already “Draft”.',
    );
  });

  it('a draft that is gone, or deleted while it was being edited', async () => {
    const missing = await refusal(duplicateDraft(db, 'no-such-draft'));
    expect(missing.message).toBe('找不到申报（no-such-draft），可能已被删除。');
    expect(missing.messageEn).toBe(
      'The application (no-such-draft) was not found; it may have been deleted.',
    );

    const { id } = await createDraft(db, { policy: 'quzhou-2025', program: 'internship' });
    await deleteDraft(db, id);
    const deleted = await refusal(saveDraft(db, id, { title: '新标题' }));
    expect(deleted.code).toBe('deleted');
    expect(deleted.messageEn).toBe(
      'This application has been deleted and the change was not saved. Restore it from the bin in the drafts list first.',
    );
  });

  it('an applicant still used by a draft, and a draft naming an applicant that does not exist', async () => {
    const applicant = await createApplicant(db, { kind: 'enterprise', name: '衢州恒信机械有限公司' });
    await createDraft(db, { policy: 'quzhou-2025', program: 'internship', applicantId: applicant.id });
    expect((await refusal(deleteApplicant(db, applicant.id))).messageEn).toBe(
      'Applications using this applicant (deleted ones included): 1; it cannot be deleted.',
    );
    expect(
      (await refusal(createDraft(db, { policy: 'quzhou-2025', program: 'internship', applicantId: 'gone' })))
        .messageEn,
    ).toBe('The applicant (gone) was not found; it may have been deleted.');
  });

  it('a field that breaks the row schema: the schema’s message, or zod’s wording, in each language', async () => {
    const date = await refusal(
      createDraft(db, { policy: 'quzhou-2025', program: 'internship', deadline: '2025/9/1' }),
    );
    expect(date.message).toBe('申报的字段 deadline 无效：应为 YYYY-MM-DD 格式的日期');
    expect(date.messageEn).toBe(
      'Field deadline of the application is invalid: must be a date written YYYY-MM-DD',
    );
    const program = await refusal(createDraft(db, { policy: 'quzhou-2025', program: '' }));
    expect(program.message).toBe('申报的字段 program 无效：数值过小：期望 string >=1 字符');
    expect(program.messageEn).toBe(
      'Field program of the application is invalid: Too small: expected string to have >=1 characters',
    );
  });

  it('what IndexedDB throws: a full disk, uncloneable data, anything else', () => {
    const quota = toStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    expect(quota.code).toBe('quota');
    expect(quota.messageEn).toBe(QUOTA_MESSAGE_EN);
    expect(QUOTA_MESSAGE_EN).not.toMatch(CJK);
    const clone = toStorageError(Object.assign(new Error('x'), { name: 'DataCloneError' }));
    expect(clone.messageEn).toBe(
      'The content holds data that cannot be saved. This change was not saved; what was saved before is unaffected.',
    );
    expect(toStorageError(new Error('disk I/O')).messageEn).toBe(
      'Saving failed (disk I/O). This change was not saved; what was saved before is unaffected.',
    );
  });
});
