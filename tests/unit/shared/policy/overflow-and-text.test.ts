// Hostile amounts and text (issue #12): a sum past 2^53 fen is an incomplete amount with a finding,
// never an exception; U+FFFD, NUL and lone surrogates in a text field are findings naming the field.
import { describe, expect, test } from 'vitest';
import { MAX_INPUT_FEN } from '../../../../shared/money';
import { byRule, check, edited, type RawDraft } from './helpers';

const OVERFLOW = {
  ruleId: 'amount.overflow',
  severity: 'error',
  path: ['data'],
  clause: null,
  message: '金额合计超过可计算的范围（90,071,992,547,409.91 元），无法计算金额；请核对各行金额是否多输了位数',
  messageEn:
    'The total is beyond what can be computed (90,071,992,547,409.91 yuan); check the amount on each row for extra digits',
};

/** 100 invoices each at the per-row maximum: 1e16 fen, past Number.MAX_SAFE_INTEGER. */
function maxedInvoices(d: RawDraft): void {
  const first = d['data'].investments[0];
  d['data'].investments = Array.from({ length: 100 }, (_, i) => ({
    ...first,
    invoiceNumber: `2533233080200010${String(i).padStart(4, '0')}`,
    amountFen: MAX_INPUT_FEN,
  }));
}

describe('a total past the safe-integer range', () => {
  test.each([
    ['quzhou-2025', 'training-base'],
    ['wuzhou-2024', 'surcharge-credit'],
  ] as const)('%s %s: incomplete amount and one overflow finding, no exception', (policy, program) => {
    const result = check(edited(policy, program, maxedInvoices));
    expect(result.amount).toMatchObject({
      status: 'incomplete',
      note: '金额合计超过可计算的范围，请核对各行金额',
      noteEn: 'The total is beyond what can be computed; check the amount on each row',
    });
    expect(result.amount.amountFen).toBeUndefined();
    expect(byRule(result, 'amount.overflow')).toEqual([OVERFLOW]);
  });

  test('one row fewer at the maximum still computes (the limit is the sum, not the row)', () => {
    const result = check(
      edited('quzhou-2025', 'training-base', (d) => {
        maxedInvoices(d);
        d['data'].investments = d['data'].investments.slice(0, 90);
      }),
    );
    expect(result.amount).toMatchObject({ status: 'computed', amountFen: 50_000_000 });
    expect(byRule(result, 'amount.overflow')).toEqual([]);
  });
});

describe('an amount of 1e308', () => {
  test('names the real input limit once, not the safe-integer bound', () => {
    const result = check(
      edited('quzhou-2025', 'training-base', (d) => {
        d['data'].investments[0].amountFen = 1e308;
      }),
    );
    const tooBig = byRule(result, 'schema.too_big');
    expect(tooBig.map((f) => [f.message, f.messageEn])).toEqual([
      [
        '投资明细第1行「金额」不能大于1,000,000,000,000.00元',
        'Investment items row 1, "Amount" must be at most 1,000,000,000,000.00',
      ],
    ]);
    expect(result.amount.note).toBe('草稿有 1 处填写错误，修正后才能计算金额');
  });
});

describe('unreadable characters in text fields', () => {
  test('U+FFFD, NUL and a lone surrogate are each an error naming the field and row, in zh and en', () => {
    const result = check(
      edited('quzhou-2025', 'training-base', (d) => {
        d['applicant'].name = '衢州\uFFFD\uFFFD精工机械有限公司';
        d['applicant'].address = '浙江省衢州市\u0000衢江区';
        d['data'].investments[1].name = '数控\uD800机床';
        d['applicant'].contactPerson = '郑\uDC00燕\u0000';
      }),
    );
    const found = byRule(result, 'text.bad-characters').map((f) => ({
      severity: f.severity,
      path: f.path,
      message: f.message,
      messageEn: f.messageEn,
    }));
    expect(found).toEqual([
      {
        severity: 'error',
        path: ['applicant', 'name'],
        message: '「企业名称」含有乱码替换符“�”（文件编码可能不对），请重新输入',
        messageEn:
          '"Enterprise name" contains the replacement character “�” (wrong file encoding?); type it again',
      },
      {
        severity: 'error',
        path: ['applicant', 'address'],
        message: '「地址」含有空字符（NUL），请重新输入',
        messageEn: '"Address" contains a NUL character; type it again',
      },
      {
        severity: 'error',
        path: ['applicant', 'contactPerson'],
        message: '「联系人」含有空字符（NUL）、不成对的代理字符（残缺的字），请重新输入',
        messageEn:
          '"Contact person" contains a NUL character, an unpaired surrogate (a broken character); type it again',
      },
      {
        severity: 'error',
        path: ['data', 'investments', 1, 'name'],
        message: '投资明细第2行「项目名称」含有不成对的代理字符（残缺的字），请重新输入',
        messageEn:
          'Investment items row 2, "Item" contains an unpaired surrogate (a broken character); type it again',
      },
    ]);
  });

  test('also while the draft has other field errors', () => {
    const result = check(
      edited('quzhou-2025', 'training-base', (d) => {
        d['applicant'].name = '\uFFFD';
        d['applicant'].phone = 'abc';
      }),
    );
    expect(byRule(result, 'text.bad-characters').map((f) => f.path)).toEqual([['applicant', 'name']]);
    expect(result.amount.status).toBe('incomplete');
  });

  test('paired surrogates (𠀀, emoji) and ordinary Chinese are clean', () => {
    const result = check(
      edited('quzhou-2025', 'training-base', (d) => {
        d['applicant'].address = '浙江省衢州市𠀀路18号';
      }),
    );
    expect(byRule(result, 'text.bad-characters')).toEqual([]);
  });
});
