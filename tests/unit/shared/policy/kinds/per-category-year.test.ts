// per-unit-by-category with `per: person-year`: Σ people of (their level's amount a year × their counted years),
// years = whole months of the course ÷ 12, each person rounded down to the fen; the formula text from the numbers.
import { describe, expect, test } from 'vitest';
import { buildExampleDraft, checkDraft } from '../../../../../shared/policy';
import { loadPackFolder } from '../../../../../shared/policy/format/load';
import { sha256HexSync } from '../../../../../shared/policy/format/sha256';

const SOURCE = `某市企业新型学徒制补贴办法
第四条 学徒取得中级工证书的每人每年补贴4000元，取得高级工证书的每人每年补贴5000元。
第六条 本办法自2026年1月1日起施行，有效期至2027年12月31日。
`;

const pack = (amount: string, program = 'apprenticeship') => `format: grantdesk/pack@1
id: peryear-2026
version: '2026.1'
title: 某市企业新型学徒制补贴办法
titleEn: 'A city: apprenticeship subsidies'
docNumber: 某人社发〔2026〕1号
issuer: 某市人力资源和社会保障局
region: { code: '320600', name: 某市, province: 江苏省, areaCode: '0513' }
dates:
  issued: '2025-12-20'
  inForceFrom: '2026-01-01'
  inForceClause: 第六条
  periodEnd: '2027-12-31'
  periodEndClause: 第六条
  note: { zh: 2026年1月1日起施行, en: In force from 2026-01-01 }
source:
  file: source.txt
  sha256: ${sha256HexSync(SOURCE)}
clauses:
  - ref: 第四条
    text: 学徒取得中级工证书的每人每年补贴4000元，取得高级工证书的每人每年补贴5000元。
  - ref: 第六条
    text: 本办法自2026年1月1日起施行，有效期至2027年12月31日。
parameters:
  level-4:
    unit: yuan
    values: [{ from: '2026-01-01', value: 4000, clause: 第四条 }]
  level-3:
    unit: yuan
    values: [{ from: '2026-01-01', value: 5000, clause: 第四条 }]
programs:
  ${program}:
    clauses: [第四条]
    amount: ${amount}
`;

const PER_YEAR =
  '{ kind: per-unit-by-category, per: person-year, amounts: { level-4: level-4, level-3: level-3 } }';
const loaded = loadPackFolder({ packYaml: pack(PER_YEAR), sourceTxt: SOURCE });
const yearly = loaded.pack;
if (!yearly) throw new Error(JSON.stringify(loaded.problems));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON drafts freely
type Raw = Record<string, any>;

/** The example draft (5 apprentices, 3 at level-4 then 2 at level-3, one-year courses) with `ends` (by row) as end dates. */
function amountOf(ends: Readonly<Record<number, string>>, edit: (d: Raw) => void = () => {}) {
  const d = buildExampleDraft('peryear-2026', 'apprenticeship', yearly) as Raw;
  for (const [i, end] of Object.entries(ends)) d.data.apprentices[Number(i)].endDate = end;
  edit(d);
  return checkDraft(d, { today: d.applicationDate as string, pack: yearly }).amount;
}

