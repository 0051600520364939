import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkUscc } from '../../shared/ids';
import { LINPING_SCHOOL, LINPING_TEACHERS, LINPING_TEACHERS_85 } from '../fixtures/rosters/roster-data';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const fixture = (file: string) => resolve(import.meta.dirname, '../fixtures/rosters', file);

const NO_AMOUNT_NOTE =
  '临平政办〔2023〕8号未规定本项目的补助金额，本项目不计算金额；如实施细则规定了标准，可在“补助标准”中填写标准及出处，金额将按自填标准计算并注明';

/** Clause 二(三) of 临平政办〔2023〕8号, as the pack quotes it. */
const CLAUSE_2_3 =
  '着力建设一支高素质“双师型”教师队伍,“双师型”教师占专业课教师比例达90%,培育一批有影响力的名师及教育教学创新团队。';

/** Wizard → a Linping dual-teacher-team draft with the school, a 2025 application date and `roster`. */
async function draftWithRoster(page: Page, roster: string, rows: number): Promise<EditorPage> {
  const wizard = new WizardPage(page);
  await wizard.open(inject('baseUrl'));
  // The plan ran 2023-2025; the wizard says so, and a draft dated today is out of its period.
  await expect(wizard.policyCard('linping-2023').innerText()).resolves.toContain('已过方案期限');
  await wizard.choosePolicy('linping-2023');
  await wizard.chooseProgram('dual-teacher-team');
  await wizard.createForNewApplicant();

  const editor = new EditorPage(page);
  await expect
    .poll(() => editor.findingMessages())
    .toContainEqual(
      expect.stringMatching(/已超出临平政办〔2023〕8号的适用期限（至 2025-12-31），请改用现行政策$/),
    );
  expect(checkUscc(LINPING_SCHOOL.orgCode).ok).toBe(true);
  await editor.typeAll({
    学校名称: LINPING_SCHOOL.name,
    统一社会信用代码或学校标识码: LINPING_SCHOOL.orgCode,
    '法定代表人（校长）': LINPING_SCHOOL.legalRepresentative,
    地址: LINPING_SCHOOL.address,
    联系人: LINPING_SCHOOL.contactPerson,
    联系电话: LINPING_SCHOOL.phone,
    开户银行: LINPING_SCHOOL.bankName,
    银行账号: LINPING_SCHOOL.bankAccount,
    团队名称: '智能制造专业群“双师型”教师团队',
    '所属专业（群）': '智能制造专业群',
  });
  await editor.pickDate('申报日期', '2025-11-20');
  await expect(editor.field('申报日期').inputValue()).resolves.toBe('2025-11-20');

  const teachers = editor.roster('团队成员');
  await teachers.importFile(fixture(roster));
  await expect.poll(() => teachers.rowCount()).toBe(rows);
  return editor;
}

describe('“双师型”教师团队建设 under 临平政办〔2023〕8号, from an empty app', () => {
  let page: Page;
  let close: () => Promise<void>;

  beforeEach(async () => {
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
  });
  afterEach(async () => close());

  test('a 2025 draft whose imported team has 90% dual-qualified specialty teachers checks clean, with the no-amount note', async () => {
    const editor = await draftWithRoster(page, LINPING_TEACHERS.file, LINPING_TEACHERS.rows.length);
    const teachers = editor.roster('团队成员');
    await expect(teachers.cellText(10, '“双师型”教师')).resolves.toBe('否');
    await expect(teachers.cellText(9, '聘任方式')).resolves.toBe('企业兼职');

    await expect.poll(() => editor.errorCount()).toBe(0);
    for (const m of await editor.findingMessages()) expect(m).toMatch(/^缺少证明材料：/);
    await expect(editor.amountNote().innerText()).resolves.toBe(NO_AMOUNT_NOTE);
    await expect(editor.amount().count()).resolves.toBe(0);
    await editor.waitSaved();
    await editor.screenshot('program-dual-teacher-team');
  });

  test('a team with 85% dual-qualified specialty teachers gets the finding citing 临平政办〔2023〕8号 二(三), with its words', async () => {
    const editor = await draftWithRoster(page, LINPING_TEACHERS_85.file, LINPING_TEACHERS_85.rows.length);
    const message = '“双师型”教师占专业课教师比例应达到90%，现为 17/20（85.0%）';

    await expect.poll(() => editor.findingMessages()).toContain(message);
    expect(await editor.errorCount()).toBe(1);
    await expect(editor.findingClause(message)).resolves.toBe('（临平政办〔2023〕8号 二(三)）');
    await expect(editor.expandFinding(message)).resolves.toBe(CLAUSE_2_3);
    // The same finding stands under the roster it is about.
    await expect(
      page.locator('[data-table="data.teachers"] .table-finding').allInnerTexts(),
    ).resolves.toEqual([message]);
    await editor.screenshot('program-dual-teacher-team-85');
  });
});
