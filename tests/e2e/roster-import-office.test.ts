// 导入名单 with an office-style .xlsx (title, note, header, data, blank row, 制表人/审核人 footer), as a
// Yongzhou school's finance officer meets it: a hand mapping survives a refused file, the footer is skipped,
// a second import of the same file is not doubled, and the 导入前 version brings the roster back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { residentId, withWrongCheckDigit } from '../fixtures/rosters/identifiers';
import { EditorPage } from './page-models/editor-page';
import { RosterGrid } from './page-models/roster-grid';
import { RosterImportDialog } from './page-models/roster-import-dialog';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '职称',
  '专业课教师',
  '“双师型”教师',
  '“双师型”认定证书编号',
  '聘任方式',
  '企业实践（月）',
  '备注',
];
type Teacher = [string, string, string, string, string, string, string, number, string];
const TEACHERS: Teacher[] = [
  ['蒋志远', residentId('431103', '19800315', 131), '高级讲师', '是', '是', 'HNSS-2024-0301', '专任', 8, ''],
  ['唐丽华', residentId('431102', '19830722', 242), '讲师', '是', '是', 'HNSS-2024-0302', '专任', 7, ''],
  [
    '周建明',
    residentId('431103', '19761108', 353),
    '高级工程师',
    '是',
    '是',
    'HNSS-2024-0303',
    '企业兼职',
    12,
    '',
  ],
  ['李雅琴', residentId('431102', '19870204', 464), '讲师', '是', '否', '', '专任', 6, '2025年调入'],
  [
    '陈伟峰',
    residentId('431121', '19790930', 575),
    '高级讲师',
    '是',
    '是',
    'HNSS-2024-0305',
    '专任',
    9,
    '联系电话：13907461234',
  ],
  ['何晓东', residentId('431103', '19900617', 681), '讲师', '否', '否', '', '专任', 0, ''],
];
/** The third teacher's ID one check digit off: sheet row 6 (title 1, note 2, header 3, data from 4). */
const BAD_ROW = 6;
const BAD_ID = withWrongCheckDigit(TEACHERS[2]?.[1] ?? '');
const GRID_COLUMNS = [
  '姓名',
  '身份证号',
  '职称/职务',
  '专业课教师',
  '“双师型”教师',
  '聘任方式',
  '企业实践（月）',
];
const EXPECTED_GRID = TEACHERS.map((t) => [t[0], t[1], t[2], t[3], t[4], t[6], String(t[7])]);
const IDS = TEACHERS.map((t) => t[1]);

/**
 * The teacher list as the school's office keeps it: a merged title and note above the header, a 序号
 * column, a blank row, then 制表人/审核人/填表日期 in merged cells, 联系电话 and 备注 lines.
 */
async function writeOfficeXlsx(
  path: string,
  teachers: readonly Teacher[],
  titleHeader = '职称',
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('教师名单');
  sheet.addRow(['永州职业技术学院 2025年“双师型”教师团队成员名单']);
  sheet.mergeCells('A1:J1');
  sheet.addRow(['填表说明：身份证号按18位填写，企业实践按累计月数填写']);
  sheet.mergeCells('A2:J2');
  sheet.addRow(HEADER.map((h) => (h === '职称' ? titleHeader : h)));
  teachers.forEach((t, i) => sheet.addRow([i + 1, ...t]));
  sheet.addRow([]);
  const footer = sheet.rowCount + 1;
  sheet.getCell(`A${footer}`).value = '制表人：张三';
  sheet.mergeCells(`A${footer}:C${footer}`);
  sheet.getCell(`D${footer}`).value = '审核人：李四';
  sheet.mergeCells(`D${footer}:F${footer}`);
  sheet.getCell(`G${footer}`).value = '填表日期：2025年10月';
  sheet.mergeCells(`G${footer}:J${footer}`);
  sheet.getCell(`A${footer + 1}`).value = '联系电话：0746-8388123';
  sheet.mergeCells(`A${footer + 1}:J${footer + 1}`);
  sheet.getCell(`A${footer + 2}`).value = '备注：企业兼职教师另附聘用合同复印件';
  sheet.mergeCells(`A${footer + 2}:J${footer + 2}`);
  sheet.getColumn(3).numFmt = '@';
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function gridRows(grid: RosterGrid): Promise<string[][]> {
  const out: string[][] = [];
  const count = await grid.rowCount();
  for (let row = 1; row <= count; row++) {
    const cells: string[] = [];
    for (const column of GRID_COLUMNS) cells.push(await grid.cellText(row, column));
    out.push(cells);
  }
  return out;
}

/** The ID numbers of the draft's 团队成员 rows as stored in IndexedDB, in roster order. */
async function storedTeacherIds(page: Page, draftId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('rosterRows').objectStore('rosterRows').getAll();
          all.onsuccess = () => {
            db.close();
            const rows = (
              all.result as { draftId: string; roster: string; order: number; row: { idNumber?: string } }[]
            )
              .filter((r) => r.draftId === id && r.roster === 'teachers')
              .sort((a, b) => a.order - b.order);
            resolve(rows.map((r) => r.row.idNumber ?? ''));
          };
          all.onerror = () => reject(all.error ?? new Error('read failed'));
        };
      }),
    draftId,
  );
}

