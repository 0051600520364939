import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../../shared/dates';

describe('parseDate accepts what offices type', () => {
  test.each([
    ['2025-11-20', '2025-11-20'],
    ['2025/11/20', '2025-11-20'],
    ['2025.11.20', '2025-11-20'],
    ['20251120', '2025-11-20'],
    ['2025年11月20日', '2025-11-20'],
    ['2025年11月20', '2025-11-20'],
    ['2025-1-5', '2025-01-05'],
    ['2025/1/5', '2025-01-05'],
    ['2025年1月5日', '2025-01-05'],
    ['２０２５－１１－２０', '2025-11-20'],
    ['２０２５／１１／２０', '2025-11-20'],
    ['２０２５年１１月２０日', '2025-11-20'],
    ['２０２５１１２０', '2025-11-20'],
    ['2025。11。20', '2025-11-20'],
    [' 2025 年 11 月 20 日 ', '2025-11-20'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2025-12-31', '2025-12-31'],
  ])('%j → %s', (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, iso });
  });
});

describe('parseDate refuses, naming the problem', () => {
  test.each([
    [
      '2025-02-30',
      'day',
      '2025年2月没有30日（该月只有28天）',
      'February 2025 has no day 30 (it has 28 days)',
    ],
    [
      '2025-02-29',
      'day',
      '2025年2月没有29日（该月只有28天）',
      'February 2025 has no day 29 (it has 28 days)',
    ],
    [
      '1900-02-29',
      'day',
      '1900年2月没有29日（该月只有28天）',
      'February 1900 has no day 29 (it has 28 days)',
    ],
    ['2025-04-31', 'day', '2025年4月没有31日（该月只有30天）', 'April 2025 has no day 31 (it has 30 days)'],
    [
      '2025年11月0日',
      'day',
      '2025年11月没有0日（该月只有30天）',
      'November 2025 has no day 0 (it has 30 days)',
    ],
    ['2025-13-01', 'month', '没有 13 月，月份应为 1–12', 'There is no month 13; a month is 1 to 12'],
    ['20250001', 'month', '没有 0 月，月份应为 1–12', 'There is no month 0; a month is 1 to 12'],
    ['2025-13', 'month', '没有 13 月，月份应为 1–12', 'There is no month 13; a month is 1 to 12'],
    ['0225-11-20', 'year', '年份 225 不对，应在 1900–2100 之间', 'The year 225 is not between 1900 and 2100'],
    [
      '2025-11/20',
      'format',
      expect.stringContaining('「2025-11/20」不是日期'),
      expect.stringContaining('is not a date'),
    ],
    ['11/20/2025', 'format', expect.stringContaining('不是日期'), expect.stringContaining('is not a date')],
    ['2025-11-20-1', 'format', expect.stringContaining('不是日期'), expect.stringContaining('is not a date')],
    ['明天', 'format', expect.stringContaining('「明天」不是日期'), expect.stringContaining('is not a date')],
    ['202511201', 'format', expect.stringContaining('不是日期'), expect.stringContaining('is not a date')],
    ['2'.repeat(41), 'format', expect.stringContaining('日期太长'), expect.stringContaining('too long')],
  ])('%j', (input, code, message, messageEn) => {
    const result = parseDate(input);
    expect(result).toEqual({ ok: false, code, message, messageEn });
  });
});

/** Every prefix, as an input holds it after each key. */
const prefixes = (text: string): string[] => {
  const chars = Array.from(text);
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
};

describe('typing a date key by key', () => {
  test.each([
    '2025-11-20',
    '2025/11/20',
    '2025.11.20',
    '20251120',
    '2025年11月20日',
    '2025-1-5',
    '２０２５／１１／２０',
  ])('no prefix of %j is refused: each is half-typed or a date it spells', (text) => {
    for (const prefix of prefixes(text)) {
      const result = parseDate(prefix);
      if (result.ok) expect(result.iso.replace(/-/g, '')).toMatch(/^2025(11(0[2]|20)|0105|010?5?)$/);
      else expect({ prefix, incomplete: result.incomplete }).toEqual({ prefix, incomplete: true });
    }
    expect(parseDate(text).ok).toBe(true);
  });

  test('the half-typed prefixes of 20251120 commit nothing until the eighth digit', () => {
    expect(prefixes('20251120').map((p) => parseDate(p).ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  test('any text never throws and is a real date or a bilingual refusal (property)', () => {
    const typed = fc.string({
      unit: fc.constantFrom(...Array.from('0123456789-/.年月日 ２０１／')),
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.oneof(typed, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const result = parseDate(text);
        if (result.ok) {
          expect(result.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${result.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result.iso);
        } else {
          expect(result.message).not.toBe('');
          expect(result.messageEn).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('every real day from 1900 to 2100 reads back from each written form (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          for (const text of [
            iso,
            iso.replace(/-/g, '/'),
            iso.replace(/-/g, ''),
            `${y}年${Number(m)}月${Number(d)}日`,
          ]) {
            expect(parseDate(text)).toEqual({ ok: true, iso });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
