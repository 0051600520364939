// An independent reader: LibreOffice opens each filled form and prints it to PDF; pdftotext's word
// boxes prove each value sits in its cell (beside or below its label, in its roster row).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDocxForm } from '../../../../../shared/office/docx';
import { FORMS } from '../../../../fixtures/docx/make-forms';
import { internshipSource } from './docx-tools';

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const dir = mkdtempSync(join(tmpdir(), 'grantdesk-docx-'));
const profile = mkdtempSync(join(tmpdir(), 'lo-'));
const words: Record<string, Word[]> = {};
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

beforeAll(async () => {
  const source = internshipSource();
  const names = Object.keys(FORMS) as (keyof typeof FORMS)[];
  for (const name of names)
    writeFileSync(join(dir, `${name}.docx`), (await fillDocxForm(FORMS[name](), source)).bytes);
  // One soffice start for all four (it is slow); its own profile so parallel runs do not collide.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...names.map((n) => join(dir, `${n}.docx`)),
    ],
    { timeout: 170_000, stdio: 'pipe' },
  );
  mkdirSync('test-results/docx', { recursive: true });
  for (const name of names) {
    const pdf = join(dir, `${name}.pdf`);
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    words[name] = [
      ...html.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! }));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      `test-results/docx/${name}`,
    ]);
    writeFileSync(`test-results/docx/${name}.pdf`, readFileSync(pdf));
  }
}, 180_000);

function word(form: string, start: string, exact = false): Word {
  const found = words[form]!.find((w) => (exact ? w.text === start : w.text.startsWith(start)));
  if (!found) throw new Error(`「${start}」 not in ${form}: ${words[form]!.map((w) => w.text).join(' ')}`);
  return found;
}

const mid = (w: Word) => (w.y0 + w.y1) / 2;

/** The page's lines as LibreOffice laid them out: words of one height joined left to right, no spaces. */
function lines(form: string): string[] {
  const rows: Word[][] = [];
  for (const w of words[form]!) {
    const row = rows.find((r) => Math.abs(mid(r[0]!) - mid(w)) < 3);
    if (row) row.push(w);
    else rows.push([w]);
  }
  return rows.map((r) =>
    r
      .sort((a, b) => a.x0 - b.x0)
      .map((w) => w.text)
      .join(''),
  );
}

/** The value is on the label's line (within its cell's height) and to its right. */
function beside(form: string, label: string, value: string) {
  const l = word(form, label);
  const v = word(form, value);
  expect(Math.abs(mid(v) - mid(l)), `${value} on the line of ${label}`).toBeLessThan(12);
  expect(v.x0, `${value} right of ${label}`).toBeGreaterThan(l.x1);
}

/** The value is under the label, in the same column. */
function under(form: string, label: string, value: string) {
  const l = word(form, label);
  const v = word(form, value, true);
  expect(v.y0, `${value} under ${label}`).toBeGreaterThan(l.y1);
  expect(Math.abs(v.x0 - l.x0), `${value} in the column of ${label}`).toBeLessThan(10);
}

describe("LibreOffice's PDF of each filled form", () => {
  it('label/value form: each value beside its label, the vertical pair below theirs', () => {
    beside('label-value', '企业名称', '衢州智造精工机械有限公司');
    beside('label-value', '统一社会信用代码', '91330803MA2D');
    beside('label-value', '法定代表人', '徐国平');
    beside('label-value', '银行账号', '120927001920');
    beside('label-value', '大写', '叁仟陆佰元整');
    beside('label-value', '小写', '3,600.00');
    beside('label-value', '申报日期', '2025');
    under('label-value', '职工总数', '480');
    under('label-value', '安排实习岗位数', '12');
  });

  it('roster: six rows in order, each name in its numbered row with its ID and school', () => {
    const names = ['赵晓燕', '胡伟', '谢宇轩', '曹建国', '潘芳', '魏雨桐'];
    const ids = [
      '330802200402061375',
      '330803200503111745',
      '330881200604162110',
      '330825200405212487',
      '33080220050626285X',
      '330803200607033227',
    ];
    let last = 0;
    names.forEach((name, i) => {
      const n = word('roster', name);
      expect(n.y0).toBeGreaterThan(last);
      last = n.y0;
      const serial = words.roster!.find((w) => w.text === String(i + 1) && Math.abs(mid(w) - mid(n)) < 12);
      expect(serial, `序号 ${i + 1} beside ${name}`).toBeDefined();
      beside('roster', name, ids[i]!.slice(0, 12));
    });
  });

  it('boxes: ☑ before the option the draft says, beside its question', () => {
    beside('boxes', '是否规模以上企业', '☑是');
    beside('boxes', '职', '480');
    beside('boxes', '企', '衢州智造精工机械有限公司');
    // The cell is narrow: LibreOffice wraps the appended number after its hyphen.
    expect(word('boxes', '联系电话').text).toBe('联系电话：0570-');
    const rest = word('boxes', '3021186', true);
    expect(mid(rest)).toBeGreaterThan(mid(word('boxes', '联系电话')));
    expect(Math.abs(rest.x0 - word('boxes', '联系电话').x0)).toBeLessThan(10);
  });

  it('text box: the values show beside their labels', () => {
    beside('text-box', '单位名称', '衢州智造精工机械有限公司');
    beside('text-box', '联系电话', '0570-3021186');
    beside('text-box', '法', '徐国平');
  });

  it('running text: each value on its blank after its label; the date in its 年/月/日 blanks', () => {
    const text = lines('running-text');
    for (const line of [
      '申报单位（盖章）：衢州智造精工机械有限公司',
      '联系人：郑晓燕联系电话：0570-3021186',
      '法定代表人：徐国平（签字前请核对）',
      '填报日期：2025年10月20日',
      '负责人签字：____________',
      '联系人：郑晓燕手机：0570-3021186',
      '申报日期2025年10月20日',
      '是否规模以上企业：☑是□否已经考核认定符合实习实训规范：☑是□否',
    ])
      expect(
        text.some((l) => l.includes(line)),
        `${line} in ${text.join(' / ')}`,
      ).toBe(true);
    expect(text).toContain('申请补助金额（小写）3,600.00元（大写）叁仟陆佰元整');
    expect(text).toContain('¥3,600.00元');
    // The bare date under the seal, on a line of its own.
    expect(text[text.length - 1]).toBe('2025年10月20日');
  });

  it('two-level roster header: each row under the lower header, in order', () => {
    let last = word('two-level-roster', '实习起止日期').y1;
    for (const name of ['赵晓燕', '胡伟', '谢宇轩', '曹建国', '潘芳', '魏雨桐']) {
      const n = word('two-level-roster', name, true);
      expect(n.y0).toBeGreaterThan(last);
      last = n.y0;
      expect(Math.abs(n.x0 - word('two-level-roster', '姓名').x0)).toBeLessThan(10);
    }
  });
});
