import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { checkResidentId } from '../../shared/ids';
import {
  BAD_INTERN_ID_RIGHT,
  BAD_INTERN_ID_WRONG,
  BAD_INTERN_SHEET_ROW,
  OTHER_HEADER,
  QUZHOU_INTERNS,
  QUZHOU_INTERNS_BAD_ID,
  QUZHOU_INTERNS_MORE,
  writeGbkCsv,
  writeTitledXlsx,
  writeXlsx,
} from '../fixtures/rosters/other-headers';
import { EditorPage } from './page-models/editor-page';
import type { RosterGrid } from './page-models/roster-grid';
import { RosterImportDialog } from './page-models/roster-import-dialog';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const GRID_COLUMNS = ['姓名', '身份证号', '就读学校', '专业', '实习开始日期', '实习结束日期'];

/** Every cell of the grid under its six columns, row by row. */
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

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
/** The intern rows as the grid shows them: the six mapped cells, 备注 left out. */
const FIRST = QUZHOU_INTERNS.map((r) => r.slice(0, 6).map(iso));
const MORE = QUZHOU_INTERNS_MORE.map((r) => [...r.slice(0, 4), '2025-09-01', '2026-01-31']);

describe('导入名单: a file whose headers are not the roster’s, mapped by the user', () => {
  let dir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grantdesk-mapping-'));
    await writeXlsx(file('实习学生-学校名单.xlsx'), OTHER_HEADER, QUZHOU_INTERNS);
    await writeXlsx(file('实习学生-有错.xlsx'), OTHER_HEADER, QUZHOU_INTERNS_BAD_ID);
    writeGbkCsv(file('实习学生-第二批.csv'), OTHER_HEADER, QUZHOU_INTERNS_MORE);
    await writeTitledXlsx(
      file('实习学生-带标题.xlsx'),
      '衢州职业技术学院 2025年实习学生名单',
      '填表说明：身份证号请填写18位，日期格式为 年-月-日',
      [...GRID_COLUMNS, '备注'],
      QUZHOU_INTERNS,
    );
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('mapped by hand, imported with exact values; the mapping is remembered; a bad row writes nothing', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'internship');
    const editor = new EditorPage(page);
    const interns = editor.roster('实习学生名单');

    // First import: the four known headers are matched, the two unknown ones are not, 备注 has no field.
    const dialog = await interns.openImport(file('实习学生-学校名单.xlsx'));
    await expect(dialog.title()).resolves.toBe('导入名单：实习学生-学校名单.xlsx');
    await expect(dialog.headerRow()).resolves.toBe('第 1 行');
    await expect(dialog.columns()).resolves.toEqual(OTHER_HEADER);
    await expect(dialog.samples('学生姓名')).resolves.toBe('王雨涵、徐子轩、郑可欣');
    await expect(dialog.mappedTo('就读学校')).resolves.toBe('就读学校 *');
    await expect(dialog.mappedTo('学生姓名')).resolves.toBe('不导入');
    await expect(dialog.mappedTo('备注')).resolves.toBe('不导入');
    await expect(dialog.notice('missing').innerText()).resolves.toBe(
      '以下必填项还没有对应的列：姓名、身份证号',
    );
    await expect(dialog.importButton().isDisabled()).resolves.toBe(true);
    await expect(dialog.notice('restored').count()).resolves.toBe(0);

    // Without a header row the columns are numbered and the header texts become data.
    await dialog.chooseHeaderRow('没有表头（第一行就是数据）');
    await expect(dialog.columns()).resolves.toEqual(OTHER_HEADER.map((_, i) => `第${i + 1}列`));
    await expect(dialog.samples('第1列')).resolves.toBe('学生姓名、王雨涵、徐子轩');
    await dialog.chooseHeaderRow('第 1 行');

    await dialog.map('学生姓名', '姓名');
    await expect(dialog.notice('missing').innerText()).resolves.toBe('以下必填项还没有对应的列：身份证号');
    await dialog.map('证件号', '身份证号');
    await expect(dialog.notice('missing').count()).resolves.toBe(0);

    // Two columns on one field are refused until one of them is set back to 不导入.
    await dialog.map('备注', '姓名');
    await expect(dialog.notice('duplicate').innerText()).resolves.toBe(
      '「学生姓名、备注」都对应到了「姓名」：每一项只能由一列导入，请把多余的列改为“不导入”',
    );
    await expect(dialog.importButton().isDisabled()).resolves.toBe(true);
    await dialog.map('备注', '不导入');
    await expect(dialog.notice('duplicate').count()).resolves.toBe(0);

    await expect(dialog.preview()).resolves.toEqual({
      header: ['行号', ...GRID_COLUMNS],
      rows: FIRST.map((cells, i) => [String(i + 2), ...cells]),
    });
    await expect(dialog.importButton().innerText()).resolves.toBe('导入 3 行');
    await dialog.screenshot('roster-import-dialog');
    await dialog.confirm();
    await expect.poll(() => interns.rowCount()).toBe(3);
    await expect(gridRows(interns)).resolves.toEqual(FIRST);

    // Second import, same headers (a GBK .csv this time): the saved mapping is applied and said so.
    const again = await interns.openImport(file('实习学生-第二批.csv'));
    await expect(again.notice('restored').innerText()).resolves.toBe('已套用上次的列对应');
    await expect(again.mappedTo('学生姓名')).resolves.toBe('姓名 *');
    await expect(again.mappedTo('证件号')).resolves.toBe('身份证号 *');
    await expect(again.mappedTo('备注')).resolves.toBe('不导入');
    await expect(again.root.getByText('2 行数据，7 列 · 按 GBK 编码读取').count()).resolves.toBe(1);
    // The preview shows the values as the grid will: 2025/9/1 typed in the .csv becomes 2025-09-01.
    await expect(again.preview()).resolves.toEqual({
      header: ['行号', ...GRID_COLUMNS],
      rows: MORE.map((cells, i) => [String(i + 2), ...cells]),
    });
    await again.chooseMode('追加到已有行之后');
    await again.screenshot('roster-import-dialog-saved-mapping');
    await again.confirm();
    await expect.poll(() => interns.rowCount()).toBe(5);
    await expect(gridRows(interns)).resolves.toEqual([...FIRST, ...MORE]);

    // A file with one wrong ID check digit: the row and the file's column are named, nothing is written.
    expect(checkResidentId(BAD_INTERN_ID_RIGHT).ok).toBe(true);
    const right = BAD_INTERN_ID_RIGHT.slice(17);
    const wrong = BAD_INTERN_ID_WRONG.slice(17);
    const bad = await interns.openImport(file('实习学生-有错.xlsx'));
    await expect(bad.notice('restored').count()).resolves.toBe(1);
    await expect(bad.issues()).resolves.toEqual([
      `第 ${BAD_INTERN_SHEET_ROW} 行「证件号」（身份证号）：身份证号第18位（校验码）应为「${right}」，实为「${wrong}」`,
    ]);
    await expect(bad.issuesTitle().innerText()).resolves.toBe('发现 1 处问题，未写入任何数据');
    await expect(bad.importButton().isDisabled()).resolves.toBe(true);
    await expect(bad.importButton().innerText()).resolves.toBe('导 入');
    await bad.screenshot('roster-import-dialog-bad-id');
    await bad.cancel();
    await expect(interns.rowCount()).resolves.toBe(5);
    await expect(gridRows(interns)).resolves.toEqual([...FIRST, ...MORE]);

    // 替换已有的行 leaves exactly the file's rows.
    const replace = await interns.openImport(file('实习学生-第二批.csv'));
    await replace.chooseMode('替换已有的行');
    await replace.confirm();
    await expect.poll(() => interns.rowCount()).toBe(2);
    await expect(gridRows(interns)).resolves.toEqual(MORE);
  });

  test('下载模板 saves an .xlsx with the roster’s header, its ID column as text', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'internship');
    const interns = new EditorPage(page).roster('实习学生名单');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      interns.root.getByRole('button', { name: '下载模板' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('实习学生名单模板.xlsx');
    const saved = file('template.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...GRID_COLUMNS.map((c) => `${c}*`)]);
    expect(sheet?.getColumn(2).numFmt).toBe('@');
  });

  test('a title and a note above the header: the header row is found, the rows under it are imported', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'internship');
    const interns = new EditorPage(page).roster('实习学生名单');
    const dialog = await interns.openImport(file('实习学生-带标题.xlsx'));
    await expect(dialog.headerRow()).resolves.toBe('第 3 行');
    await expect(dialog.columns()).resolves.toEqual([...GRID_COLUMNS, '备注']);
    await expect(dialog.mappedTo('身份证号')).resolves.toBe('身份证号 *');
    await expect(dialog.mappedTo('备注')).resolves.toBe('不导入');
    await expect(dialog.samples('姓名')).resolves.toBe('王雨涵、徐子轩、郑可欣');
    await expect(dialog.root.getByText('3 行数据，7 列 · 表头以上的 2 行不导入').count()).resolves.toBe(1);
    await expect(dialog.preview()).resolves.toEqual({
      header: ['行号', ...GRID_COLUMNS],
      rows: FIRST.map((cells, i) => [String(i + 4), ...cells]),
    });
    await dialog.screenshot('roster-import-dialog-title-row');

    // Without a header the columns keep their fields; the title, the note and the header become rows
    // that do not parse, each named by its row, and nothing can be imported.
    await dialog.chooseHeaderRow('没有表头（第一行就是数据）');
    await expect(dialog.mappedTo('第2列')).resolves.toBe('身份证号 *');
    const issues = await dialog.issues();
    expect([...new Set(issues.map((line) => /^第 (\d+) 行/.exec(line)?.[1]))]).toEqual(['1', '2', '3']);
    expect(issues.filter((line) => line.startsWith('第 3 行「第2列」（身份证号）：'))).toHaveLength(1);
    await expect(dialog.importButton().isDisabled()).resolves.toBe(true);

    await dialog.chooseHeaderRow('第 3 行');
    await expect(dialog.importButton().innerText()).resolves.toBe('导入 3 行');
    await dialog.confirm();
    await expect.poll(() => interns.rowCount()).toBe(3);
    await expect(gridRows(interns)).resolves.toEqual(FIRST);
  });

  test('in English the grid toolbar, the whole dialog and its row report are in English', async () => {
    const english = await launchBrowser();
    try {
      const en = await english.context.newPage();
      await new WizardPage(en).create(inject('baseUrl'), 'quzhou-2025', 'internship');
      const editorUrl = en.url();
      await en.goto(`${inject('baseUrl')}#/settings`);
      await en.getByRole('radio', { name: 'English' }).check();
      await en.goto(editorUrl);
      const grid = en
        .locator('.roster-grid')
        .filter({ has: en.locator('.roster-toolbar').getByText('Interns', { exact: true }) });
      await expect(grid.locator('.roster-toolbar').innerText()).resolves.toMatch(
        /^Interns\s+Rows: 0\s+Add row\s+Delete selected\s+Paste from Excel\s+Import Excel\/CSV\s+Download template\s+Export to Excel$/,
      );
      const [chooser] = await Promise.all([
        en.waitForEvent('filechooser'),
        grid.getByRole('button', { name: 'Import Excel/CSV' }).click(),
      ]);
      await chooser.setFiles(file('实习学生-有错.xlsx'));
      const dialog = new RosterImportDialog(en);
      await dialog.waitOpen();
      await expect(dialog.title()).resolves.toBe('Import roster: 实习学生-有错.xlsx');
      await expect(dialog.headerRow()).resolves.toBe('Row 1');
      await expect(dialog.mappedTo('学生姓名')).resolves.toBe('Do not import');
      await expect(dialog.notice('missing').innerText()).resolves.toBe(
        'No column is mapped to these required fields: Name, ID number',
      );
      await dialog.map('学生姓名', 'Name');
      await dialog.map('证件号', 'ID number');
      await expect(dialog.issuesTitle().innerText()).resolves.toBe(
        'Problems found: 1; nothing has been written',
      );
      await expect(dialog.issues()).resolves.toEqual([
        `Row ${BAD_INTERN_SHEET_ROW}, “证件号” (ID number): Character 18 (check digit) should be "${BAD_INTERN_ID_RIGHT.slice(17)}", got "${BAD_INTERN_ID_WRONG.slice(17)}"`,
      ]);
      await dialog.screenshot('roster-import-dialog-en');
    } finally {
      await english.close();
    }
  });
});
