/// <reference lib="dom" />
// Issue #11's newcomer run: a Quzhou HR clerk types a 实训基地 application with 5 invoices by hand, and a
// Yongzhou school's finance officer imports a 人才津贴 roster from an office-style .xlsx with a mistake,
// fixes the file and imports it again. Screen, IndexedDB (fen) and the printed PDF are read back.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { checkUscc } from '../../shared/ids';
import { QUZHOU_ENTERPRISE } from '../fixtures/rosters/roster-data';
import { residentId, uscc, withWrongCheckDigit } from '../fixtures/rosters/identifiers';
import { EditorPage } from './page-models/editor-page';
import { storedRoster } from './page-models/roster-grid';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const FORMS = 'test-results/forms';

/** Saves the form through 更多打印选项 → 保存为 PDF 文件, renders its pages at 50 dpi, returns its text. */
async function printForm(page: Page, dir: string, name: string): Promise<string> {
  await page.getByRole('button', { name: '更多打印选项' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByText('保存为 PDF 文件').click(),
  ]);
  const pdf = join(dir, `${name}.pdf`);
  await download.saveAs(pdf);
  mkdirSync(FORMS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(FORMS, name)]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: true,
    animations: 'disabled',
  });
}

/** The five invoices as a clerk types them: 类别 by its first character, amounts as offices write them. */
const INVOICES = [
  {
    category: '设',
    categoryText: '设备购置',
    name: '五轴联动数控加工中心',
    amount: '238760.48',
    fen: 23876048,
    shown: '238,760.48',
    no: '25332000000031842517',
    date: '2025-05-12',
  },
  {
    category: '设',
    categoryText: '设备购置',
    name: '工业机器人实训工作站',
    amount: '1,200,000',
    fen: 120000000,
    shown: '1,200,000.00',
    no: '25332000000047729031',
    date: '2025-06-03',
  },
  {
    category: '软',
    categoryText: '软件及信息化平台',
    name: '虚拟仿真实训软件',
    amount: '¥86,400.00',
    fen: 8640000,
    shown: '86,400.00',
    no: '04418923',
    date: '2025-07-21',
  },
  {
    category: '场',
    categoryText: '场地建设改造',
    name: '实训车间通风照明改造',
    amount: '12.5万',
    fen: 12500000,
    shown: '125,000.00',
    no: '25332000000063385102',
    date: '2025-09-15',
  },
  {
    category: '教',
    categoryText: '教学资源开发',
    name: '活页式实训教材开发',
    amount: '45000',
    fen: 4500000,
    shown: '45,000.00',
    no: '04420187',
    date: '2025-10-08',
  },
];
// By hand: 238,760.48 + 1,200,000 + 86,400 + 125,000 + 45,000 = 1,695,160.48; 25% = 423,790.12 (under the 500,000 cap).
const TOTAL_FEN = 169516048;
const AMOUNT_FEN = 42379012;

const YONGZHOU_SCHOOL = {
  name: '永州市工业贸易中等职业学校',
  orgCode: uscc('12', '431100', '44870563'),
  legal: '蒋国华',
  address: '湖南省永州市冷水滩区凤凰路118号',
  contact: '唐晓敏',
  phone: '0746-8223516',
  bank: '中国工商银行永州冷水滩支行',
  account: '1912020109024578132',
};
type Talent = [string, string, string, string, string, string];
const TALENTS: Talent[] = [
  [
    '蒋志远',
    residentId('431103', '19800315', 131),
    '专业带头人',
    '智能制造',
    '2024-06-18',
    '永职教发〔2024〕6号',
  ],
  [
    '唐丽华',
    residentId('431102', '19830722', 242),
    '产业导师',
    '电子商务',
    '2024-06-18',
    '永职教发〔2024〕6号',
  ],
  [
    '周建明',
    residentId('431103', '19761108', 353),
    '技能大师',
    '数控技术',
    '2024-06-18',
    '永职教发〔2024〕6号',
  ],
  [
    '陈伟峰',
    residentId('431121', '19790930', 575),
    '专业带头人',
    '汽车运用与维修',
    '2025-06-20',
    '永职教发〔2025〕9号',
  ],
];

