import { describe, expect, it } from 'vitest';
import { diffPaths, summarizeChange } from '../../renderer/db/revision-summary';
import type { DraftRow, RosterRow, Snapshot } from '../../renderer/db/row-schemas';

const draft: DraftRow = {
  id: 'd',
  policy: 'p',
  program: 'q',
  title: 't',
  status: 'draft',
  deadline: null,
  applicationDate: null,
  createdAt: 0,
  updatedAt: 0,
  data: { unit: { name: '甲', base: '一号基地' }, items: [{ amount: 1 }] },
  statusHistory: [],
};
const row = (id: string, order: number, name: string, roster = 'interns'): RosterRow => ({
  id,
  draftId: 'd',
  roster,
  order,
  row: { name },
});
const snap = (d: Partial<DraftRow>, rows: RosterRow[] = []): Snapshot => ({
  draft: { ...draft, ...d },
  rosterRows: rows,
});
const labels: Record<string, string> = {
  'data.unit.name': '申报单位名称',
  'data.unit.base': '实训基地名称',
  'data.items.*.amount': '金额',
  'rosters.interns': '花名册',
};

describe('diffPaths', () => {
  it('lists changed leaves, added and removed keys and array items', () => {
    expect(diffPaths({ a: 1, b: { c: 2 }, l: [1, 2] }, { a: 1, b: { c: 3 }, d: 4, l: [1] })).toEqual([
      'b.c',
      'd',
      'l.1',
    ]);
    expect(diffPaths({ a: [1] }, { a: [1] })).toEqual([]);
  });
});

describe('summarizeChange', () => {
  it('names fields with their labels and counts roster rows (the example of the issue)', () => {
    const before = snap({}, [row('r1', 0, '张三')]);
    const after = snap({ data: { unit: { name: '乙', base: '二号基地' }, items: [{ amount: 1 }] } }, [
      row('r1', 0, '张三'),
      row('r2', 1, '李四'),
      row('r3', 2, '王五'),
      row('r4', 3, '赵六'),
    ]);
    expect(summarizeChange(before, after, (p) => labels[p])).toBe(
      '修改了 申报单位名称、实训基地名称；花名册 +3 行',
    );
  });

  it('falls back to the path, says removed, modified and reordered rows, and the status', () => {
    const before = snap({}, [row('r1', 0, 'a'), row('r2', 1, 'b'), row('t1', 0, 'x', 'teachers')]);
    const after = snap({ status: 'ready', title: '新标题', data: { ...draft.data, extra: true } }, [
      row('r1', 0, 'a2'),
      row('t1', 1, 'x', 'teachers'),
    ]);
    expect(summarizeChange(before, after)).toBe(
      '状态 草稿 → 待打印；修改了 标题、data.extra；花名册 interns -1 行，修改 1 行',
    );
    const reordered = snap({}, [row('r2', 0, 'b'), row('r1', 1, 'a')]);
    expect(
      summarizeChange(snap({}, [row('r1', 0, 'a'), row('r2', 1, 'b')]), reordered, (p) => labels[p]),
    ).toBe('花名册 调整顺序');
  });

  it('matches list items by a wildcard label and shortens long lists', () => {
    const after = snap({ data: { ...draft.data, items: [{ amount: 2 }] } });
    expect(summarizeChange(snap({}), after, (p) => labels[p])).toBe('修改了 金额');
    const many = snap({ data: { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 } });
    expect(summarizeChange(snap({ data: {} }), many)).toBe(
      '修改了 data.a、data.b、data.c、data.d、data.e 等 7 项',
    );
  });

  it('is null without change and 首个存档 without a previous snapshot', () => {
    expect(summarizeChange(snap({}), snap({ updatedAt: 99 }))).toBeNull();
    expect(summarizeChange(null, snap({}))).toBe('首个存档');
  });
});

describe('summarizeChange in English', () => {
  const english: Record<string, string> = {
    'data.unit.name': 'Applicant name',
    'data.unit.base': 'Base name',
    'data.items.*.amount': 'Amount',
    'rosters.interns': 'Interns',
  };
  const lookup = (p: string, lang: 'zh' | 'en') => (lang === 'en' ? english[p] : labels[p]);

  it('the same change, worded in English with the English labels', () => {
    const before = snap({}, [row('r1', 0, '张三')]);
    const after = snap({ data: { unit: { name: '乙', base: '二号基地' }, items: [{ amount: 1 }] } }, [
      row('r1', 0, '张三'),
      row('r2', 1, '李四'),
      row('r3', 2, '王五'),
      row('r4', 3, '赵六'),
    ]);
    expect(summarizeChange(before, after, lookup, 'en')).toBe(
      'Changed Applicant name, Base name; Interns +3 rows',
    );
    expect(summarizeChange(before, after, lookup, 'zh')).toBe(
      '修改了 申报单位名称、实训基地名称；花名册 +3 行',
    );
  });

  it('status, built-in labels, one row, reordering and long lists', () => {
    const before = snap({}, [row('r1', 0, 'a'), row('r2', 1, 'b'), row('t1', 0, 'x', 'teachers')]);
    const after = snap({ status: 'ready', title: '新标题', data: { ...draft.data, extra: true } }, [
      row('r1', 0, 'a2'),
      row('t1', 1, 'x', 'teachers'),
    ]);
    expect(summarizeChange(before, after, undefined, 'en')).toBe(
      'Status Draft → Ready to print; Changed Title, data.extra; Roster interns -1 row, 1 row changed',
    );
    const reordered = snap({}, [row('r2', 0, 'b'), row('r1', 1, 'a')]);
    expect(summarizeChange(snap({}, [row('r1', 0, 'a'), row('r2', 1, 'b')]), reordered, lookup, 'en')).toBe(
      'Interns reordered',
    );
    const many = snap({ data: { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 } });
    expect(summarizeChange(snap({ data: {} }), many, undefined, 'en')).toBe(
      'Changed data.a, data.b, data.c, data.d, data.e (7 fields in all)',
    );
    expect(summarizeChange(null, snap({}), undefined, 'en')).toBe('First saved version');
  });
});