describe('per-unit-by-category, per: person-year', () => {
  test('it loads without a problem and writes its formula from the numbers, with its rounding', () => {
    expect(loaded.problems).toEqual([]);
    expect(yearly.programs.apprenticeship?.formula).toEqual({
      zh: '四级/中级工每人每年4000元，三级/高级工每人每年5000元；每人年数按培训起止日期的整月数 ÷ 12 计（不足一月不计），金额不足1分舍去',
      en: 'Level 4 (intermediate) 4,000 yuan per person per year, Level 3 (senior) 5,000 yuan per person per year; years per person = whole months from the course start to its end ÷ 12 (a part month is not counted); amounts rounded down to the fen',
    });
  });

  test('one year each: 3 × 4000 + 2 × 5000 = 22,000.00 元, as the one-time rule would give', () => {
    const d = buildExampleDraft('peryear-2026', 'apprenticeship', yearly) as Raw;
    expect(d.data.apprentices[0].startDate).toBe('2026-01-11');
    expect(d.data.apprentices[0].endDate).toBe('2027-01-10');
    expect(amountOf({})).toMatchObject({ status: 'computed', amountFen: 2_200_000 });
  });

  test('a two-year 高级工 gets 10,000.00 元; three years 15,000.00', () => {
    expect(amountOf({ 3: '2028-01-10' })).toMatchObject({ amountFen: 2_700_000 });
    expect(amountOf({ 3: '2029-01-10' })).toMatchObject({ amountFen: 3_200_000 });
  });

  test('part years: whole months ÷ 12, a part month dropped, each person rounded down to the fen', () => {
    // 7 months: 4000 × 7/12 = 2333.333… → 2333.33
    expect(amountOf(['2026-08-10'])).toMatchObject({ amountFen: 2_200_000 - 400_000 + 233_333 });
    // one day short of 7 months counts 6: 4000 × 6/12 = 2000.00
    expect(amountOf(['2026-08-09'])).toMatchObject({ amountFen: 2_200_000 - 400_000 + 200_000 });
    // two people at 1 month each: 333.33 + 333.33 (rounded per person, not on the sum: 666.66, not 666.67)
    expect(amountOf(['2026-02-10', '2026-02-10'])).toMatchObject({
      amountFen: 2_200_000 - 800_000 + 2 * 33_333,
    });
    // 13 months of a 高级工: 5000 × 13/12 = 5416.666… → 5416.66
    expect(amountOf({ 3: '2027-02-10' })).toMatchObject({ amountFen: 2_200_000 - 500_000 + 541_666 });
  });

  test('a course under a month counts 0, and a person listed twice counts once (first row)', () => {
    expect(amountOf(['2026-02-09'])).toMatchObject({ amountFen: 1_800_000 });
    const twice = amountOf([], (d) => {
      d.data.apprentices.push({ ...d.data.apprentices[3], endDate: '2030-01-10' });
    });
    expect(twice.amountFen).toBe(2_200_000);
  });

  test('the trace names each person with their years', () => {
    const a = amountOf({ 0: '2026-08-10', 3: '2028-01-10' });
    expect(a.trace.slice(0, 2)).toEqual([
      expect.stringMatching(/^四级\/中级工 .+：每年 4,000\.00 × 7 个月（7\/12 年） = 2,333\.33$/),
      expect.stringMatching(/^四级\/中级工 .+：每年 4,000\.00 × 1 年 = 4,000\.00$/),
    ]);
    expect(a.trace).toContainEqual(
      expect.stringMatching(/^三级\/高级工 .+：每年 5,000\.00 × 2 年 = 10,000\.00$/),
    );
    expect(a.trace.at(-1)).toBe('合计 25,333.33');
  });

  test('without `per` (or per: person) the amount is once per person, as before', () => {
    const once = loadPackFolder({
      packYaml: pack(
        '{ kind: per-unit-by-category, per: person, amounts: { level-4: level-4, level-3: level-3 } }',
      ),
      sourceTxt: SOURCE,
    }).pack!;
    const d = buildExampleDraft('peryear-2026', 'apprenticeship', once) as Raw;
    d.data.apprentices[3].endDate = '2028-01-10';
    expect(checkDraft(d, { today: d.applicationDate, pack: once }).amount.amountFen).toBe(2_200_000);
    expect(once.programs.apprenticeship?.formula.zh).toBe(
      '按类别每人补助：四级/中级工 4000元，三级/高级工 5000元',
    );
  });

  test('per: person-year where the roster has no course dates (talent allowance) is refused at its place', () => {
    const r = loadPackFolder({
      packYaml: pack(
        '{ kind: per-unit-by-category, per: person-year, amounts: { specialty-leader: level-4 } }',
        'talent-allowance',
      ),
      sourceTxt: SOURCE,
    });
    expect(r.pack).toBeUndefined();
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        file: 'pack.yaml',
        code: 'kind-field',
        zh: expect.stringContaining('没有培训起止日期，不能按每人每年计算'),
      }),
    );
    const bad = loadPackFolder({
      packYaml: pack('{ kind: per-unit-by-category, per: month, amounts: { level-4: level-4 } }'),
      sourceTxt: SOURCE,
    });
    expect(bad.pack).toBeUndefined();
  });
});