/** The list as a school office keeps it: merged title, a note, header, data, blank row, footer lines. */
async function writeTalentXlsx(path: string, people: readonly Talent[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人才津贴');
  sheet.addRow(['永州市工业贸易中等职业学校 专业带头人、产业导师、技能大师人才津贴申报名单']);
  sheet.mergeCells('A1:H1');
  sheet.addRow(['填表说明：身份证号按18位填写，遴选日期以公布文件为准']);
  sheet.mergeCells('A2:H2');
  sheet.addRow(['序号', '姓名', '身份证号', '类型', '专业领域', '遴选日期', '遴选文件', '备注']);
  people.forEach((p, i) => sheet.addRow([i + 1, ...p, '']));
  sheet.addRow([]);
  const footer = sheet.rowCount + 1;
  sheet.getCell(`A${footer}`).value = '制表人：唐晓敏';
  sheet.mergeCells(`A${footer}:C${footer}`);
  sheet.getCell(`D${footer}`).value = '审核人：蒋国华';
  sheet.mergeCells(`D${footer}:H${footer}`);
  sheet.getCell(`A${footer + 1}`).value = '联系电话：0746-8223516';
  sheet.mergeCells(`A${footer + 1}:H${footer + 1}`);
  sheet.getColumn(3).numFmt = '@';
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

type Teacher = [string, string, string, string, string, string, string, number];
const TEACHERS: Teacher[] = [
  ['何晓东', residentId('431103', '19820412', 611), '高级讲师', '是', '是', 'HNSS-2024-0311', '专任', 8],
  ['李雅琴', residentId('431102', '19870204', 464), '讲师', '是', '是', 'HNSS-2024-0312', '专任', 7],
  [
    '邓永刚',
    residentId('431121', '19750823', 719),
    '高级工程师',
    '是',
    '是',
    'HNSS-2024-0313',
    '企业兼职',
    12,
  ],
  ['胡丽萍', residentId('431102', '19910309', 826), '助理讲师', '是', '否', '', '专任', 6],
];

/** The teacher list of the same office: title, note, header, data, blank row, 制表人/审核人/联系电话. */
async function writeTeacherXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('教师名单');
  sheet.addRow(['永州市工业贸易中等职业学校 “双师型”教师团队成员名单']);
  sheet.mergeCells('A1:I1');
  sheet.addRow(['填表说明：企业实践按累计月数填写']);
  sheet.mergeCells('A2:I2');
  sheet.addRow([
    '序号',
    '姓名',
    '身份证号',
    '职称/职务',
    '专业课教师',
    '“双师型”教师',
    '“双师型”认定证书编号',
    '聘任方式',
    '企业实践（月）',
  ]);
  TEACHERS.forEach((t, i) => sheet.addRow([i + 1, ...t]));
  sheet.addRow([]);
  const footer = sheet.rowCount + 1;
  sheet.getCell(`A${footer}`).value = '制表人：唐晓敏';
  sheet.mergeCells(`A${footer}:D${footer}`);
  sheet.getCell(`E${footer}`).value = '审核人：蒋国华';
  sheet.mergeCells(`E${footer}:I${footer}`);
  sheet.getCell(`A${footer + 1}`).value = '联系电话：0746-8223516';
  sheet.mergeCells(`A${footer + 1}:I${footer + 1}`);
  sheet.getColumn(3).numFmt = '@';
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('a newcomer run of the two tasks of issue #11, from an empty app', () => {
  let page: Page;
  let close: () => Promise<void>;
  let dir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grantdesk-newcomer-'));
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(
    'Quzhou 实训基地: the applicant and 5 invoices typed by hand give 423,790.12 on screen, in IndexedDB and on the form',
    { timeout: 300_000 },
    async () => {
      const wizard = new WizardPage(page);
      await wizard.open(inject('baseUrl'));
      await wizard.choosePolicy('quzhou-2025');
      await wizard.chooseProgram('training-base');
      await expect(wizard.citation()).resolves.toBe('依据：衢政办发〔2025〕10号 二(六)19');
      await shot(page, 'newcomer-1-wizard');
      await wizard.createForNewApplicant();

      const editor = new EditorPage(page);
      expect(checkUscc(QUZHOU_ENTERPRISE.orgCode).ok).toBe(true);
      const applicant = {
        企业名称: QUZHOU_ENTERPRISE.name,
        统一社会信用代码: QUZHOU_ENTERPRISE.orgCode,
        法定代表人: QUZHOU_ENTERPRISE.legalRepresentative,
        地址: QUZHOU_ENTERPRISE.address,
        联系人: QUZHOU_ENTERPRISE.contactPerson,
        联系电话: QUZHOU_ENTERPRISE.phone,
        开户银行: QUZHOU_ENTERPRISE.bankName,
        银行账号: QUZHOU_ENTERPRISE.bankAccount,
      };
      await editor.typeAll({
        ...applicant,
        实训基地名称: '衢州鼎衡精密机械产教融合实训基地',
        服务产业领域: '智能制造',
        实训工位数: '48',
        年实训能力: '1200',
      });
      for (const [label, value] of Object.entries(applicant)) {
        await expect(editor.field(label).inputValue()).resolves.toBe(value);
      }
      await editor.pickDate('建设开始日期', '2025-03-01');
      await editor.pickDate('建设完成日期', '2026-06-30');
      const partners = editor.roster('合作院校');
      await partners.root.getByRole('button', { name: '添加一行' }).click();
      await expect.poll(() => partners.rowCount()).toBe(1);
      await partners.type(1, '院校名称', '衢州职业技术学院', 'Tab');
      await page.keyboard.type('2025-02-26');
      await page.keyboard.press('Enter');
      await expect.poll(() => partners.cellText(1, '合作协议签订日期')).toBe('2025-02-26');

      const invoices = editor.roster('投资明细');
      for (const [i, inv] of INVOICES.entries()) {
        const row = i + 1;
        await invoices.root.getByRole('button', { name: '添加一行' }).click();
        await expect.poll(() => invoices.rowCount()).toBe(row);
        await invoices.click(row, '类别');
        await page.keyboard.type(inv.category);
        await page.keyboard.press('Enter');
        await expect.poll(() => invoices.cellText(row, '类别')).toBe(inv.categoryText);
        await invoices.type(row, '项目名称', inv.name, 'Tab');
        // Tab has moved on to 金额: the clerk just types on, Tab, Tab, Enter.
        await expect(invoices.focused()).resolves.toEqual({ row, column: '金额' });
        await page.keyboard.type(inv.amount);
        await page.keyboard.press('Tab');
        await page.keyboard.type(inv.no);
        await page.keyboard.press('Tab');
        await page.keyboard.type(inv.date);
        await page.keyboard.press('Enter');
        await invoices.editor().waitFor({ state: 'detached' });
      }
      for (const [i, inv] of INVOICES.entries()) {
        await expect(invoices.cellText(i + 1, '类别')).resolves.toBe(inv.categoryText);
        await expect(invoices.cellText(i + 1, '项目名称')).resolves.toBe(inv.name);
        await expect(invoices.cellText(i + 1, '金额')).resolves.toBe(inv.shown);
        await expect(invoices.cellText(i + 1, '发票号码')).resolves.toBe(inv.no);
        await expect(invoices.cellText(i + 1, '开票日期')).resolves.toBe(inv.date);
      }
      expect(INVOICES.reduce((s, inv) => s + inv.fen, 0)).toBe(TOTAL_FEN);
      expect(TOTAL_FEN / 4).toBe(AMOUNT_FEN);
      await editor.waitSaved();
      await expect
        .poll(async () =>
          (await storedRoster(page, 'investments')).map((r) => [
            r['name'],
            r['amountFen'],
            r['invoiceNumber'],
            r['invoiceDate'],
          ]),
        )
        .toEqual(INVOICES.map((inv) => [inv.name, inv.fen, inv.no, inv.date]));

      await expect.poll(() => editor.errorCount()).toBe(0);
      for (const m of await editor.findingMessages()) expect(m).toMatch(/^缺少证明材料：/);
      await expect.poll(() => editor.amount().innerText()).toBe('¥423,790.12');
      await expect(editor.amountUppercase().innerText()).resolves.toBe(
        '大写：肆拾贰万叁仟柒佰玖拾元壹角贰分',
      );
      await expect(page.locator('.amount-trace li').allInnerTexts()).resolves.toEqual([
        '实际投资额 1,695,160.48（5 张发票）',
        '25% × 1,695,160.48 = 423,790.12（未超过上限 500,000.00）',
      ]);
      await editor.screenshot('newcomer-2-quzhou-editor');

      const form = await printForm(page, dir, 'newcomer-quzhou');
      const flat = form.replace(/\s+/g, '');
      expect(flat).toContain(QUZHOU_ENTERPRISE.name);
      expect(flat).toContain(QUZHOU_ENTERPRISE.orgCode);
      expect(flat).toContain('423,790.12');
      expect(flat).toContain('肆拾贰万叁仟柒佰玖拾元壹角贰分');
      for (const inv of INVOICES) {
        expect(flat).toContain(inv.no);
        expect(flat).toContain(inv.shown);
      }
    },
  );

  test(
    'Yongzhou 人才津贴: a bad ID in the office .xlsx is named, the fixed file imports with the mapping kept, 4 × 5,000; then its 双师型 team from the saved school',
    { timeout: 300_000 },
    async () => {
      const file = join(dir, '人才津贴名单.xlsx');
      const badId = withWrongCheckDigit(TALENTS[2]?.[1] ?? '');
      await writeTalentXlsx(
        file,
        TALENTS.map((t, i) => (i === 2 ? [t[0], badId, ...t.slice(2)] : t) as Talent),
      );

      const wizard = new WizardPage(page);
      await wizard.open(inject('baseUrl'));
      await wizard.choosePolicy('yongzhou-2021');
      await wizard.chooseProgram('talent-allowance');
      await wizard.createForNewApplicant();
      const editor = new EditorPage(page);
      await editor.typeAll({
        学校名称: YONGZHOU_SCHOOL.name,
        统一社会信用代码或学校标识码: YONGZHOU_SCHOOL.orgCode,
        '法定代表人（校长）': YONGZHOU_SCHOOL.legal,
        地址: YONGZHOU_SCHOOL.address,
        联系人: YONGZHOU_SCHOOL.contact,
        联系电话: YONGZHOU_SCHOOL.phone,
        开户银行: YONGZHOU_SCHOOL.bank,
        银行账号: YONGZHOU_SCHOOL.account,
      });
      await editor.pickDate('申报日期', '2025-11-20');

      const people = editor.roster('入选人员');
      const refused = await people.openImport(file);
      await expect(refused.headerRow()).resolves.toBe('第 3 行');
      // 「类型」 is not a name the app knows for 入选类别: the officer maps it by hand, once.
      await expect(refused.mappedTo('类型')).resolves.toBe('不导入');
      await refused.map('类型', '入选类别');
      await expect(refused.mappedTo('类型')).resolves.toBe('入选类别 *');
      await expect(refused.issues()).resolves.toEqual([
        `第 6 行「身份证号」：身份证号第18位（校验码）应为「${TALENTS[2]?.[1].slice(17)}」，实为「${badId.slice(17)}」`,
      ]);
      await expect(refused.footerNote().innerText()).resolves.toBe('表尾 2 行（制表人：唐晓敏…）不导入');
      await expect(refused.importButton().isDisabled()).resolves.toBe(true);
      await refused.screenshot('newcomer-3-yongzhou-import-refused');
      await refused.cancel();
      await expect(people.rowCount()).resolves.toBe(0);

      await writeTalentXlsx(file, TALENTS);
      const fixed = await people.openImport(file);
      await expect(fixed.notice('restored').innerText()).resolves.toBe('已套用上次的列对应');
      await expect(fixed.mappedTo('类型')).resolves.toBe('入选类别 *');
      await expect(fixed.issues()).resolves.toEqual([]);
      await expect(fixed.importButton().innerText()).resolves.toBe('导入 4 行');
      await fixed.confirm();
      await expect.poll(() => people.rowCount()).toBe(4);
      for (const [i, t] of TALENTS.entries()) {
        await expect(people.cellText(i + 1, '姓名')).resolves.toBe(t[0]);
        await expect(people.cellText(i + 1, '身份证号')).resolves.toBe(t[1]);
        await expect(people.cellText(i + 1, '入选类别')).resolves.toBe(t[2]);
        await expect(people.cellText(i + 1, '遴选日期')).resolves.toBe(t[4]);
      }
      await editor.waitSaved();
      await expect
        .poll(async () =>
          (await storedRoster(page, 'people')).map((r) => [
            r['name'],
            r['idNumber'],
            r['role'],
            r['selectionDate'],
          ]),
        )
        .toEqual([
          ['蒋志远', TALENTS[0]?.[1], 'specialty-leader', '2024-06-18'],
          ['唐丽华', TALENTS[1]?.[1], 'industry-mentor', '2024-06-18'],
          ['周建明', TALENTS[2]?.[1], 'skill-master', '2024-06-18'],
          ['陈伟峰', TALENTS[3]?.[1], 'specialty-leader', '2025-06-20'],
        ]);
      await expect.poll(() => editor.errorCount()).toBe(0);
      for (const m of await editor.findingMessages()) expect(m).toMatch(/^缺少证明材料：/);
      await expect.poll(() => editor.amount().innerText()).toBe('¥20,000.00');
      await expect(editor.amountUppercase().innerText()).resolves.toBe('大写：贰万元整');
      await editor.screenshot('newcomer-4-yongzhou-editor');

      const form = (await printForm(page, dir, 'newcomer-yongzhou')).replace(/\s+/g, '');
      expect(form).toContain(YONGZHOU_SCHOOL.name);
      expect(form).toContain('20,000.00');
      expect(form).toContain('贰万元整');
      for (const t of TALENTS) expect(form).toContain(t[1]);
      expect(form).not.toContain('結尾');

      // Then the school's 双师型 team: the wizard offers the school typed above, nothing is typed again.
      const teacherFile = join(dir, '双师型教师名单.xlsx');
      await writeTeacherXlsx(teacherFile);
      await wizard.open(inject('baseUrl'));
      await wizard.choosePolicy('yongzhou-2021');
      await wizard.chooseProgram('dual-teacher-team');
      await page.getByRole('radio', { name: new RegExp(YONGZHOU_SCHOOL.name) }).check();
      await shot(page, 'newcomer-5-yongzhou-wizard-saved-school');
      await page.getByRole('button', { name: '创建并开始填写' }).click();
      await editor.saveState().waitFor();
      await expect.poll(() => editor.field('学校名称').inputValue()).toBe(YONGZHOU_SCHOOL.name);
      await expect(editor.field('统一社会信用代码或学校标识码').inputValue()).resolves.toBe(
        YONGZHOU_SCHOOL.orgCode,
      );
      await expect(editor.field('银行账号').inputValue()).resolves.toBe(YONGZHOU_SCHOOL.account);
      await editor.typeAll({
        团队名称: '智能制造专业群“双师型”教师团队',
        '所属专业（群）': '智能制造专业群',
      });
      await editor.pickDate('申报日期', '2025-11-20');
      const teachers = editor.roster('团队成员');
      const dialog = await teachers.openImport(teacherFile);
      await expect(dialog.footerNote().innerText()).resolves.toBe('表尾 2 行（制表人：唐晓敏…）不导入');
      await expect(dialog.issues()).resolves.toEqual([]);
      await expect(dialog.importButton().innerText()).resolves.toBe('导入 4 行');
      await dialog.confirm();
      await expect.poll(() => teachers.rowCount()).toBe(4);
      for (const [i, t] of TEACHERS.entries()) {
        await expect(teachers.cellText(i + 1, '姓名')).resolves.toBe(t[0]);
        await expect(teachers.cellText(i + 1, '身份证号')).resolves.toBe(t[1]);
        await expect(teachers.cellText(i + 1, '“双师型”教师')).resolves.toBe(t[4]);
        await expect(teachers.cellText(i + 1, '企业实践（月）')).resolves.toBe(String(t[7]));
      }
      await editor.waitSaved();
      await expect
        .poll(async () => (await storedRoster(page, 'teachers')).map((r) => r['idNumber']))
        .toEqual(TEACHERS.map((t) => t[1]));
      await expect.poll(() => editor.errorCount()).toBe(0);
      for (const m of await editor.findingMessages()) expect(m).toMatch(/^缺少证明材料：/);
      // 永政发〔2021〕7号 states no amount for the team: none is computed, and the note says so.
      await expect(editor.amount().count()).resolves.toBe(0);
      await expect(editor.amountNote().innerText()).resolves.toMatch(
        /^永政发〔2021〕7号未规定本项目的补助金额/,
      );
      await editor.screenshot('newcomer-6-yongzhou-dual-teacher-editor');
      const teamForm = (await printForm(page, dir, 'newcomer-yongzhou-dual')).replace(/\s+/g, '');
      expect(teamForm).toContain(YONGZHOU_SCHOOL.name);
      expect(teamForm).toContain(YONGZHOU_SCHOOL.orgCode);
      for (const t of TEACHERS) expect(teamForm).toContain(t[1]);
      expect(teamForm).not.toContain('結尾');
    },
  );
});
