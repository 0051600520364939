// The applicant block of a draft becomes a reusable profile on save; drafts are found by its code,
// by names and ID numbers in their rosters; the list shows the applicant's name.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveApplicantOfDraft } from '../../renderer/db/applicant-sync';
import { listApplicants } from '../../renderer/db/applicants';
import { createDraft, getDraft, saveDraft } from '../../renderer/db/drafts';
import { listDrafts } from '../../renderer/db/draft-list';
import { deleteDraft } from '../../renderer/db/draft-trash';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

const CODE = '91330803MA2DK7Q30T';
const block = (extra: Record<string, string> = {}) => ({
  name: '衢州智造精工机械有限公司',
  orgCode: CODE,
  address: '衢州市衢江区百灵北路18号',
  ...extra,
});

async function draftWith(applicant: Record<string, unknown>, program = 'training-base') {
  const draft = await createDraft(db, { policy: 'quzhou-2025', program });
  await saveDraft(db, draft.id, { data: { applicant, data: {}, attachments: [] } });
  return draft;
}

describe('saveApplicantOfDraft', () => {
  it('saves nothing while the code is incomplete or wrong', async () => {
    const draft = await draftWith(block({ orgCode: '91330803MA2DK' }));
    expect(await saveApplicantOfDraft(db, draft.id)).toBeNull();
    const wrongCheck = await draftWith(block({ orgCode: '91330803MA2DK7Q30A' }));
    expect(await saveApplicantOfDraft(db, wrongCheck.id)).toBeNull();
    expect(await listApplicants(db)).toEqual([]);
  });

  it('creates a profile for a new code (normalised) and links the draft', async () => {
    const draft = await draftWith(block({ orgCode: ` ${CODE.toLowerCase()} ` }));
    const row = await saveApplicantOfDraft(db, draft.id);
    expect(row).toEqual({
      id: row!.id,
      kind: 'enterprise',
      name: '衢州智造精工机械有限公司',
      code: CODE,
      profile: { ...block(), orgCode: CODE },
      updatedAt: START,
    });
    expect((await getDraft(db, draft.id))?.applicantId).toBe(row!.id);
  });

  it('updates the profile of the same code from another draft, recording what changed and before', async () => {
    const first = await draftWith(block());
    const created = await saveApplicantOfDraft(db, first.id);
    clock.advance(5 * 60_000);
    const second = await draftWith(block({ address: '衢州市柯城区', contactPerson: '郑晓燕' }));
    const updated = await saveApplicantOfDraft(db, second.id);
    expect(updated?.id).toBe(created!.id);
    expect(updated).toMatchObject({
      profile: { ...block({ address: '衢州市柯城区', contactPerson: '郑晓燕' }) },
      changedAt: START + 5 * 60_000,
      changes: [
        {
          at: START + 5 * 60_000,
          draftId: second.id,
          fields: ['address', 'contactPerson'],
          before: { address: '衢州市衢江区百灵北路18号', contactPerson: null },
        },
      ],
    });
    expect((await listApplicants(db)).length).toBe(1);
    expect((await getDraft(db, second.id))?.applicantId).toBe(created!.id);
  });

  it('typing in one draft is one recorded change; an empty field never erases the profile', async () => {
    const draft = await draftWith(block());
    await saveApplicantOfDraft(db, draft.id);
    for (const phone of ['0570', '0570-302', '0570-3021186']) {
      clock.advance(700);
      await saveDraft(db, draft.id, {
        data: { applicant: block({ phone, address: '' }), data: {}, attachments: [] },
      });
      await saveApplicantOfDraft(db, draft.id);
    }
    const [row] = await listApplicants(db);
    expect(row?.profile).toEqual({ ...block(), phone: '0570-3021186' });
    expect(row?.changes).toEqual([
      { at: START + 2100, draftId: draft.id, fields: ['phone'], before: { phone: null } },
    ]);
  });

  it('a school is keyed by its 10-digit 学校标识码', async () => {
    const draft = await draftWith({ name: '永州职业技术学院', orgCode: '4143012345' }, 'dual-teacher-team');
    const row = await saveApplicantOfDraft(db, draft.id);
    expect(row).toMatchObject({ kind: 'school', code: '4143012345' });
  });
});

describe('drafts list search and applicant name', () => {
  it('finds drafts by credit code, by roster names and ID numbers; shows the typed name in the bin', async () => {
    const withCode = await draftWith(block());
    await saveApplicantOfDraft(db, withCode.id);
    const roster = await createDraft(db, {
      policy: 'quzhou-2025',
      program: 'internship',
      title: '实习补贴',
      rosters: { interns: [{ row: { name: '王小明', idNumber: '33080219900307123X' } }] },
    });
    const typedOnly = await draftWith({ name: '未填代码的公司' });
    const ids = async (search: string, deleted?: 'only') =>
      (await listDrafts(db, { search, ...(deleted ? { deleted } : {}) })).items.map((d) => d.id);
    expect(await ids(CODE)).toEqual([withCode.id]);
    expect(await ids(CODE.slice(0, 8).toLowerCase())).toEqual([withCode.id]);
    expect(await ids('33080219900307123x')).toEqual([roster.id]);
    expect(await ids('３３０８０２１９９００３０７１２３Ｘ')).toEqual([roster.id]);
    expect(await ids('王小明')).toEqual([roster.id]);
    expect(await ids('王')).toEqual([]);
    await deleteDraft(db, typedOnly.id);
    const bin = await listDrafts(db, { deleted: 'only' });
    expect(bin.items.map((d) => d.applicantName)).toEqual(['未填代码的公司']);
    expect(await ids('未填代码', 'only')).toEqual([typedOnly.id]);
  });
});
