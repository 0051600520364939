// The same person or invoice claimed in two drafts of the same period; Yongzhou's 就高不就低.
import { describe, expect, test } from 'vitest';
import { byRule, check, edited, example } from './helpers';

describe('cross-draft claims', () => {
  test('the same invoice in another draft is an error, whatever the period', () => {
    const mine = example('quzhou-2025', 'training-base');
    const other = edited('wuzhou-2024', 'surcharge-credit', (d) => {
      d.id = 'surcharge-2024';
      d.data.investments[0].invoiceNumber = mine.data.investments[1].invoiceNumber;
    });
    const [f] = byRule(check(mine, [other]), 'cross-draft.invoice');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['data', 'investments', 1, 'invoiceNumber'],
      clause: null,
    });
    expect(f?.message).toContain('草稿「surcharge-2024」');
    expect(f?.message).toContain('同一发票不能重复申报');
  });

  test('a draft is not compared with itself, and unrelated drafts add nothing', () => {
    const mine = example('quzhou-2025', 'internship');
    expect(check(mine, [mine, example('quzhou-2025', 'one-plus-x')]).findings).toEqual([]);
  });

  test.each([
    ['2025-09-30', 1],
    ['2025-05-25', 0],
  ])('an intern also claimed as an apprentice ending %s (intern starts 2025-05-26) → %i errors', (end, n) => {
    const mine = example('quzhou-2025', 'internship');
    const other = edited('linping-2023', 'apprenticeship', (d) => {
      d.id = 'apprentices';
      Object.assign(d.data.apprentices[0], {
        idNumber: mine.data.interns[0].idNumber,
        startDate: '2024-09-01',
        endDate: end,
      });
    });
    expect(byRule(check(mine, [other]), 'cross-draft.person')).toHaveLength(n);
  });

  test('an unreadable other draft is skipped, not fatal', () => {
    expect(check(example('quzhou-2025', 'internship'), [{ format: 'x' }, null]).findings).toEqual([]);
  });
});

describe('永政发〔2021〕7号: the higher award applies, never both', () => {
  const allowance = () => example('yongzhou-2021', 'talent-allowance');
  const onePlusX = (personId: string, yuan: number) =>
    edited('yongzhou-2021', 'one-plus-x', (d) => {
      d.id = 'certificates';
      d.data.students[2].idNumber = personId;
      d.data.userStandard = { basis: 'per-unit', amountFen: yuan * 100, source: '测试' };
    });

  test('the lower draft gets an error saying the other is higher', () => {
    const mine = allowance();
    const r = check(onePlusX(mine.data.people[0].idNumber, 1000), [mine]);
    const [f] = byRule(r, 'cross-draft.person');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('本草稿 1,000.00 元，另一草稿 5,000.00 元，另一草稿较高，本草稿应撤回该项');
    expect(f?.clause).toEqual({ policy: 'yongzhou-2021', docNumber: '永政发〔2021〕7号', ref: '结尾' });
  });

  test('the higher draft gets a warning telling the other to withdraw', () => {
    const mine = allowance();
    const r = check(mine, [onePlusX(mine.data.people[0].idNumber, 1000)]);
    const [f] = byRule(r, 'cross-draft.person');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('本草稿较高，应由另一草稿撤回该项');
  });

  test('equal awards: an error, claim only one', () => {
    const mine = allowance();
    const r = check(mine, [onePlusX(mine.data.people[0].idNumber, 5000)]);
    expect(byRule(r, 'cross-draft.person')[0]).toMatchObject({ severity: 'error' });
    expect(byRule(r, 'cross-draft.person')[0]?.message).toContain('金额相同，只能择一申报');
  });

  test('when one award is not computed the finding says it cannot compare', () => {
    const mine = allowance();
    const other = onePlusX(mine.data.people[0].idNumber, 1000);
    delete other.data.userStandard;
    expect(byRule(check(mine, [other]), 'cross-draft.person')[0]?.message).toContain('其中一项未能计算金额');
  });
});
