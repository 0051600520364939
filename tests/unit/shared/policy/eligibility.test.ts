// The eligibility finder lists every program under every pack, with an estimate or why not.
import { describe, expect, test } from 'vitest';
import { findEligiblePrograms } from '../../../../shared/policy';

const eligible = (entries: ReturnType<typeof findEligiblePrograms>) =>
  entries.filter((e) => e.eligible).map((e) => `${e.policy}/${e.program}`);

describe('findEligiblePrograms', () => {
  test('lists 5 packs × 8 programs, each with a reason when not eligible', () => {
    const entries = findEligiblePrograms({ kind: 'enterprise', date: '2025-08-01' });
    expect(entries).toHaveLength(40);
    for (const e of entries) expect(e.eligible ? e.reasons.length === 0 : e.reasons.length > 0).toBe(true);
    expect(
      entries.find((e) => e.policy === 'jining-2025' && e.program === 'surcharge-credit')?.reasons[0]?.zh,
    ).toBe('济教字〔2025〕8号未规定该项目');
  });

  test('a Quzhou enterprise with facts gets Quzhou’s enterprise programs with estimates', () => {
    const entries = findEligiblePrograms({
      kind: 'enterprise',
      region: '330803',
      date: '2025-08-01',
      facts: { investmentFen: 240_000_000, internMonths: 30 },
    });
    expect(eligible(entries)).toEqual(['quzhou-2025/training-base', 'quzhou-2025/internship']);
    const base = entries.find((e) => e.program === 'training-base' && e.policy === 'quzhou-2025');
    expect(base?.estimate).toMatchObject({ status: 'computed', amountFen: 50_000_000 });
    expect(base?.estimate?.trace[0]).toBe('25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00');
    expect(
      entries.find((e) => e.program === 'internship' && e.policy === 'quzhou-2025')?.estimate?.amountFen,
    ).toBe(600_000);
    expect(
      entries.find((e) => e.policy === 'yongzhou-2021' && e.program === 'training-base')?.reasons[0]?.zh,
    ).toBe('仅限永州市的单位申报');
  });

  test('a school gets school programs; missing facts make the estimate incomplete, documents without amounts say so', () => {
    const entries = findEligiblePrograms({ kind: 'school', region: '永州市冷水滩区', date: '2025-03-01' });
    expect(eligible(entries)).toEqual([
      'yongzhou-2021/dual-teacher-team',
      'yongzhou-2021/one-plus-x',
      'yongzhou-2021/talent-allowance',
    ]);
    expect(entries.find((e) => e.eligible && e.program === 'talent-allowance')?.estimate?.status).toBe(
      'incomplete',
    );
    expect(entries.find((e) => e.eligible && e.program === 'one-plus-x')?.estimate?.status).toBe('no-amount');
  });

  test('Linping after 2025 is listed as ended; before its start as not yet in force', () => {
    const after = findEligiblePrograms({ kind: 'school', region: '330113', date: '2026-01-01' });
    expect(
      after.find((e) => e.policy === 'linping-2023' && e.program === 'one-plus-x')?.reasons.map((r) => r.zh),
    ).toEqual(['适用期限已于 2025-12-31 届满']);
    expect(
      eligible(findEligiblePrograms({ kind: 'school', region: '330113', date: '2025-12-31' })),
    ).toContain('linping-2023/one-plus-x');
  });

  test.each([
    [true, true, 20_000_000],
    [false, false, undefined],
  ])('Wuzhou surcharge credit, pilot listed %s → eligible %s', (pilotListed, ok, fen) => {
    const entries = findEligiblePrograms({
      kind: 'enterprise',
      region: '梧州市',
      date: '2025-03-01',
      facts: { pilotListed, investmentFen: 100_000_000, surchargePayableFen: 20_000_000 },
    });
    const e = entries.find((x) => x.policy === 'wuzhou-2024' && x.program === 'surcharge-credit');
    expect(e?.eligible).toBe(ok);
    expect(e?.estimate?.amountFen).toBe(fen);
    if (ok) expect(e?.estimate?.remainderFen).toBe(10_000_000);
  });
});
