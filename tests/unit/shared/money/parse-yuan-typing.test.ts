import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_INPUT_FEN, formatYuan, parseYuan } from '../../../../shared/money';

/** What a prefix says, worked out independently of parseYuan: digits, one point, 万 (test amounts only). */
function meant(prefix: string): bigint {
  const ascii = Array.from(prefix)
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code >= 0xff10 && code <= 0xff19) return String.fromCodePoint(code - 0xfee0);
      return ch === '．' || ch === '。' ? '.' : ch;
    })
    .join('');
  const wan = ascii.includes('万');
  const [integer = '', decimals = ''] = ascii.replace(/[^0-9.]/g, '').split('.');
  return wan
    ? BigInt(integer || '0') * 1_000_000n + BigInt(decimals.padEnd(6, '0'))
    : BigInt(integer || '0') * 100n + BigInt(decimals.padEnd(2, '0'));
}

/** Every prefix, as an input holds it after each key. */
const prefixes = (text: string): string[] => {
  const chars = Array.from(text);
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
};

function expectPrefixesSafe(text: string): void {
  for (const prefix of prefixes(text)) {
    const result = parseYuan(prefix);
    if (result.ok) expect({ prefix, fen: result.fen }).toEqual({ prefix, fen: Number(meant(prefix)) });
    else expect({ prefix, incomplete: result.incomplete }).toEqual({ prefix, incomplete: true });
  }
}

describe('typing an amount key by key', () => {
  test.each([
    ['238760.50', 23_876_050],
    ['238,760', 23_876_000],
    ['¥1,234.56', 123_456],
    ['12.5万', 12_500_000],
    ['12.5万元', 12_500_000],
    ['１２３４．５', 123_450],
    ['１，２３４。５６', 123_456],
    ['2677593.83', 267_759_383],
    ['1,000,000,000,000.00', MAX_INPUT_FEN],
    ['0.05', 5],
    ['￥ 1 234 567.89 元', 123_456_789],
  ])('every prefix of %j parses to what it says or is incomplete; the whole is %d fen', (text, fen) => {
    expectPrefixesSafe(text);
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  test('the amounts of the bug report: no prefix of 238760.50 reads as 50.00, none of 238,760 as 760', () => {
    const seen = prefixes('238760.50').map((p) => parseYuan(p));
    expect(seen.map((r) => (r.ok ? r.fen : 'incomplete'))).toEqual([
      200,
      2_300,
      23_800,
      238_700,
      2_387_600,
      23_876_000,
      'incomplete',
      23_876_050,
      23_876_050,
    ]);
    expect(
      prefixes('238,760')
        .map((p) => parseYuan(p))
        .map((r) => (r.ok ? r.fen : 'incomplete')),
    ).toEqual([200, 2_300, 23_800, 'incomplete', 'incomplete', 'incomplete', 23_876_000]);
  });

  test('every prefix of any formatted amount is safe (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INPUT_FEN }), (fen) => {
        expectPrefixesSafe(formatYuan(fen));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseYuan properties', () => {
  const typed = fc.string({
    unit: fc.constantFrom(...Array.from('0123456789.,¥￥元万 -，．。１２０\u00A0\u2009\u200Ba亿')),
    maxLength: 30,
  });

  test('any text, typed-looking or random, never throws and gives fen in range or a bilingual refusal', () => {
    fc.assert(
      fc.property(fc.oneof(typed, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const result = parseYuan(text);
        if (result.ok) {
          expect(Number.isSafeInteger(result.fen)).toBe(true);
          expect(result.fen).toBeGreaterThanOrEqual(0);
          expect(result.fen).toBeLessThanOrEqual(MAX_INPUT_FEN);
        } else {
          expect(result.message).not.toBe('');
          expect(result.messageEn).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('formatYuan → parseYuan gives back every fen value up to the limit, with ¥ and 元 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INPUT_FEN }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
        expect(parseYuan(`¥${formatYuan(fen)}元`)).toEqual({ ok: true, fen });
        expect(parseYuan(formatYuan(fen).replace(/,/g, ''))).toEqual({ ok: true, fen });
      }),
      { numRuns: 2000 },
    );
    for (const fen of [0, 1, 99, 100, MAX_INPUT_FEN - 1, MAX_INPUT_FEN]) {
      expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
    }
    expect(parseYuan(formatYuan(MAX_INPUT_FEN + 1))).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('a huge paste is refused as too large at once, not converted', () => {
    const started = performance.now();
    expect(parseYuan('9'.repeat(100_000))).toMatchObject({ ok: false, code: 'too-large' });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
