import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../shared/pdf';

// Full-width characters 10 units, everything else 5: easy to reason about line capacity.
const measure = (text: string) => {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef“”‘’…—]/.test(ch) ? 10 : 5;
  return w;
};

describe('wrapText', () => {
  it.each([
    [
      'breaks between any two CJK characters',
      '衢州市产教融合实训基地',
      40,
      ['衢州市产', '教融合实', '训基地'],
    ],
    ['fits exactly without breaking', '申报单位', 40, ['申报单位']],
    [
      'moves the preceding character with a 。 that would start a line',
      '一二三四。五',
      40,
      ['一二三', '四。五'],
    ],
    ['moves the preceding character with a ，', '一二三四，五六', 40, ['一二三', '四，五六']],
    ['handles several closing marks in a row', '一二三四）。', 40, ['一二三', '四）。']],
    ['never leaves （ at the end of a line', '一二三（四）', 40, ['一二三', '（四）']],
    ['never leaves 《 at the end of a line', '依据一《办法》', 40, ['依据一', '《办法》']],
    ['keeps a number whole', '金额2,400,000.00元', 75, ['金额', '2,400,000.00元']],
    ['keeps a credit code whole', '代码91330800MA2XXXXX', 95, ['代码', '91330800MA2XXXXX']],
    [
      'keeps Latin words whole and drops the space at the break',
      'hello world again',
      60,
      ['hello world', 'again'],
    ],
    [
      'splits a run longer than the line by character',
      'ABCDEFGHIJKLMNOPQRST',
      50,
      ['ABCDEFGHIJ', 'KLMNOPQRST'],
    ],
    [
      'splits an over-long code and continues on the same line',
      '号91330800MA2X号',
      40,
      ['号', '91330800', 'MA2X号'],
    ],
    ['honours explicit newlines', '第一行\n第二行', 100, ['第一行', '第二行']],
    ['keeps an empty paragraph as an empty line', '甲\n\n乙', 100, ['甲', '', '乙']],
    ['keeps a percentage with its number', '比例为12.5%的', 40, ['比例为', '12.5%的']],
    [
      'lets punctuation hang rather than start a line when a single unit is too wide',
      '（试行），',
      20,
      ['（试', '行），'],
    ],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, measure)).toEqual(expected);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text =
      '根据《衢州市产教融合实训基地建设补助办法》（试行），补助比例为20%；上限500,000.00元。“教学、培训”……';
    for (let width = 20; width <= 200; width += 5) {
      const lines = wrapText(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line.length).toBeGreaterThan(0);
        expect('，。、；：？！）》」』】〕…’”%').not.toContain(line[0]);
        expect('（《「『【〔‘“').not.toContain(line.at(-1));
      }
    }
  });

  it('keeps every line within the width unless a single unbreakable atom is wider', () => {
    const text = '申报单位承诺：本单位对所提交材料的真实性、完整性和合法性负责，金额2,400,000.00元。';
    for (const line of wrapText(text, 70, measure)) expect(measure(line)).toBeLessThanOrEqual(70);
  });

  it('shortens the first line by the indent', () => {
    expect(wrapText('一二三四五六', 40, measure, { firstLineIndent: 20 })).toEqual(['一二', '三四五六']);
  });
});
