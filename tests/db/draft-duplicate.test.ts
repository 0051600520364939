import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApplicant } from '../../renderer/db/applicants';
import { createDraft, loadDraft } from '../../renderer/db/drafts';
import { duplicateDraft } from '../../renderer/db/draft-duplicate';
import { changeDraftStatus } from '../../renderer/db/draft-status';
import { addAttachment, listAttachments } from '../../renderer/db/attachments';
import { recordExport } from '../../renderer/db/exports';
import { listRevisions } from '../../renderer/db/revisions';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

describe('duplicateDraft', () => {
  it("starts this year's application from last year's", async () => {
    const applicant = await createApplicant(db, { kind: 'school', name: '乙学院' });
    const source = await createDraft(db, {
      policy: 'js-2024',
      program: 'apprenticeship',
      title: '2024 学徒制',
      applicantId: applicant.id,
      deadline: '2024-06-30',
      applicationDate: '2024-05-01',
      data: { unit: { name: '乙学院' } },
      rosters: { apprentices: [{ row: { name: '甲' } }, { row: { name: '乙' } }] },
    });
    await addAttachment(db, source.id, { name: '证书.pdf', bytes: new Uint8Array([1, 2]) });
    await changeDraftStatus(db, source.id, 'ready', { hasErrors: false });
    await recordExport(db, source.id, { policyPackVersion: '1', pdfSha256: 'd'.repeat(64) });
    await changeDraftStatus(db, source.id, 'printed');
    clock.advance(86_400_000);

    const copy = await duplicateDraft(db, source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy).toEqual({
      id: copy.id,
      policy: 'js-2024',
      program: 'apprenticeship',
      title: '2024 学徒制 (副本)',
      status: 'draft',
      deadline: null,
      applicationDate: null,
      createdAt: START + 86_400_000,
      updatedAt: START + 86_400_000,
      applicantId: applicant.id,
      data: { unit: { name: '乙学院' } },
      statusHistory: [{ status: 'draft', at: START + 86_400_000 }],
    });
    const copied = await loadDraft(db, copy.id);
    const original = await loadDraft(db, source.id);
    expect(copied?.rosterRows.map((r) => r.row)).toEqual([{ name: '甲' }, { name: '乙' }]);
    const originalIds = new Set(original?.rosterRows.map((r) => r.id));
    expect(copied?.rosterRows.some((r) => originalIds.has(r.id))).toBe(false);
    expect(original?.rosterRows).toHaveLength(2);
    expect(await listRevisions(db, copy.id)).toEqual([]);
    expect(await listAttachments(db, copy.id)).toEqual([]);
    const withFiles = await duplicateDraft(db, source.id, { includeAttachments: true });
    expect((await listAttachments(db, withFiles.id)).map((a) => a.name)).toEqual(['证书.pdf']);
    // In the English interface the copy is marked in English.
    expect((await duplicateDraft(db, source.id, { lang: 'en' })).title).toBe('2024 学徒制 (copy)');
  });
});
