// Importing a draft file writes the applicant profile, the draft and its rosters in one transaction: a full
// disk at any of those writes leaves nothing behind (no orphan applicant profile).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDraftFile } from '../../renderer/features/drafts/import-draft';
import { QUOTA_MESSAGE, StorageError } from '../../renderer/db/errors';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, dumpDatabase } from './helpers/test-db';

let db: GrantDeskDb;
beforeEach(() => ({ db } = createTestDb()));

const file = {
  name: 'training-base.quzhou-2025.json',
  bytes: readFileSync(new URL('../fixtures/drafts/training-base.quzhou-2025.json', import.meta.url)),
};

function failOn(table: 'applicants' | 'drafts' | 'rosterRows'): () => number {
  let attempts = 0;
  db.table(table).hook('creating', () => {
    attempts += 1;
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => attempts;
}

describe('importing a draft file', () => {
  it('writes the applicant profile, the draft and its rosters', async () => {
    const row = await importDraftFile(db, file);
    expect(await db.applicants.count()).toBe(1);
    expect(row.applicantId).toBe((await db.applicants.toArray())[0]?.id);
    expect(await db.rosterRows.where('draftId').equals(row.id).count()).toBeGreaterThan(0);
  });

  it('a second import of the same applicant reuses its saved profile', async () => {
    const first = await importDraftFile(db, file);
    const second = await importDraftFile(db, file);
    expect(await db.applicants.count()).toBe(1);
    expect(second.applicantId).toBe(first.applicantId);
    expect(await db.drafts.count()).toBe(2);
  });

  for (const table of ['rosterRows', 'drafts', 'applicants'] as const) {
    it(`a quota error writing ${table} leaves no applicant profile, draft or roster row`, async () => {
      const before = await dumpDatabase(db);
      const attempts = failOn(table);
      const error = await importDraftFile(db, file).catch((e: unknown) => e);
      expect(attempts()).toBeGreaterThan(0);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).message).toBe(QUOTA_MESSAGE);
      expect(await dumpDatabase(db)).toEqual(before);
    });
  }
});
