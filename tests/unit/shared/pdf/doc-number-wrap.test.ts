// A 文号 (document number) is one unit for the wrapper: never broken unless wider than the line.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../shared/pdf';

// Full-width characters 10 units, everything else 5 (as in wrap-text.test.ts).
const measure = (text: string) => {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef“”‘’…—]/.test(ch) ? 10 : 5;
  return w;
};

describe('a 文号 in wrapped text', () => {
  it.each([
    ['〔〕', '根据永职院发〔2025〕12号文件执行', '永职院发〔2025〕12号'],
    ['[]', '根据济教字[2025]8号文件执行', '济教字[2025]8号'],
    ['()', '依照临平政办(2023)8号文件执行', '临平政办(2023)8号'],
    ['（）', '依照梧政办发（2024）35号文件', '梧政办发（2024）35号'],
  ])('with %s stays whole on one line at every width that can hold it', (_brackets, text, docNumber) => {
    for (let width = measure(docNumber); width <= measure(text); width += 5) {
      const lines = wrapText(text, width, measure);
      expect(lines.join(''), `width ${width}`).toBe(text);
      expect(
        lines.some((l) => l.includes(docNumber)),
        `width ${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
  });

  it('moves the whole 文号 to the next line rather than breaking after 发 or 〕', () => {
    expect(wrapText('根据永职院发〔2025〕12号文件', 100, measure)).toEqual([
      '根据',
      '永职院发〔2025〕12号',
      '文件',
    ]);
  });

  it('keeps a closing bracket after the 文号 with it', () => {
    expect(wrapText('（永政发〔2021〕7号）', 100, measure)).toEqual(['（永政发〔2021〕7号）']);
  });

  it('breaks a 文号 only when it is wider than the line', () => {
    const lines = wrapText('永职院发〔2025〕12号', 60, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('永职院发〔2025〕12号');
  });
});
