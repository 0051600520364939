// Laying one window's edits over another window's save, field by field.
import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT } from '../../../shared/schemas';
import type { EditableDraft } from '../../../renderer/features/editor/draft-mapping';
import {
  divergence,
  patchFor,
  rebase,
  unitOf,
  withUnit,
  type DraftDoc,
} from '../../../renderer/features/editor/draft-units';

function doc(
  applicant: Record<string, unknown>,
  data: Record<string, unknown> = {},
  title = '申报',
): DraftDoc {
  const draft: EditableDraft = {
    format: DRAFT_FORMAT,
    id: 'd1',
    policy: 'quzhou-2025',
    program: 'training-base',
    applicationDate: '2025-10-20',
    applicant,
    data: { partnerSchools: [], investments: [], ...data },
    attachments: [],
  };
  return { draft, title };
}

const base = doc({ name: '衢州智造', address: '百灵北路18号', contactPerson: '郑晓燕' });

describe('units of an edit', () => {
  it('an applicant or program field, a whole table, the date, the title', () => {
    expect(unitOf('applicant.address')).toBe('applicant.address');
    expect(unitOf('data.userStandard.items')).toBe('data.userStandard');
    expect(unitOf('data.partnerSchools')).toBe('data.partnerSchools');
    expect(unitOf('applicationDate')).toBe('applicationDate');
    expect(unitOf('title')).toBe('title');
  });
});

describe('two windows on one base', () => {
  it('A changed 地址, B changed 联系人: no clash, and B laid over A keeps both', () => {
    const theirs = withUnit(base, 'applicant.address', '百灵北路20号');
    const mine = withUnit(base, 'applicant.contactPerson', '徐国平');
    const found = divergence(base, mine, theirs, ['applicant.contactPerson']);
    expect(found).toEqual({ mine: ['applicant.contactPerson'], theirs: ['applicant.address'], clashes: [] });
    const merged = rebase(mine, theirs, found.mine);
    expect(merged.draft.applicant).toEqual({
      name: '衢州智造',
      address: '百灵北路20号',
      contactPerson: '徐国平',
    });
  });

  it('both changed 地址 to different values: a clash, resolved by the user’s choice', () => {
    const theirs = withUnit(base, 'applicant.address', '百灵北路20号');
    const mine = withUnit(withUnit(base, 'applicant.address', '百灵北路22号'), 'title', '新标题');
    const found = divergence(base, mine, theirs, ['applicant.address', 'title']);
    expect(found.clashes).toEqual(['applicant.address']);
    expect(rebase(mine, theirs, found.mine).draft.applicant['address']).toBe('百灵北路22号');
    const keptTheirs = rebase(mine, theirs, found.mine, new Set(['applicant.address']));
    expect(keptTheirs.draft.applicant['address']).toBe('百灵北路20号');
    expect(keptTheirs.title).toBe('新标题');
  });

  it('the same value typed in both windows is no clash; a field typed and typed back is no change', () => {
    const theirs = withUnit(base, 'applicant.address', '百灵北路20号');
    const mine = withUnit(base, 'applicant.address', '百灵北路20号');
    expect(divergence(base, mine, theirs, ['applicant.address']).clashes).toEqual([]);
    expect(divergence(base, base, theirs, ['applicant.contactPerson']).mine).toEqual([]);
  });

  it('tables are whole units: rows added in both windows clash; in one window they are kept', () => {
    const row = (name: string) => [{ name, _rowId: name }];
    const theirs = withUnit(base, 'data.partnerSchools', row('衢州职业技术学院'));
    const mine = withUnit(base, 'data.investments', row('数控机床'));
    const found = divergence(base, mine, theirs, ['data.investments']);
    expect(found).toEqual({ mine: ['data.investments'], theirs: ['data.partnerSchools'], clashes: [] });
    const merged = rebase(mine, theirs, found.mine);
    expect(merged.draft.data['partnerSchools']).toEqual(row('衢州职业技术学院'));
    expect(merged.draft.data['investments']).toEqual(row('数控机床'));
  });

  it('the save of a merge writes every scalar field and only the tables that window changed', () => {
    const mine = withUnit(
      withUnit(base, 'data.investments', [{ item: '数控机床', _rowId: 'r1' }]),
      'title',
      'T',
    );
    const patch = patchFor(mine, ['data.investments', 'title', 'applicant.address']);
    expect(patch.title).toBe('T');
    expect(Object.keys(patch.rosters ?? {})).toEqual(['investments']);
    expect(patch.rosters?.['investments']).toEqual([{ id: 'r1', row: { item: '数控机床' } }]);
    expect((patch.data as { applicant: unknown }).applicant).toEqual(base.draft.applicant);
  });
});
