// The shapes real bureau forms use beyond label/value tables: blanks in running text, value cells
// holding a template, two 是/否 questions in one cell, and a roster header on two rows.
import { describe, expect, it } from 'vitest';
import { fillDocxForm, scanDocxForm } from '../../../../../shared/office/docx';
import { FORMS } from '../../../../fixtures/docx/make-forms';
import { BODY_RPR, docx, runs, table, textBox, tr } from '../../../../fixtures/docx/wml-builder';
import { bodyParagraphs, documentXml, internshipSource, tables } from './docx-tools';

const source = internshipSource();
const withData = (data: Record<string, unknown>) =>
  ({ ...source, draft: { ...source.draft, data: { ...source.draft.data, ...data } } }) as typeof source;

describe('blanks in running text', () => {
  it('writes each value in place of the blank after its label; a date into its 年/月/日 blanks', async () => {
    const out = await fillDocxForm(FORMS['running-text'](), source);
    expect(bodyParagraphs(out.bytes)).toEqual([
      '附件5：企业实习补贴申报承诺书',
      '申报单位（盖章）：|衢州智造精工机械有限公司',
      '联系人：|郑晓燕|    联系电话：|0570-3021186',
      '法定代表人：|徐国平|（签字前请核对）',
      '填报日期：|2025|年|10|月|20|日',
      // A signature line is for the hand.
      '负责人签字：|____________',
      '（单位公章）',
      // The bare date under the seal is the application's date.
      '2025|年|10|月|20|日',
    ]);
    expect(
      out.report.filled.filter((f) => f.place.table === 0).map((f) => [f.label, f.path, f.place.paragraph]),
    ).toEqual([
      ['申报单位（盖章）', 'applicant.name', 2],
      ['联系人', 'applicant.contactPerson', 3],
      ['联系电话', 'applicant.phone', 3],
      ['法定代表人', 'applicant.legalRepresentative', 4],
      ['填报日期', 'applicationDate', 5],
      ['年月日', 'applicationDate', 8],
    ]);
    expect(out.report.unmatched).toEqual([]);
  });

  it('keeps the line: an underscore blank becomes an underlined value, underlined spaces keep their run', async () => {
    const xml = documentXml((await fillDocxForm(FORMS['running-text'](), source)).bytes);
    const runOf = (text: string) =>
      new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t[^>]*>${text}</w:t></w:r>`).exec(xml)?.[1];
    expect(runOf('衢州智造精工机械有限公司')).toContain('<w:u w:val="single"/>');
    expect(runOf('徐国平')).toContain('<w:u w:val="single"/>');
    expect(runOf('徐国平')).toContain('w:eastAsia="宋体"');
    // The label stays as it was, not underlined.
    expect(runOf('申报单位（盖章）：')).not.toContain('<w:u');
    // w:u sits where the schema puts it: after w:sz.
    expect(runOf('2025')).toMatch(/<w:sz w:val="24"\/><w:u w:val="single"\/>$/);
  });

  it('fills a cell of running text: 「联系人：____ 手机：____」', async () => {
    const out = await fillDocxForm(FORMS['running-text'](), source);
    expect(tables(out.bytes)[0]![0]).toEqual(['联系人：郑晓燕  手机：0570-3021186']);
  });

  it('takes a mapping for a blank in running text, and an empty path leaves it blank', async () => {
    const info = await scanDocxForm(FORMS['running-text'](), 'internship');
    const keys = info.slots.filter((s) => s.place.table === 0).map((s) => s.key);
    expect(keys).toEqual(['申报单位（盖章）', '联系人#2', '联系电话', '法定代表人', '填报日期', '年月日']);
    const out = await fillDocxForm(FORMS['running-text'](), source, {
      formFingerprint: info.fingerprint,
      fields: { '联系人#2': 'applicant.legalRepresentative', 年月日: '' },
    });
    const paragraphs = bodyParagraphs(out.bytes);
    expect(paragraphs[2]).toBe('联系人：|徐国平|    联系电话：|0570-3021186');
    expect(paragraphs[7]).toBe('　　　　年　　月　　日');
  });

  it('gives a form with blanks in its text its own fingerprint, and keeps table-only forms’ as they were', async () => {
    const running = await scanDocxForm(FORMS['running-text']());
    expect(running.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Recorded before blanks in running text were read: mappings users saved still apply.
    expect((await scanDocxForm(FORMS['label-value']())).fingerprint).toBe(
      '82904944262bbf592600389e6c9d4ef4eef5d00f1ec23fe6da631264103d730f',
    );
    expect((await scanDocxForm(FORMS.boxes())).fingerprint).toBe(
      '8eb74730fba9617f36ba7ccf55435de974849d871ff8ae8ee85f29811fe84bca',
    );
  });
});

describe('a value cell that already holds template text', () => {
  it('writes figures after 小写/¥, 大写 after its label, a date into 年/月/日', async () => {
    const rows = tables((await fillDocxForm(FORMS['running-text'](), source)).bytes)[0]!;
    expect(rows.slice(1, 4)).toEqual([
      ['申请补助金额', '（小写）3,600.00元　（大写）叁仟陆佰元整'],
      ['申请补助金额（小写）', '¥3,600.00元'],
      ['申报日期', '2025年10月20日'],
    ]);
  });
});

describe('two 是/否 questions in one cell', () => {
  it('ticks each by its own label', async () => {
    const yesNo = await fillDocxForm(
      FORMS['running-text'](),
      withData({ aboveDesignatedSize: false, complianceCertified: true }),
    );
    expect(tables(yesNo.bytes)[0]![4]).toEqual([
      '是否规模以上企业：□是 ☑否　　已经考核认定符合实习实训规范：☑是 □否',
    ]);
    const noYes = await fillDocxForm(
      FORMS['running-text'](),
      withData({ aboveDesignatedSize: true, complianceCertified: false }),
    );
    expect(tables(noYes.bytes)[0]![4]).toEqual([
      '是否规模以上企业：☑是 □否　　已经考核认定符合实习实训规范：□是 ☑否',
    ]);
    expect(noYes.report.filled.filter((f) => f.place.row === 5).map((f) => `${f.label}:${f.text}`)).toEqual([
      '是否规模以上企业:☑是',
      '已经考核认定符合实习实训规范:☑否',
    ]);
  });
});

describe('a roster header on two rows', () => {
  it('reads the columns of the lower row and fills the rows below it, adding rows past the form’s three', async () => {
    const out = await fillDocxForm(FORMS['two-level-roster'](), source);
    const rows = tables(out.bytes)[0]!;
    expect(rows.slice(0, 2)).toEqual([
      ['序号', '学生信息', '实习信息'],
      ['', '姓名', '身份证号', '专业', '实习起止日期'],
    ]);
    expect(rows.slice(2).map((r) => r.join(' '))).toEqual([
      '1 赵晓燕 330802200402061375 数控技术应用 2025年05月26日至2025年09月30日',
      '2 胡伟 330803200503111745 机电技术应用 2025年05月26日至2025年09月16日',
      '3 谢宇轩 330881200604162110 工业机器人技术应用 2025年05月26日至2025年09月30日',
      '4 曹建国 330825200405212487 数控技术应用 2025年06月26日至2025年09月16日',
      '5 潘芳 33080220050626285X 机电技术应用 2025年06月26日至2025年09月30日',
      '6 魏雨桐 330803200607033227 工业机器人技术应用 2025年06月26日至2025年09月16日',
    ]);
    expect(out.report.rosters).toEqual([
      { path: 'data.interns', rows: 6, formRows: 3, added: 3, place: { table: 1, row: 2, textBox: false } },
    ]);
    expect(out.report.unmatched).toEqual([]);
  });
});

describe('a hostile number of blanks', () => {
  const blanks = (n: number) => docx(runs([['联系人：____ '.repeat(n), BODY_RPR]]));

  it('fills 2,000 blanks of one paragraph, each with its value', async () => {
    const out = await fillDocxForm(blanks(2000), source);
    expect(out.report.filled).toHaveLength(2000);
    expect(
      bodyParagraphs(out.bytes)[0]!
        .split('|')
        .filter((t) => t === '郑晓燕'),
    ).toHaveLength(2000);
    expect(documentXml(out.bytes)).not.toContain('____');
  });

  it('refuses 2,001 by name, in both languages', async () => {
    await expect(fillDocxForm(blanks(2001), source)).rejects.toMatchObject({
      problem: 'too-many-blanks',
      message: 'Word 表格正文中的填空过多（2001 处，上限 2000 处）',
      messageEn: "Too many blanks in the Word form's text (2001, limit 2000)",
    });
  });
});

describe('blanks in a text box and units in a value cell', () => {
  it('fills both copies of a text box’s blank, listing it once; 「　　人」 takes the number before its unit', async () => {
    const form = docx(
      textBox(
        runs([
          ['联系电话：', BODY_RPR],
          ['__________', BODY_RPR],
        ]),
      ) + table([3000, 3000], [tr(['职工总数', { body: runs([['\u3000\u3000\u3000人', BODY_RPR]]) }])]),
    );
    const out = await fillDocxForm(form, source);
    const xml = documentXml(out.bytes);
    expect(xml.match(/<w:t[^>]*>0570-3021186<\/w:t>/g)).toHaveLength(2);
    expect(xml).not.toContain('__________');
    expect(out.report.filled.map((f) => [f.label, f.text, f.place.textBox])).toEqual([
      ['职工总数', '480', false],
      ['联系电话', '0570-3021186', true],
    ]);
    expect(tables(out.bytes)[0]).toEqual([['职工总数', '480人']]);
  });
});

describe('two questions of boxes in one cell, as the issue quotes them', () => {
  it('lists each question with its own options and its first box', async () => {
    const form = docx(
      table(
        [9000],
        [tr([{ body: runs([['是否产教融合型企业：□是 □否　是否已享受其他补贴：□是 □否', BODY_RPR]]) }])],
      ),
    );
    const info = await scanDocxForm(form, 'internship');
    expect(info.slots.map((s) => [s.key, s.kind, s.options])).toEqual([
      ['是否产教融合型企业', 'choice', ['是', '否']],
      ['是否已享受其他补贴', 'choice', ['是', '否']],
    ]);
    // Neither is a field of an internship draft: the user maps them, and each ticks its own box.
    const out = await fillDocxForm(form, source, {
      formFingerprint: info.fingerprint,
      fields: {
        是否产教融合型企业: 'data.aboveDesignatedSize',
        是否已享受其他补贴: 'data.complianceCertified',
      },
    });
    expect(tables(out.bytes)[0]).toEqual([['是否产教融合型企业：☑是 □否　是否已享受其他补贴：☑是 □否']]);
    const no = await fillDocxForm(form, withData({ complianceCertified: false }), {
      formFingerprint: info.fingerprint,
      fields: { 是否产教融合型企业: '', 是否已享受其他补贴: 'data.complianceCertified' },
    });
    expect(tables(no.bytes)[0]).toEqual([['是否产教融合型企业：□是 □否　是否已享受其他补贴：□是 ☑否']]);
  });
});
