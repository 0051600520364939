import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApplicant } from '../../renderer/db/applicants';
import { createDraft } from '../../renderer/db/drafts';
import { countDrafts, listDrafts } from '../../renderer/db/draft-list';
import { deleteDraft } from '../../renderer/db/draft-trash';
import { changeDraftStatus } from '../../renderer/db/draft-status';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

async function seed(): Promise<string[]> {
  const school = await createApplicant(db, { kind: 'school', name: '南京职业技术学院', code: 'NJ001' });
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) {
    clock.advance(1000);
    const draft = await createDraft(db, {
      policy: i % 2 ? 'js-2025' : 'zj-2025',
      program: i < 4 ? 'internship' : 'apprenticeship',
      title: `申报 ${i}`,
      ...(i === 5 ? { applicantId: school.id } : {}),
    });
    ids.push(draft.id);
  }
  return ids;
}

describe('listDrafts', () => {
  it('pages newest first without data, with the applicant name', async () => {
    const ids = await seed();
    const first = await listDrafts(db, { limit: 3 });
    expect(first.items.map((d) => d.title)).toEqual(['申报 6', '申报 5', '申报 4']);
    expect(first.hasMore).toBe(true);
    expect(first.items[1]?.applicantName).toBe('南京职业技术学院');
    expect('data' in first.items[0]!).toBe(false);
    const last = await listDrafts(db, { limit: 3, offset: 6 });
    expect(last.items.map((d) => d.id)).toEqual([ids[0]]);
    expect(last.hasMore).toBe(false);
  });

  it('filters by status, program and policy and counts', async () => {
    const ids = await seed();
    clock.advance(1000);
    await changeDraftStatus(db, ids[2]!, 'ready', { hasErrors: false });
    expect((await listDrafts(db, { status: 'ready' })).items.map((d) => d.id)).toEqual([ids[2]]);
    expect((await listDrafts(db, { status: ['draft', 'ready'] })).items).toHaveLength(7);
    expect((await listDrafts(db, { program: 'apprenticeship' })).items.map((d) => d.title)).toEqual([
      '申报 6',
      '申报 5',
      '申报 4',
    ]);
    expect(await countDrafts(db, { policy: 'js-2025', program: 'internship' })).toBe(2);
  });

  it('searches titles and applicant names or codes, case-insensitively', async () => {
    await seed();
    expect((await listDrafts(db, { search: '申报 3' })).items.map((d) => d.title)).toEqual(['申报 3']);
    expect((await listDrafts(db, { search: '职业技术' })).items.map((d) => d.title)).toEqual(['申报 5']);
    expect((await listDrafts(db, { search: 'nj001' })).items.map((d) => d.title)).toEqual(['申报 5']);
  });

  it('lists the bin by when each draft was deleted, the last deleted first', async () => {
    const ids = await seed();
    // The oldest draft deleted last, the newest first: edit times would give the other order.
    for (const id of [ids[6]!, ids[3]!, ids[0]!]) {
      clock.advance(1000);
      await deleteDraft(db, id);
    }
    expect((await listDrafts(db, { deleted: 'only' })).items.map((d) => d.id)).toEqual([
      ids[0],
      ids[3],
      ids[6],
    ]);
    const page = await listDrafts(db, { deleted: 'only', limit: 2 });
    expect([page.items.map((d) => d.id), page.hasMore]).toEqual([[ids[0], ids[3]], true]);
  });

  it('hides the trash by default and lists it on request', async () => {
    const ids = await seed();
    await deleteDraft(db, ids[1]!);
    expect((await listDrafts(db)).items.map((d) => d.id)).not.toContain(ids[1]);
    expect((await listDrafts(db, { deleted: 'only' })).items.map((d) => d.id)).toEqual([ids[1]]);
    expect(await countDrafts(db)).toBe(6);
  });
});
