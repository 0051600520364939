// The leaf acceptors agree with the zod checks they stand for, bound by bound and date by date.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isIsoDate, REJECT, trimmedText } from '../../../../../shared/schemas/fast/accept';
import { acceptorOf } from '../../../../../shared/schemas/fast/compile';

describe('isIsoDate', () => {
  const zodDate = z.iso.date();
  const years = [
    '0000',
    '0004',
    '0100',
    '0400',
    '1600',
    '1700',
    '1900',
    '1999',
    '2000',
    '2024',
    '2025',
    '2100',
    '9999',
  ];
  const two = (n: number): string => String(n).padStart(2, '0');

  test('agrees with z.iso.date() on every month 00-13 and day 00-32 of leap and common years', () => {
    let valid = 0;
    for (const y of years) {
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          const s = `${y}-${two(m)}-${two(d)}`;
          expect(isIsoDate(s), s).toBe(zodDate.safeParse(s).success);
          if (isIsoDate(s)) valid += 1;
        }
      }
    }
    // 6 leap years (0000, 0004, 0400, 1600, 2000, 2024) and 7 common ones, 0100, 1700 and 1900 among them
    expect(valid).toBe(6 * 366 + 7 * 365);
  });

  test.each([
    '2025-1-01',
    '2025-01-1',
    '2025/01/01',
    '20250101',
    ' 2025-01-01',
    '2025-01-01 ',
    '2025-01-01\n',
    '２０２５-01-01',
    '2025-01-0a',
    '-025-01-01',
    '',
  ])('%j is no date, for both', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(zodDate.safeParse(s).success).toBe(false);
  });
});

describe('trimmedText', () => {
  const bounds = [
    [1, 100],
    [2, 30],
    [0, 50],
  ] as const;
  // ASCII, CJK, astral (two UTF-16 units, one code point) and lone surrogates, around each bound.
  const pieces = ['a', '张', '𠮷', '\ud842', '\udfb7'];

  test.each(bounds)('min %i, max %i: agrees with zod’s code-point lengths', (min, max) => {
    const schema = z.string().trim().min(min).max(max);
    const accept = acceptorOf(trimmedText(schema));
    let taken = 0;
    for (const piece of pieces) {
      for (let n = 0; n <= max + 2; n += 1) {
        for (const s of [piece.repeat(n), `  ${piece.repeat(n)}\u3000`, `a${piece.repeat(n)}`]) {
          const zod = schema.safeParse(s);
          const fast = accept(s);
          if (fast === REJECT) continue;
          taken += 1;
          expect(zod.success, JSON.stringify(s)).toBe(true);
          expect(fast).toBe(zod.data);
        }
      }
    }
    expect(taken).toBeGreaterThan(max);
  });

  test('refuses a schema that is not trimmed text, so a mark cannot drift from its checks', () => {
    expect(() => trimmedText(z.string().min(1))).toThrow(/trim/);
    expect(() => trimmedText(z.string().trim().regex(/x/))).toThrow(/unexpected check/);
    expect(() => trimmedText(z.string().toLowerCase().max(3))).toThrow();
  });
});