describe('导入名单 of an office-style .xlsx: hand mapping kept, footer skipped, no doubling, 导入前 kept', () => {
  let dir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grantdesk-office-'));
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('refused, fixed in Excel, reimported with the hand mapping; the same file again adds nothing; 导入前 restores', async () => {
    const file = join(dir, '双师型教师名单.xlsx');
    await writeOfficeXlsx(
      file,
      TEACHERS.map((t, i) => (i === BAD_ROW - 4 ? [t[0], BAD_ID, ...t.slice(2)] : t) as Teacher),
    );
    await new WizardPage(page).create(inject('baseUrl'), 'yongzhou-2021', 'dual-teacher-team');
    const draftId = decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(page.url())?.[1] ?? '');
    const editor = new EditorPage(page);
    const teachers = editor.roster('团队成员');

    // The file with a mistake: 职称 is mapped by hand, then the one bad row refuses the import.
    const refused = await teachers.openImport(file);
    await expect(refused.headerRow()).resolves.toBe('第 3 行');
    await expect(refused.mappedTo('职称')).resolves.toBe('不导入');
    await expect(refused.notice('missing').innerText()).resolves.toBe('以下必填项还没有对应的列：职称/职务');
    await refused.map('职称', '职称/职务');
    await expect(refused.notice('missing').count()).resolves.toBe(0);
    await expect(refused.issues()).resolves.toEqual([
      `第 ${BAD_ROW} 行「身份证号」：身份证号第18位（校验码）应为「${TEACHERS[2]?.[1].slice(17)}」，实为「${BAD_ID.slice(17)}」`,
    ]);
    // The footer is named as skipped, never as bad rows; the summary counts the six teachers only.
    await expect(refused.footerNote().innerText()).resolves.toBe('表尾 3 行（制表人：张三…）不导入');
    await expect(refused.root.getByText('6 行数据，10 列 · 表头以上的 2 行不导入').count()).resolves.toBe(1);
    await expect(refused.importButton().isDisabled()).resolves.toBe(true);
    await refused.cancel();
    await expect(teachers.rowCount()).resolves.toBe(0);

    // Fixed in Excel and saved again: the hand mapping is back, the file imports.
    await writeOfficeXlsx(file, TEACHERS);
    const fixed = await teachers.openImport(file);
    await expect(fixed.notice('restored').innerText()).resolves.toBe('已套用上次的列对应');
    await expect(fixed.mappedTo('职称')).resolves.toBe('职称/职务 *');
    await expect(fixed.mappedTo('序号')).resolves.toBe('不导入');
    await expect(fixed.mappedTo('备注')).resolves.toBe('不导入');
    await expect(fixed.issues()).resolves.toEqual([]);
    await expect(fixed.footerNote().innerText()).resolves.toBe('表尾 3 行（制表人：张三…）不导入');
    await expect(fixed.importButton().innerText()).resolves.toBe('导入 6 行');
    await fixed.confirm();
    await expect.poll(() => teachers.rowCount()).toBe(6);
    await expect(gridRows(teachers)).resolves.toEqual(EXPECTED_GRID);
    await editor.waitSaved();
    await expect(storedTeacherIds(page, draftId)).resolves.toEqual(IDS);

    // The same file again: the six are named as already in the roster, 跳过重复 is the default.
    const again = await teachers.openImport(file);
    await expect(again.duplicates()).resolves.toEqual(['6 行的身份证号已在名单中（第 4、5、6、7、8、9 行）']);
    await expect(again.duplicateChoice()).resolves.toBe('跳过重复');
    await expect(again.importButton().innerText()).resolves.toBe('导入 0 行');
    await again.chooseDuplicates('仍然添加');
    await expect(again.importButton().innerText()).resolves.toBe('导入 6 行');
    await again.chooseDuplicates('跳过重复');
    const preview = await again.preview();
    expect(preview.rows.map((r) => r[0])).toEqual(['4 重复', '5 重复', '6 重复', '7 重复', '8 重复']);
    await again.screenshot('roster-import-office-duplicates');
    await again.confirm();
    await expect(page.locator('.ant-message-notice').last().innerText()).resolves.toBe(
      '已导入：新增 0 行，替换已有 0 行，跳过重复 6 行',
    );
    await expect(teachers.rowCount()).resolves.toBe(6);
    await expect(gridRows(teachers)).resolves.toEqual(EXPECTED_GRID);
    await editor.waitSaved();
    await expect(storedTeacherIds(page, draftId)).resolves.toEqual(IDS);

    // Each import kept a 导入前 version; the first one brings back the empty roster.
    await page.getByRole('button', { name: '修改历史' }).click();
    const revisions = page.getByTestId('revision');
    await expect.poll(() => revisions.count()).toBe(2);
    for (const r of await revisions.allInnerTexts()) expect(r).toContain('导入前');
    await revisions.last().getByRole('button', { name: '恢复此版本' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    await expect.poll(() => teachers.rowCount()).toBe(0);
    await expect(storedTeacherIds(page, draftId)).resolves.toEqual([]);
    await expect.poll(() => revisions.first().innerText()).toContain('回退前');
    await page.screenshot({ path: 'test-results/screenshots/revisions-import.png', animations: 'disabled' });
  });

  test('in English: a second file with one teacher already in the roster and one repeated; 替换已有 updates them in place', async () => {
    const english = await launchBrowser();
    try {
      const en = await english.context.newPage();
      await new WizardPage(en).create(inject('baseUrl'), 'yongzhou-2021', 'dual-teacher-team');
      const editorUrl = en.url();
      const draftId = decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(editorUrl)?.[1] ?? '');
      await en.goto(`${inject('baseUrl')}#/settings`);
      await en.getByRole('radio', { name: 'English' }).check();
      await en.goto(editorUrl);
      const grid = new RosterGrid(en, 'Teachers');
      const rowCount = async () =>
        Number(
          /\d+/.exec(
            await grid.root
              .locator('.roster-toolbar')
              .getByText(/^Rows: \d+$/)
              .innerText(),
          )?.[0],
        );
      const openImport = async (path: string) => {
        const [chooser] = await Promise.all([
          en.waitForEvent('filechooser'),
          grid.root.getByRole('button', { name: 'Import Excel/CSV' }).click(),
        ]);
        await chooser.setFiles(path);
        const dialog = new RosterImportDialog(en);
        await dialog.waitOpen();
        return dialog;
      };

      const first = join(dir, '教师-第一批.xlsx');
      await writeOfficeXlsx(first, TEACHERS.slice(0, 4), '职称/职务');
      const dialog = await openImport(first);
      await expect(dialog.footerNote().innerText()).resolves.toBe(
        'Footer under the table, not imported: 3 rows (制表人：张三…)',
      );
      await expect(dialog.importButton().innerText()).resolves.toBe('Import (rows: 4)');
      await dialog.confirm();
      await expect.poll(rowCount).toBe(4);

      // 周建明 again with a new title, two new teachers, and 何晓东 twice (the later row is the right one).
      const [, , zhou, , chen, he] = TEACHERS as [Teacher, Teacher, Teacher, Teacher, Teacher, Teacher];
      const zhouPromoted = [zhou[0], zhou[1], '正高级工程师', ...zhou.slice(3)] as Teacher;
      const heFixed = [he[0], he[1], '助理讲师', ...he.slice(3)] as Teacher;
      const second = join(dir, '教师-第二批.xlsx');
      await writeOfficeXlsx(second, [zhouPromoted, chen, he, heFixed], '职称/职务');
      const again = await openImport(second);
      await expect(again.duplicates()).resolves.toEqual([
        'Already in the roster (ID number): 1, sheet rows 4',
        'Repeating an earlier row of the file (ID number): 1, sheet rows 7',
      ]);
      await expect(again.duplicateChoice()).resolves.toBe('Skip duplicates');
      await expect(again.importButton().innerText()).resolves.toBe('Import (rows: 2)');
      await again.chooseDuplicates('Replace existing');
      await expect(again.importButton().innerText()).resolves.toBe('Import (rows: 4)');
      await again.screenshot('roster-import-office-duplicates-en');
      await again.confirm();
      await expect(en.locator('.ant-message-notice').last().innerText()).resolves.toBe(
        'Imported: 2 rows added, 2 replaced, 0 duplicates skipped',
      );
      await expect.poll(rowCount).toBe(6);
      const titles: string[] = [];
      for (let row = 1; row <= 6; row++) titles.push(await grid.cellText(row, 'Title'));
      expect(titles).toEqual(['高级讲师', '讲师', '正高级工程师', '讲师', '高级讲师', '助理讲师']);
      await expect.poll(() => storedTeacherIds(en, draftId)).toEqual(IDS);

      await en.getByRole('button', { name: 'History' }).click();
      const revisions = en.getByTestId('revision');
      await expect.poll(() => revisions.count()).toBe(2);
      for (const r of await revisions.allInnerTexts()) expect(r).toContain('Before import');
    } finally {
      await english.close();
    }
  });
});
