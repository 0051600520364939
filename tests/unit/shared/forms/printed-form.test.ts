// The printed 申报表 read back with pdftotext: the amount block and the signed 承诺书 never split across
// pages, a 文号 is never broken, one date format, Yongzhou's 结尾, attachments in checklist order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationPdf, FormAttachmentFile } from '../../../../shared/forms';
import { checkResidentId } from '../../../../shared/ids';
import type { Draft } from '../../../../shared/schemas';
import { formTemplate } from '../../../../templates';
import { pdfText, run, tempDir } from '../pdf/pdf-tools';
import { checked, fixtureDrafts, renderRaw, screenshot, squash } from './form-tools';
import { png } from './image-tools';

type Raw = Record<string, unknown> & {
  data: Record<string, unknown[]>;
  attachments: { name: string; evidence: string }[];
};
type Pdf = ApplicationPdf & { checkedDraft: Draft };

const tmp = tempDir();
afterAll(() => tmp.dispose());
const fixture = (program: string) => structuredClone(fixtureDrafts().find(([p]) => p === program)![1]) as Raw;

/** The Quzhou 实训基地 example with `n` more invoices: at n = 1 the amount block falls at the end of page 1. */
function quzhouTrainingBase(n: number): Raw {
  const raw = fixture('training-base');
  for (let i = 0; i < n; i++)
    raw.data.investments!.push({
      category: 'equipment',
      name: `实训耗材与配套工具第${i + 1}批`,
      amountFen: 1000000,
      invoiceNumber: `25332330802000${200000 + i}`,
      invoiceDate: '2025-07-01',
    });
  return raw;
}

// A valid 永州 身份证号 for the i-th added teacher.
function idNumber(i: number): string {
  const body = `43110219${80 + i}0${1 + i}1${i}${100 + i}`;
  const digit = [...'0123456789X'].find((c) => checkResidentId(body + c).ok)!;
  return body + digit;
}

/** The Yongzhou 双师型 example with `n` more teachers: at n = 3 its amount block falls at the end of page 1. */
function yongzhouDualTeacher(n: number): Raw {
  const raw = fixture('dual-teacher-team');
  for (let i = 0; i < n; i++)
    raw.data.teachers!.push({
      name: `教师${'甲乙丙丁'[i]}`,
      idNumber: idNumber(i),
      title: '讲师',
      specialtyTeacher: true,
      dualQualified: false,
      employment: 'full-time',
      enterprisePracticeMonths: 0,
    });
  return raw;
}

function save(name: string, pdf: Pdf): string[] {
  const path = tmp.write(`${name}.pdf`, pdf.bytes);
  for (let p = 1; p <= pdf.formPageCount; p++) screenshot(path, p, `${name}-p${p}`);
  return Array.from({ length: pdf.pageCount }, (_, i) => pdfText(path, i + 1));
}

/** 1-based pages whose text (without whitespace) contains `text`. */
const pagesWith = (pages: string[], text: string) =>
  pages.flatMap((p, i) => (squash(p).includes(squash(text)) ? [i + 1] : []));

describe('the Quzhou 实训基地 form whose amount block falls at a page end', () => {
  let pages: string[];
  beforeAll(async () => {
    pages = save('quzhou-training-base-amount-at-page-end', await renderRaw(quzhouTrainingBase(1)));
  }, 60_000);

  it('moves the whole amount block to page 2: heading, 政策依据, amount, 大写 and calculation together', () => {
    expect(pagesWith(pages, '五、申请补助金额')).toEqual([2]);
    expect(pagesWith(pages, '政策依据')).toEqual([2]);
    expect(pagesWith(pages, '¥500,000.00')).toEqual([2]);
    expect(pagesWith(pages, '大写金额伍拾万元整')).toEqual([2]);
    expect(pagesWith(pages, '计算过程')).toEqual([2]);
    // The roster it follows ends on page 1.
    expect(pagesWith(pages, '实训耗材与配套工具第1批')).toEqual([1]);
  });

  it('prints every date as YYYY年MM月DD日, in fields, tables and the 申报日期 alike', () => {
    const text = pages.join('\n');
    expect(squash(text)).toContain('申报日期：2025年10月20日');
    expect(text).toContain('2025年05月26日'); // 建设开始日期, a field
    expect(text).toContain('2025年04月26日'); // 合作协议签订日期, a table cell
    expect(text).toContain('2025年06月20日'); // 开票日期, a table cell
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(/\d{4}年\d月|月\d日/);
  });
});

