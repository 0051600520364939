import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkResidentId } from '../../shared/ids';
import {
  BAD_ID_RIGHT,
  BAD_ID_SHEET_ROW,
  BAD_ID_WRONG,
  WUZHOU_APPRENTICES,
  WUZHOU_ENTERPRISE,
} from '../fixtures/rosters/roster-data';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const fixture = (file: string) => resolve(import.meta.dirname, '../fixtures/rosters', file);

/** What the amount panel says when 梧政办发〔2024〕35号 sets no amount and no standard is entered. */
const NO_AMOUNT_NOTE =
  '梧政办发〔2024〕35号未规定本项目的补助金额，本项目不计算金额；如实施细则规定了标准，可在“补助标准”中填写标准及出处，金额将按自填标准计算并注明';

describe('现代学徒制/企业新型学徒制培训补贴 under 梧政办发〔2024〕35号, from an empty app', () => {
  let page: Page;
  let close: () => Promise<void>;

  beforeEach(async () => {
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
  });
  afterEach(async () => close());

  test('imported apprentices and a plan with practice ≥ 50% check clean; the panel says the document sets no amount', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'wuzhou-2024', 'apprenticeship');
    const editor = new EditorPage(page);
    await editor.typeAll({
      企业名称: WUZHOU_ENTERPRISE.name,
      统一社会信用代码: WUZHOU_ENTERPRISE.orgCode,
      法定代表人: WUZHOU_ENTERPRISE.legalRepresentative,
      地址: WUZHOU_ENTERPRISE.address,
      联系人: WUZHOU_ENTERPRISE.contactPerson,
      联系电话: WUZHOU_ENTERPRISE.phone,
      开户银行: WUZHOU_ENTERPRISE.bankName,
      银行账号: WUZHOU_ENTERPRISE.bankAccount,
      合作院校: '梧州职业学院',
      培养计划理论课时: '480',
      培养计划实践课时: '400',
    });
    await editor.choose('学徒制类型', '企业新型学徒制');

    const apprentices = editor.roster('学徒名单');
    await apprentices.importFile(fixture(WUZHOU_APPRENTICES.file));
    await expect.poll(() => apprentices.rowCount()).toBe(WUZHOU_APPRENTICES.rows.length);
    await expect(apprentices.cellText(2, '身份证号')).resolves.toBe(String(WUZHOU_APPRENTICES.rows[1]?.[1]));
    await expect(apprentices.cellText(3, '目标等级')).resolves.toBe('三级/高级工');
    await expect(apprentices.cellText(1, '培养开始日期')).resolves.toBe('2025-09-01');

    // 400 of 880 hours is under half: the one error left cites (十四).
    const short = '实践性教学课时应不少于总课时的50%，现为 400/880（45.5%）';
    await expect.poll(() => editor.findingMessages()).toContain(short);
    expect(await editor.errorCount()).toBe(1);
    await expect(editor.findingClause(short)).resolves.toBe('（梧政办发〔2024〕35号 (十四)）');
    await expect(editor.fieldMessage('培养计划实践课时').innerText()).resolves.toBe(short);

    // Exactly half passes: the document says 不少于.
    await editor.type('培养计划实践课时', '480');
    await expect.poll(() => editor.errorCount()).toBe(0);
    await editor.type('培养计划实践课时', '720');
    await expect.poll(() => editor.errorCount()).toBe(0);
    for (const m of await editor.findingMessages()) expect(m).toMatch(/^缺少证明材料：/);

    await expect(page.getByTestId('checks-clean').innerText()).resolves.toContain('没有错误');
    await expect(editor.amountNote().innerText()).resolves.toBe(NO_AMOUNT_NOTE);
    await expect(editor.amount().count()).resolves.toBe(0);
    await expect(page.locator('.amount-panel').innerText()).resolves.toContain('本文件未规定金额');
    await editor.waitSaved();
    await editor.screenshot('program-apprenticeship');
  });

  test('an import with one wrong ID check digit writes no row and names the row', async () => {
    const right = BAD_ID_RIGHT.slice(17);
    const wrong = BAD_ID_WRONG.slice(17);
    expect(checkResidentId(BAD_ID_RIGHT).ok).toBe(true);
    expect(checkResidentId(BAD_ID_WRONG)).toMatchObject({
      ok: false,
      message: `身份证号第18位（校验码）应为「${right}」，实为「${wrong}」`,
    });
    await new WizardPage(page).create(inject('baseUrl'), 'wuzhou-2024', 'apprenticeship');
    const apprentices = new EditorPage(page).roster('学徒名单');
    const expected = `第 ${BAD_ID_SHEET_ROW} 行「身份证号」：身份证号第18位（校验码）应为「${right}」，实为「${wrong}」`;

    await apprentices.importFile(fixture('wuzhou-apprentices-bad-id.xlsx'));
    await expect.poll(() => apprentices.issues()).toEqual([expected]);
    // The report is in the 导入名单 dialog, before anything is written; 导入 stays disabled.
    await expect(apprentices.issuesTitle().innerText()).resolves.toBe('发现 1 处问题，未写入任何数据');
    await expect(apprentices.importDialog().importButton().isDisabled()).resolves.toBe(true);
    await expect(apprentices.rowCount()).resolves.toBe(0);
    await new EditorPage(page).screenshot('program-apprenticeship-bad-id');

    // The corrected file goes in whole; the bad one again leaves those rows as they are.
    await apprentices.importFile(fixture(WUZHOU_APPRENTICES.file));
    await expect.poll(() => apprentices.rowCount()).toBe(5);
    await expect(apprentices.issues()).resolves.toEqual([]);
    await apprentices.importFile(fixture('wuzhou-apprentices-bad-id.xlsx'));
    await expect.poll(() => apprentices.issues()).toEqual([expected]);
    await expect(apprentices.rowCount()).resolves.toBe(5);
  });
});
