// The four office-made Word forms filled from the internship example: exact cell texts read back
// from the XML, the form's own run properties kept, roster rows cloned, boxes ticked, text boxes filled.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError, fillDocxForm, scanDocxForm, type DocxMapping } from '../../../../../shared/office/docx';
import { FORMS } from '../../../../fixtures/docx/make-forms';
import { documentXml, internshipSource, tables } from './docx-tools';

const source = internshipSource();

describe('label/value form with merged cells and vertical labels', () => {
  it('fills every recognised label and reports the one it does not know', async () => {
    const out = await fillDocxForm(FORMS['label-value'](), source);
    expect(tables(out.bytes)[0]).toEqual([
      ['申/报/单/位', '企业名称', '衢州智造精工机械有限公司'],
      ['', '统一社会信用代码', '91330803MA2DK7Q30T', '法定代表人', '徐国平'],
      ['', '联系人及电话', '郑晓燕 0570-3021186', '地  址', '浙江省衢州市衢江区廿里镇百灵北路18号'],
      ['', '开户行', '中国工商银行衢州衢江支行', '银行账号', '1209270019200123456'],
      ['申请补助金额', '小写（元）', '3,600.00'],
      ['', '大写', '叁仟陆佰元整'],
      ['项目名称', '企业实习实训补助', '申报日期', '2025年10月20日'],
      ['职工总数（人）', '安排实习岗位数', '填报人'],
      ['480', '12', ''],
    ]);
    expect(out.report.unmatched).toEqual([
      { key: '填报人', label: '填报人', kind: 'text', place: { table: 1, row: 8, textBox: false } },
    ]);
    expect(out.report.filled.map((f) => `${f.label}→${f.path}`)).toContain('联系人及电话→applicant.contact');
  });

  it("writes values in the value cell's own font (its paragraph mark), not the label's", async () => {
    const out = await fillDocxForm(FORMS['label-value'](), source);
    const xml = documentXml(out.bytes);
    const run =
      /<w:r><w:rPr><w:rFonts[^>]*w:eastAsia="([^"]+)"[^>]*\/><w:sz w:val="(\d+)"\/><\/w:rPr><w:t>衢州智造精工机械有限公司<\/w:t><\/w:r>/.exec(
        xml,
      );
    expect(run?.slice(1)).toEqual(['仿宋', '21']);
  });

  it('takes a saved mapping for the unknown label and refuses one saved for another form', async () => {
    const info = await scanDocxForm(FORMS['label-value'](), 'internship');
    const mapping: DocxMapping = {
      formFingerprint: info.fingerprint,
      fields: { 填报人: 'applicant.contactPerson' },
    };
    const out = await fillDocxForm(FORMS['label-value'](), source, mapping);
    expect(tables(out.bytes)[0]![8]).toEqual(['480', '12', '郑晓燕']);
    expect(out.report.unmatched).toEqual([]);
    await expect(fillDocxForm(FORMS.boxes(), source, mapping)).rejects.toMatchObject({
      problem: 'mapping-mismatch',
      messageEn: expect.stringContaining('another Word form'),
    });
  });

  it('gives the same form the same fingerprint whichever draft fills it, another form another', async () => {
    const a = await scanDocxForm(FORMS['label-value']());
    const b = await scanDocxForm(FORMS['label-value'](), 'internship');
    const c = await scanDocxForm(FORMS.roster(), 'internship');
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });
});

describe('roster table with five empty rows', () => {
  it('fills six interns row by row, adding a sixth row cloned from the form’s own row', async () => {
    const out = await fillDocxForm(FORMS.roster(), source);
    const rows = tables(out.bytes)[0]!;
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(['序号', '姓名', '身份证号码', '就读学校', '专业', '实习岗位']);
    expect(rows[1]).toEqual(['1', '赵晓燕', '330802200402061375', '衢州职业技术学院', '数控技术应用', '']);
    expect(rows[6]).toEqual([
      '6',
      '魏雨桐',
      '330803200607033227',
      '衢州中等专业学校',
      '工业机器人技术应用',
      '',
    ]);
    expect(out.report.rosters).toEqual([
      { path: 'data.interns', rows: 6, formRows: 5, added: 1, place: { table: 1, row: 1, textBox: false } },
    ]);
    expect(out.report.unmatched.map((u) => u.key)).toEqual(['col:实习岗位']);
    // The added row carries the form's row height and cell properties.
    const xml = documentXml(out.bytes);
    expect(xml.match(/<w:trHeight w:val="420"\/>/g)).toHaveLength(6);
  });

  it('fills a mapped column and leaves rows past the roster empty', async () => {
    const info = await scanDocxForm(FORMS.roster(), 'internship');
    const short = {
      ...source,
      draft: {
        ...source.draft,
        data: {
          ...source.draft.data,
          interns: (source.draft.data as { interns: unknown[] }).interns.slice(0, 2),
        },
      },
    } as typeof source;
    const out = await fillDocxForm(FORMS.roster(), short, {
      formFingerprint: info.fingerprint,
      fields: { 'col:实习岗位': 'data.interns[].major' },
    });
    const rows = tables(out.bytes)[0]!;
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual([
      '2',
      '胡伟',
      '330803200503111745',
      '衢州中等专业学校',
      '机电技术应用',
      '机电技术应用',
    ]);
    expect(rows[3]).toEqual(['3', '', '', '', '', '']);
  });
});

