// Property tests of the identifier checks users feed (typed, pasted, imported): any text gives a result with a
// message in both languages, never an exception; valid codes are accepted whatever way they are typed, and any
// one changed character of a valid code is refused.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkBankAccount,
  checkMobile,
  checkOrgCode,
  checkPhone,
  checkResidentId,
  checkSchoolCode,
  checkUscc,
  normalizeIdentifier,
} from '../../../../shared/ids';
import { makeResidentId, makeUscc } from './make-codes';

const AS_OF = '2026-12-03';

const CHECKS: ReadonlyArray<[string, (s: string) => { ok: boolean }]> = [
  ['统一社会信用代码', checkUscc],
  ['身份证号', (s) => checkResidentId(s, { asOf: AS_OF })],
  ['手机号', checkMobile],
  ['电话', checkPhone],
  ['学校标识码', checkSchoolCode],
  ['单位代码（企业）', (s) => checkOrgCode(s, 'enterprise')],
  ['单位代码（学校）', (s) => checkOrgCode(s, 'school')],
  ['银行账号', checkBankAccount],
];

// Text as it arrives from users and files: digits and letters in both widths, Chinese, spaces of every kind,
// zero-width characters, lone surrogates, NUL and U+FFFD.
const hostileChar = fc.oneof(
  fc.constantFrom(...'0123456789Xx-（）()#+ 　\u00a0\u200b\ufeff\u0000\ufffd'.split('')),
  fc.constantFrom(...'０１２３４５６７８９ＡＸｘ'.split('')),
  fc.constantFrom('\ud800', '\udfff', '𠮷', '衢', '州'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const hostileText = fc.oneof(
  fc.string({ unit: hostileChar, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

type Result =
  { ok: true; value: string } | { ok: false; message: string; messageEn: string; position?: number };

describe('identifier checks take any text', () => {
  test.each(CHECKS)('%s: a result with both messages, never an exception', (_name, check) => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const r = check(text) as Result;
        if (r.ok) {
          expect(typeof r.value).toBe('string');
          return;
        }
        expect(r.message.length).toBeGreaterThan(0);
        expect(r.messageEn.length).toBeGreaterThan(0);
        // English words the problem in English; only the characters quoted from the input may be Chinese.
        if (!/[\u3000-\uffff]/.test(text)) expect(r.messageEn).not.toMatch(/[\u4e00-\u9fff]/);
        if (r.position !== undefined) expect(r.position).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  test.each(CHECKS)('%s: a 1,000,000-character paste is answered at once', (_name, check) => {
    const r = check('1'.repeat(1_000_000)) as Result;
    expect(r.ok).toBe(false);
    // A message never echoes the whole paste back.
    if (!r.ok) expect(r.message.length).toBeLessThan(500);
  });
});

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: n, maxLength: n });
const usccChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''));
const orgChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''));
const validUscc = fc
  .tuple(
    fc.constantFrom('91', '92', '93', '12', '52'),
    fc.constantFrom('330803', '431100', '110105'),
    fc.string({ unit: orgChar, minLength: 8, maxLength: 8 }),
  )
  .map(([head, division, body]) => makeUscc(head + division, body));
const validResidentId = fc
  .tuple(fc.constantFrom('330803', '431102', '110105'), fc.integer({ min: 0, max: 365 * 89 }), digits(3))
  .map(([area, day, seq]) => {
    const birth = new Date(Date.UTC(1930, 0, 1) + day * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    return makeResidentId(area + birth + seq);
  });

/** Typed as users type: lower-case x, full-width characters, spaces between groups. */
const asTyped = (code: string, style: number) => {
  if (style === 1) return code.toLowerCase();
  if (style === 2)
    return code.replace(/[0-9A-Z]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));
  if (style === 3) return code.replace(/(.{4})/g, '$1 ').trim();
  return code;
};

describe('valid codes are accepted however they are typed, and a changed character is refused', () => {
  test('统一社会信用代码', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 0, max: 3 }), fc.nat(17), usccChar, (code, style, at, ch) => {
        const r = checkUscc(asTyped(code, style));
        expect(r).toMatchObject({ ok: true, value: code });
        // The normalised value is a fixed point: checking it again gives it back.
        expect(normalizeIdentifier(code)).toBe(code);
        fc.pre(code.charAt(at) !== ch);
        expect(checkUscc(code.slice(0, at) + ch + code.slice(at + 1)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('身份证号', () => {
    fc.assert(
      fc.property(
        validResidentId,
        fc.integer({ min: 0, max: 3 }),
        fc.nat(17),
        digits(1),
        (id, style, at, d) => {
          expect(checkResidentId(asTyped(id, style), { asOf: AS_OF })).toMatchObject({ ok: true, value: id });
          fc.pre(id.charAt(at) !== d);
          expect(checkResidentId(id.slice(0, at) + d + id.slice(at + 1), { asOf: AS_OF }).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