describe('the Quzhou 实训基地 form whose 承诺书 falls at a page end', () => {
  // One invoice more each time walks the 承诺书 across the foot of page 2.
  it('keeps the signature boxes on the page of the 承诺书 they sign, for 6 to 13 more invoices', async () => {
    for (let n = 6; n <= 13; n++) {
      const pdf = await renderRaw(quzhouTrainingBase(n));
      const path = tmp.write(`commitment-${n}.pdf`, pdf.bytes);
      if (n === 10) screenshot(path, 3, 'quzhou-training-base-commitment-at-page-end-p3');
      const pages = Array.from({ length: pdf.pageCount }, (_, i) => pdfText(path, i + 1));
      const page = pagesWith(pages, '承诺书');
      expect(page, `n=${n}`).toHaveLength(1);
      expect(pagesWith(pages, '本单位郑重承诺'), `n=${n}`).toEqual(page);
      expect(pagesWith(pages, '申报单位（盖章）'), `n=${n}`).toEqual(page);
      expect(pagesWith(pages, '法定代表人（签字）'), `n=${n}`).toEqual(page);
    }
  }, 120_000);
});

describe('the Yongzhou 双师型 form whose amount block falls at a page end', () => {
  let pdf: Pdf;
  let pages: string[];
  beforeAll(async () => {
    pdf = await renderRaw(yongzhouDualTeacher(3), { debug: true });
    pages = save('yongzhou-dual-teacher-amount-at-page-end', pdf);
  }, 60_000);

  it('moves the heading, 政策依据 and the no-amount line to page 2 together', () => {
    expect(pagesWith(pages, '四、申请补助金额')).toEqual([2]);
    expect(pagesWith(pages, '政策依据')).toEqual([2]);
    expect(pagesWith(pages, '本文件未规定补助金额')).toEqual([2]);
    expect(pagesWith(pages, '教师丙')).toEqual([1]);
  });

  it('cites the closing clause as 结尾 (simplified), never 結尾', () => {
    const text = pages.join('\n');
    expect(squash(text)).toContain('三.11、三.12、结尾');
    expect(text).not.toContain('結尾');
  });

  it('sizes the roster columns so no header takes more than two lines', () => {
    const caption = pdf.textBoxes.findIndex((b) => b.text === '三、团队成员名单');
    const first = pdf.textBoxes.findIndex((b, i) => i > caption && b.text === '1');
    const header = pdf.textBoxes.slice(caption + 1, first);
    expect(squash(header.map((b) => b.text).join(''))).toBe(
      '序号姓名身份证号职称/职务专业课教师“双师型”教师认定证书编号聘任方式企业实践（月）',
    );
    // Lines of one header cell share its centre.
    const perCell = new Map<number, number>();
    for (const b of header) {
      const centre = Math.round((b.x + b.width / 2) / 6);
      perCell.set(centre, (perCell.get(centre) ?? 0) + 1);
    }
    expect(Math.max(...perCell.values())).toBeLessThanOrEqual(2);
    for (const short of ['序号', '姓名', '身份证号', '聘任方式'])
      expect(header.map((b) => b.text)).toContain(short);
  });
});

describe('a 文号 in a paragraph of the form', () => {
  it('appears whole on one line wherever it falls against the line end', async () => {
    const c = fixture('dual-teacher-team');
    const template = structuredClone(formTemplate('dual-teacher-team'));
    // Eight paragraphs, the 文号 one character further right in each: one of them meets the line end.
    for (let k = 0; k < 8; k++)
      template.sections.splice(1, 0, {
        kind: 'paragraph',
        align: 'left',
        indent: 0,
        size: 10.5,
        text: `${'本'.repeat(36 + k)}依据永职院发〔2025〕12号文件认定。`,
      });
    const pdf = await renderRaw(c, { template });
    const path = tmp.write('doc-number.pdf', pdf.bytes);
    const lines = run('pdftotext', ['-layout', path, '-']).split('\n');
    const withIssuer = lines.filter((l) => /永职院|职院发|院发〔|〕12号|12号文件/.test(l));
    expect(withIssuer).toHaveLength(8);
    for (const line of withIssuer) expect(line).toContain('永职院发〔2025〕12号');
  }, 60_000);
});

describe('attachments', () => {
  it('print in the order of the evidence checklist, whatever order they come in', async () => {
    const raw = fixture('training-base');
    const files: FormAttachmentFile[] = [...raw.attachments]
      .reverse()
      .map((a) => ({ name: a.name, mime: 'image/png', bytes: png() }));
    const pdf = await renderRaw(raw, { attachments: files });
    const path = tmp.write('attachment-order.pdf', pdf.bytes);
    const captions = [
      ...squash(run('pdftotext', ['-raw', path, '-'])).matchAll(/附件\d+：([^附]+?\.pdf)/g),
    ].map((m) => m[1]);
    const checklist = checked(raw).source.program.evidence.map((e) => e.id);
    const expected = [...pdf.checkedDraft.attachments]
      .sort((a, b) => checklist.indexOf(a.evidence) - checklist.indexOf(b.evidence))
      .map((a) => squash(a.name));
    expect(expected.length).toBeGreaterThan(2);
    expect(captions).toEqual(expected);
  }, 60_000);
});
