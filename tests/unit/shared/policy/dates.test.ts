// Calendar arithmetic read straight from the digits agrees with the definitions it implements.
import { describe, expect, test } from 'vitest';
import { addDays, daysInMonth, fullMonths, yearOf } from '../../../../shared/policy/dates';

/** Whole months by the definition: month k ends the day before the k-th anniversary (clamped to month end). */
function monthsByDefinition(start: string, end: string): number {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  let months = 0;
  for (;;) {
    const total = m - 1 + months + 1;
    const year = y + Math.floor(total / 12);
    const month = (total % 12) + 1;
    const anniversary = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
    if (addDays(anniversary, -1) > end) return months;
    months += 1;
  }
}

describe('fullMonths', () => {
  test('agrees with the definition for every start day of 2023-2024 and ends up to 14 months on', () => {
    let pairs = 0;
    for (let start = '2023-01-01'; start <= '2024-12-31'; start = addDays(start, 1)) {
      for (let span = 0; span <= 430; span += 13) {
        const end = addDays(start, span);
        expect(fullMonths(start, end), `${start} … ${end}`).toBe(monthsByDefinition(start, end));
        pairs += 1;
      }
    }
    expect(pairs).toBe(731 * 34);
  });

  test('an end before the start counts 0', () => {
    expect(fullMonths('2025-03-01', '2025-02-28')).toBe(0);
  });
});

describe('yearOf', () => {
  test.each(['2025-06-01', '0099-01-01', '20x5-01-01', '', '12', ' 2025', '２０２５'])(
    '%j reads as Number of its first four characters',
    (iso) => {
      expect(yearOf(iso)).toBe(Number(iso.slice(0, 4)));
    },
  );
});
