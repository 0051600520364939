// The 申报编号 sequence the app prints: an applicant's drafts of one program and year, by creation
// order, read from IndexedDB (drafts in the bin keep their place).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft } from '../../renderer/db/drafts';
import { deleteDraft } from '../../renderer/db/draft-trash';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { draftSequence } from '../../renderer/pdf/print-draft';
import type { Draft } from '../../shared/schemas';
import { createTestDb, type TestClock } from './helpers/test-db';

const SCHOOL = '91330803MA2DK7Q30T';
const OTHER = '91330800MA2XXXXX0X';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

async function draftOf(orgCode: string, applicationDate = '2025-10-20', program = 'training-base') {
  clock.advance(1000);
  const row = await createDraft(db, {
    policy: 'quzhou-2025',
    program,
    applicationDate,
    data: { applicant: { name: '衢州智造精工机械有限公司', orgCode } },
  });
  const envelope = { program, applicationDate, applicant: { orgCode } } as unknown as Draft;
  return { id: row.id, envelope };
}

describe('draftSequence', () => {
  it('numbers an applicant’s training-base drafts of 2025 1, 2, 3 by creation, whoever else applies', async () => {
    const first = await draftOf(SCHOOL);
    await draftOf(OTHER);
    const second = await draftOf(SCHOOL);
    await draftOf(SCHOOL, '2026-01-05');
    await draftOf(SCHOOL, '2025-10-20', 'internship');
    const third = await draftOf(SCHOOL);
    expect(await draftSequence(db, first.id, first.envelope)).toBe(1);
    expect(await draftSequence(db, second.id, second.envelope)).toBe(2);
    expect(await draftSequence(db, third.id, third.envelope)).toBe(3);
  });

  it('keeps a number when an earlier draft goes to the bin', async () => {
    const first = await draftOf(SCHOOL);
    const second = await draftOf(SCHOOL);
    await deleteDraft(db, first.id);
    expect(await draftSequence(db, second.id, second.envelope)).toBe(2);
  });

  it('follows the applicant as typed in the editor, before it is saved', async () => {
    await draftOf(SCHOOL);
    const mine = await draftOf(OTHER);
    const retyped = { ...mine.envelope, applicant: { orgCode: SCHOOL } } as unknown as Draft;
    expect(await draftSequence(db, mine.id, mine.envelope)).toBe(1);
    expect(await draftSequence(db, mine.id, retyped)).toBe(2);
  });
});
