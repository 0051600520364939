// Apprenticeship and the surcharge credit: every rule and formula on both sides of its boundary.
import { describe, expect, test } from 'vitest';
import { byRule, check, edited, errorIds, example } from './helpers';

const inv = (amountFen: number, invoiceNumber = '25332330803000107919', invoiceDate = '2025-07-01') => ({
  category: 'equipment',
  name: '数控加工中心',
  amountFen,
  invoiceNumber,
  invoiceDate,
});

describe('apprenticeship', () => {
  test.each([
    [500, 500, 0],
    [501, 499, 1],
    [0, 1, 0],
  ])('wuzhou-2024: theory %i, practice %i → %i practice-share errors', (theory, practice, n) => {
    const r = check(
      edited('wuzhou-2024', 'apprenticeship', (d) =>
        Object.assign(d.data, { theoryHours: theory, practiceHours: practice }),
      ),
    );
    expect(byRule(r, 'wuzhou-2024.apprenticeship.practice-share')).toHaveLength(n);
  });

  test('a plan without hours is an error', () => {
    const r = check(
      edited('linping-2023', 'apprenticeship', (d) =>
        Object.assign(d.data, { theoryHours: 0, practiceHours: 0 }),
      ),
    );
    expect(errorIds(r)).toContain('apprenticeship.no-hours');
  });

  test('standards per occupation → user-supplied sum; a missing occupation → error, incomplete', () => {
    const full = check(
      edited('wuzhou-2024', 'apprenticeship', (d) => {
        d.data.userStandard = {
          basis: 'per-occupation',
          items: [
            { occupation: '评茶员', amountFen: 400_000 },
            { occupation: '茶叶加工工', amountFen: 500_000 },
          ],
          source: '测试标准',
        };
      }),
    );
    expect(full.amount).toMatchObject({ status: 'user-supplied', amountFen: 3 * 400_000 + 2 * 500_000 });
    const partial = check(
      edited('wuzhou-2024', 'apprenticeship', (d) => {
        d.data.userStandard = {
          basis: 'per-occupation',
          items: [{ occupation: '评茶员', amountFen: 1 }],
          source: '测试',
        };
      }),
    );
    expect(errorIds(partial)).toContain('apprenticeship.occupation-standard-missing');
    expect(partial.amount.status).toBe('incomplete');
  });

  test('a mentor cannot be the apprentice', () => {
    const r = check(
      edited(
        'jining-2025',
        'apprenticeship',
        (d) => (d.data.apprentices[1].mentor = d.data.apprentices[1].name),
      ),
    );
    expect(byRule(r, 'apprenticeship.mentor-is-apprentice')[0]?.path).toEqual([
      'data',
      'apprentices',
      1,
      'mentor',
    ]);
  });
});

describe('surcharge-credit under wuzhou-2024: 30%, limited to the year’s surcharges', () => {
  test('example: 300,000.00 credit, 200,000.00 payable → 200,000.00 and 100,000.00 remaining', () => {
    const r = check(example('wuzhou-2024', 'surcharge-credit'));
    expect(r.amount).toMatchObject({ status: 'computed', amountFen: 20_000_000, remainderFen: 10_000_000 });
    expect(r.amount.trace.at(-1)).toBe(
      '本年抵免 200,000.00（以当年应缴额为限），剩余 100,000.00 本年不能抵免',
    );
    expect(r.amount.amountText).toBe('贰拾万元整');
  });

  test.each([
    [50_000_000, 15_000_000, 0],
    [50_000_004, 15_000_000, 1],
    [40_000_000, 12_000_000, 0],
  ])(
    'investment %i fen against 150,000.00 payable → %i fen credited, %i remaining',
    (investment, credited, remainder) => {
      const r = check(
        edited('wuzhou-2024', 'surcharge-credit', (d) => {
          d.data.investments = [inv(investment, '24452450405000107919', '2024-06-01')];
          d.data.educationSurchargePayableFen = 9_000_000;
          d.data.localEducationSurchargePayableFen = 6_000_000;
        }),
      );
      expect(r.amount.amountFen).toBe(credited);
      expect(r.amount.remainderFen).toBe(remainder);
    },
  );

  test('only listed pilot enterprises may credit', () => {
    const r = check(edited('wuzhou-2024', 'surcharge-credit', (d) => (d.data.pilotListed = false)));
    expect(errorIds(r)).toEqual(['wuzhou-2024.surcharge-credit.not-pilot']);
  });

  test.each([
    ['2024-12-31', null],
    ['2025-01-01', 'surcharge-credit.invoice-outside-year'],
    ['2025-03-21', 'surcharge-credit.invoice-after-application'],
  ])('invoice dated %s in tax year 2024 → %s', (date, rule) => {
    const r = check(
      edited('wuzhou-2024', 'surcharge-credit', (d) => (d.data.investments[0].invoiceDate = date)),
    );
    const ids = r.findings.map((f) => f.ruleId).filter((id) => id.includes('invoice'));
    expect(ids).toEqual(rule ? [rule] : []);
  });

  test.each([
    [2025, 0],
    [2026, 1],
  ])('tax year %i with application in 2025 → %i errors', (year, n) => {
    const r = check(edited('wuzhou-2024', 'surcharge-credit', (d) => (d.data.year = year)));
    expect(byRule(r, 'surcharge-credit.future-year')).toHaveLength(n);
  });
});
