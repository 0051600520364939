import { expect, test } from 'vitest';
import { normalizeIdentifier } from '../../../../shared/ids';

test.each([
  ['ａｂｃ１２３', 'ABC123'],
  ['ＡＢＣ', 'ABC'],
  [' 9 1\u3000x ', '91X'],
  ['1\t2\n3\u00A04', '1234'],
  ['\u200B1\u200C2\u200D3\u20604\uFEFF', '1234'],
  ['abc-def', 'ABC-DEF'],
  ['统一代码', '统一代码'],
  ['（０５７０）', '（0570）'],
  ['', ''],
])('normalizeIdentifier(%j) is %j', (input, output) => {
  expect(normalizeIdentifier(input)).toBe(output);
});
