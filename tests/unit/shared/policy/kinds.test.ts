// Kinds no bundled pack uses yet, and dated values, through a small pack written as a new city would.
import { describe, expect, test } from 'vitest';
import { buildExampleDraft, checkDraft } from '../../../../shared/policy';
import { loadPackFolder } from '../../../../shared/policy/format/load';
import { sha256HexSync } from '../../../../shared/policy/format/sha256';

const SOURCE = `丽水市职业教育补助办法
第三条 企业建设实训基地实际投资额达到100万元的，按投资额的20%给予补助，最高不超过40万元；2026年7月1日起比例调整为30%。
第五条 对入选的专业带头人每人补助8000元，产业导师每人补助5000元。
第六条 本办法自2026年1月1日起施行，有效期至2027年12月31日。
`;

const PACK = `format: grantdesk/pack@1
id: lishui-2026
version: '2026.1'
title: 丽水市职业教育补助办法
titleEn: 'Lishui: vocational education subsidies'
docNumber: 丽政办发〔2026〕1号
issuer: 丽水市人民政府办公室
region: { code: '331100', name: 丽水市, province: 浙江省, areaCode: '0578' }
dates:
  issued: '2025-12-20'
  inForceFrom: '2026-01-01'
  inForceClause: 第六条
  periodEnd: '2027-12-31'
  periodEndClause: 第六条
  note: { zh: 2026年1月1日起施行，有效期至2027年底, en: In force 2026-01-01 to 2027-12-31 }
source:
  file: lishui.txt
  sha256: ${sha256HexSync(SOURCE)}
clauses:
  - ref: 第三条
    text: 企业建设实训基地实际投资额达到100万元的，按投资额的20%给予补助，最高不超过40万元；2026年7月1日起比例调整为30%。
  - ref: 第五条
    text: 对入选的专业带头人每人补助8000元，产业导师每人补助5000元。
  - ref: 第六条
    text: 本办法自2026年1月1日起施行，有效期至2027年12月31日。
parameters:
  base-threshold:
    unit: yuan
    values: [{ from: '2026-01-01', value: 1000000, clause: 第三条 }]
  base-rate:
    label: { zh: 实训基地补助比例, en: base rate }
    unit: percent
    values:
      - { from: '2026-01-01', value: 20, clause: 第三条 }
      - { from: '2026-07-01', value: 30, clause: 第三条 }
  base-cap:
    unit: yuan
    values: [{ from: '2026-01-01', value: 400000, clause: 第三条 }]
  leader:
    unit: yuan
    values: [{ from: '2026-01-01', value: 8000, clause: 第五条 }]
  mentor:
    unit: yuan
    values: [{ from: '2026-01-01', to: '2026-12-31', value: 5000, clause: 第五条 }]
programs:
  training-base:
    clauses: [第三条]
    amount: { kind: threshold-then-rate-cap, threshold: base-threshold, rate: base-rate, cap: base-cap }
  talent-allowance:
    clauses: [第五条]
    amount: { kind: per-unit-by-category, amounts: { specialty-leader: leader, industry-mentor: mentor } }
`;

const loaded = loadPackFolder({ packYaml: PACK, sourceTxt: SOURCE });
const pack = loaded.pack;
if (!pack) throw new Error(JSON.stringify(loaded.problems));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON drafts freely
type Raw = Record<string, any>;

function draft(program: 'training-base' | 'talent-allowance', edit: (d: Raw) => void) {
  const d = buildExampleDraft('lishui-2026', program, pack) as Raw;
  edit(d);
  return checkDraft(d, { today: d.applicationDate as string, pack });
}

describe('a new document as a pack: threshold, dated rate, categories, a value that ends', () => {
  test('it loads without a problem; the formula text is made from the parameters', () => {
    expect(loaded.problems).toEqual([]);
    expect(pack?.programs['training-base']?.formula.zh).toBe(
      '企业实际投资额达到100万元的，按投资额 × 30%补助，最高不超过40万元；不足100万元的不予补助（按申报日期所在期间取值）',
    );
    expect(pack?.programs['talent-allowance']?.formula.zh).toBe(
      '按类别每人补助：专业带头人 8000元，产业导师 5000元',
    );
  });

  test('below the threshold nothing is paid, and a warning cites the clause', () => {
    const r = draft('training-base', (d) => {
      d.data.investments = d.data.investments.slice(0, 1);
      d.data.investments[0].amountFen = 99_999_999;
    });
    expect(r.amount).toMatchObject({ status: 'computed', amountFen: 0 });
    expect(r.findings.map((f) => [f.ruleId, f.clause?.ref])).toEqual([
      ['lishui-2026.training-base.below-threshold', '第三条'],
    ]);
  });

  test('the rate is the one in force on the application date: 20% before July 2026, 30% from it', () => {
    const at = (date: string) =>
      draft('training-base', (d) => {
        d.applicationDate = date;
        d.data.investments = d.data.investments.slice(0, 1);
        d.data.investments[0].amountFen = 100_000_000;
        d.data.investments[0].invoiceDate = '2025-12-01';
        d.data.constructionStart = '2025-11-01';
        d.data.constructionEnd = '2025-12-01';
      }).amount.amountFen;
    expect(at('2026-06-30')).toBe(20_000_000);
    expect(at('2026-07-01')).toBe(30_000_000);
  });

  test('per person by category; a category the document does not pay counts 0, named', () => {
    // The example roster: 2 专业带头人, 1 产业导师, 1 技能大师 (not paid under this document).
    const r = draft('talent-allowance', (d) => {
      d.applicationDate = '2026-06-01';
    });
    expect(r.amount).toMatchObject({ status: 'computed', amountFen: 2 * 800_000 + 500_000 });
    expect(r.amount.trace).toEqual([
      '专业带头人 2 人 × 8,000.00 = 16,000.00',
      '产业导师 1 人 × 5,000.00 = 5,000.00',
      '技能大师 1 人：文件未规定该类别的补助，不计',
      '合计 21,000.00',
    ]);
  });

  test('after a value ends the amount is not computed and one error says why, never 0', () => {
    const r = draft('talent-allowance', (d) => {
      d.applicationDate = '2027-03-01';
    });
    expect(r.amount.status).toBe('incomplete');
    expect(r.amount.amountFen).toBeUndefined();
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.clause?.ref])).toEqual([
      ['lishui-2026.parameter-missing', '第五条'],
    ]);
  });

  test('after the pack ends the period finding says so, and no amount is made up', () => {
    const r = draft('talent-allowance', (d) => {
      d.applicationDate = '2028-01-05';
    });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([
      'policy.period-ended',
    ]);
    expect(r.amount.status).toBe('incomplete');
  });
});