describe('a long roster', () => {
  const withInterns = (n: number) => {
    const interns = (source.draft.data as { interns: Record<string, unknown>[] }).interns;
    const many = Array.from({ length: n }, (_, i) => ({
      ...interns[i % interns.length],
      name: `学生${i + 1}`,
    }));
    return {
      ...source,
      draft: { ...source.draft, data: { ...source.draft.data, interns: many } },
    } as typeof source;
  };

  it('adds 35 rows in order, each a copy of the form row without repeated namespace declarations', async () => {
    const out = await fillDocxForm(FORMS.roster(), withInterns(40));
    const rows = tables(out.bytes)[0]!;
    expect(rows).toHaveLength(41);
    expect(rows.slice(1).map((r) => `${r[0]}:${r[1]}`)).toEqual(
      Array.from({ length: 40 }, (_, i) => `${i + 1}:学生${i + 1}`),
    );
    const xml = documentXml(out.bytes);
    expect(xml).not.toMatch(/<w:tr [^>]*xmlns/);
    expect(xml).not.toContain('gdRows');
    expect(xml.match(/<w:trHeight w:val="420"\/>/g)).toHaveLength(40);
    expect(out.report.rosters[0]).toMatchObject({ rows: 40, formRows: 5, added: 35 });
  });

  it('refuses a roster past 5,000 rows by name', async () => {
    await expect(fillDocxForm(FORMS.roster(), withInterns(5001))).rejects.toMatchObject({
      problem: 'roster-too-long',
      message: '名单有 5001 行，超过 Word 表格可填写的上限 5000 行',
    });
  });
});

describe('是/否 boxes and labels with full-width spaces', () => {
  it('ticks the box the draft says, in a group split over runs too', async () => {
    const out = await fillDocxForm(FORMS.boxes(), source);
    expect(tables(out.bytes)[0]).toEqual([
      ['企　业　名　称：', '衢州智造精工机械有限公司'],
      ['是否规模以上企业', '☑是　　□否'],
      ['已经考核认定符合实习实训规范', '☑是   ☐否', '（须附认定文件）'],
      ['职　工　总　数', '480'],
      ['联系电话：0570-3021186', '（请填写手机或座机）'],
    ]);
  });

  it('ticks 否 for a false value', async () => {
    const no = {
      ...source,
      draft: { ...source.draft, data: { ...source.draft.data, aboveDesignatedSize: false } },
    } as typeof source;
    const out = await fillDocxForm(FORMS.boxes(), no);
    expect(tables(out.bytes)[0]![1]).toEqual(['是否规模以上企业', '□是　　☑否']);
  });
});

describe('a form inside a text box', () => {
  it('fills both copies Word keeps (DrawingML and its VML fallback), listing each label once', async () => {
    const out = await fillDocxForm(FORMS['text-box'](), source);
    const expected = [
      ['单位名称', '衢州智造精工机械有限公司'],
      ['统一社会信用代码', '91330803MA2DK7Q30T'],
      ['法 定 代 表 人', '徐国平'],
      ['联系电话', '0570-3021186'],
    ];
    expect(tables(out.bytes)).toEqual([expected, expected]);
    expect(out.report.filled.map((f) => f.label)).toEqual([
      '单位名称',
      '统一社会信用代码',
      '法定代表人',
      '联系电话',
    ]);
    expect(out.report.filled.every((f) => f.place.textBox)).toBe(true);
  });
});

describe('the package written back', () => {
  it('keeps every other part byte for byte and [Content_Types].xml first', async () => {
    const input = FORMS['label-value']();
    const out = await fillDocxForm(input, source);
    const before = unzipSync(input);
    const after = unzipSync(out.bytes);
    expect(Object.keys(after)[0]).toBe('[Content_Types].xml');
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before).filter((n) => n !== 'word/document.xml'))
      expect(after[name], name).toEqual(before[name]);
  });

  it('is a DocxError with both languages for bytes that are not a Word form', async () => {
    await expect(fillDocxForm(new TextEncoder().encode('not a zip'), source)).rejects.toBeInstanceOf(
      DocxError,
    );
  });
});
