// The English switch covers every screen's own text: each page is read in English and must show no
// Chinese but data (policy titles, 文号, clause words, example names) and the areas others own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { retype } from './support/typing';
import { writeOfficialForm } from '../fixtures/forms/official-form';
import { ShellPage } from './page-models/shell-page';
import {
  chineseLeft,
  policyAndExampleData,
  screenshotPage,
  settled,
  shownTexts,
  type ShownText,
} from './page-models/interface-text';

describe('the interface in English', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const data = policyAndExampleData();
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-english-e2e-'));

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await new ShellPage(page).open(inject('baseUrl'), 'settings');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(route: string, heading: string): Promise<void> {
    await page.goto(`${inject('baseUrl')}#/${route}`);
    await page.locator('main h3', { hasText: heading }).waitFor();
  }

  /**
   * The page's interface text is English: it contains each of `expected` (so the check read the
   * page) and, once data is taken out, nothing Chinese is left. Returns what it read.
   */
  async function expectEnglish(
    expected: readonly string[],
    ignore: readonly string[] = [],
  ): Promise<ShownText[]> {
    await settled(page);
    const texts = (await shownTexts(page)).filter((t) => !ignore.includes(t.text));
    const all = texts.map((t) => t.text).join('\n');
    expect(expected.filter((e) => !all.includes(e))).toEqual([]);
    expect(chineseLeft(texts, data)).toEqual([]);
    return texts;
  }

  const screenshot = (name: string) => screenshotPage(page, name);

  test('drafts: the first-run offer, then the example drafts in the list', async () => {
    await open('drafts', 'Drafts');
    await expectEnglish(['Drafts', 'No drafts yet', 'Load examples (one per program)', 'Import draft']);
    await page.getByRole('button', { name: 'Load examples (one per program)' }).click();
    await page.getByText('Examples loaded: one per program').waitFor();
    await page.getByText(/^\d+ in all$/).waitFor();
    // Amounts are derived row by row; wait until none is still '…'.
    await expect.poll(() => page.locator('.ant-table-cell', { hasText: /^…$/ }).count()).toBe(0);
    await expectEnglish([
      'Application',
      'Program',
      'Last saved',
      'Amount (yuan)',
      'Industry-education training base subsidy',
      'Draft',
      'Copy',
      'Back up selected',
    ]);
    await screenshot('en-drafts');
    // Delete offers an undo in the toast.
    await page.locator('.ant-table-row').first().getByRole('button', { name: 'Delete' }).click();
    await page.getByText(/^Deleted "/).waitFor();
    await expectEnglish(['Undo']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText(/^Deleted "/).waitFor({ state: 'detached' });
    // The status filter's options.
    await page.locator('.ant-select', { hasText: 'Status' }).click();
    await page.locator('.ant-select-dropdown:visible').waitFor();
    await expectEnglish(['Ready to print', 'Submitted', 'Rejected']);
    await page.keyboard.press('Escape');
    // The bin: a deleted draft with its dates and Restore.
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.locator('.ant-table-row').first().getByRole('button', { name: 'Delete' }).click();
    await page.getByText(/^Deleted "/).waitFor();
    await page.locator('.drafts-view').getByText('Bin', { exact: true }).click();
    await page.locator('.deleted-drafts .ant-table-row').waitFor();
    await expectEnglish([
      'All applications',
      'Deleted applications stay in the bin for 30 days',
      'Removed for good on',
      'Restore',
    ]);
    await screenshot('en-drafts-bin');
    await page.locator('.deleted-drafts').getByRole('button', { name: 'Restore' }).click();
    await page.getByText('The bin is empty').waitFor();
    await page.locator('.drafts-view').getByText('All applications', { exact: true }).click();
    await page.getByText(/^\d+ in all$/).waitFor();
  });

  test('new application: the policy, program and applicant steps', async () => {
    await open('new', 'New application');
    await expectEnglish(['Policy', 'Program', 'Applicant', 'Period ended']);
    await screenshot('en-new-policy');
    await page.getByTestId('policy-quzhou-2025').click();
    await page.getByTestId('program-dual-teacher-team').waitFor();
    await expectEnglish(['Enterprise', 'School', 'Dual-qualified teacher team']);
    await screenshot('en-new-program');
    await page.getByTestId('program-dual-teacher-team').click();
    await page.getByRole('button', { name: 'Create and start' }).waitFor();
    await expectEnglish([
      'Dual-qualified teacher team:',
      'Clauses:',
      'Documents to attach:',
      'A new applicant',
    ]);
    await screenshot('en-new-applicant');
  });

  test('eligibility', async () => {
    await open('eligibility', 'Eligibility');
    await expectEnglish(['Applicant type', 'Registered in', 'Programs', 'Estimate (yuan)', 'yuan']);
    await screenshot('en-eligibility');
  });

  test('policy library: programs, clauses and full text of a document', async () => {
    await open('policies', 'Policy library');
    await expectEnglish(['Document no.', 'Issued by', 'Programs (']);
    await screenshot('en-policies');
    await page
      .getByTestId('pack-detail')
      .getByRole('tab', { name: /^Clauses/ })
      .click();
    await page.getByTestId('clause').first().waitFor();
    await expectEnglish(['Used by: ']);
    await page.getByTestId('pack-detail').getByRole('tab', { name: 'Full text' }).click();
    await page.getByTestId('policy-source').waitFor();
    await expectEnglish(['The source document as saved from the web']);
  });

  test('backup: export, then a backup chosen for restoring', async () => {
    await open('backup', 'Backup & restore');
    // The browser version reminds to download a backup once it knows there are drafts.
    await page.getByText('No backup downloaded yet').waitFor();
    await expectEnglish(['Export backup', 'Restore from backup', 'No backup downloaded yet']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const zip = join(dir, 'backup.zip');
    await download.saveAs(zip);
    await page.getByText(/^Exported \d+ applications and \d+ attachments$/).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from backup…' }).click(),
    ]);
    await chooser.setFiles(zip);
    await page.getByText('Backed up', { exact: true }).waitFor();
    await expectEnglish(['Backup file', 'Applications', 'keep both', 'replace it', 'Restore']);
    await screenshot('en-backup');
    // A file that is not a backup is refused in English.
    const bad = join(dir, 'not-a-backup.zip');
    writeFileSync(bad, 'not a zip');
    const [refused] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from backup…' }).click(),
    ]);
    await refused.setFiles(bad);
    await page.getByTestId('restore-error').waitFor();
    await expectEnglish(['Cannot restore', '"not-a-backup.zip": The file is not a valid zip backup']);
    await screenshot('en-backup-refused');
  });

  test('settings', async () => {
    await open('settings', 'Settings');
    await page.getByTestId('storage').filter({ hasNotText: 'Reading…' }).waitFor();
    // The language choice names each language in itself: 中文 stays 中文.
    await expectEnglish(['Environment', 'Storage', 'Language', 'Browser (Chromium)', 'English'], ['中文']);
    await screenshot('en-settings');
  });

  test('official form: a fillable PDF matched with an example draft, and the blank forms', async () => {
    const form = join(dir, 'official-form.pdf');
    await writeOfficialForm(form);
    await open('acroform', 'Official forms');
    await expectEnglish(['1. Choose the official form', 'Choose PDF form…', 'Blank fillable forms']);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose PDF form…' }).click(),
    ]);
    await chooser.setFiles(form);
    await page.getByTestId('official-pdf').waitFor();
    await page.getByRole('combobox', { name: 'Draft', exact: true }).click();
    await page.keyboard.type('衢州智造');
    await page
      .locator('.ant-select-item-option', { hasText: 'Industry-education training base subsidy' })
      .first()
      .click();
    await page.locator('.ant-table-row', { hasText: 'company_name' }).waitFor();
    await expectEnglish([
      '4 fillable fields',
      'Form field',
      'Fill with',
      'Text',
      'Amount in words',
      'Flatten',
      'Create filled PDF',
    ]);
    await screenshot('en-official-form');
    await page.getByRole('combobox', { name: 'Program', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').waitFor();
    await expectEnglish(['衢政办发〔2025〕10号 · Industry-education training base subsidy']);
    await page.keyboard.press('Escape');
  });

  test('editor of an example draft: checks, amount, attachments, status, print menu and history', async () => {
    await open('drafts', 'Drafts');
    const search = page.getByPlaceholder('Search title, applicant or code');
    await retype(search, '衢州智造');
    await search.press('Enter');
    await page.getByRole('link', { name: /^衢州智造.*Industry-education training base subsidy$/ }).click();
    await page.getByTestId('save-state').waitFor();
    await page.getByTestId('amount').waitFor();
    const scan = join(dir, 'business-licence.pdf');
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    writeFileSync(scan, await doc.save());
    await page.locator('.attachments-section input[type=file]').setInputFiles(scan);
    await page.getByTestId('attachment-name').waitFor();
    await expectEnglish(['business-licence.pdf', 'Attached', 'Business licence', 'Preview']);
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved/ })
      .waitFor();
    await expectEnglish([
      'Policy checks',
      'Errors 0',
      'No errors: the final form can be printed',
      'Claimable amount',
      'Per the policy document',
      'In words:',
      'Documents to attach',
      'Missing',
      'Drop scans',
      'Print form',
      'History',
      'Change status',
      'Saved',
      'Applicant',
    ]);
    await screenshot('en-editor');

    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('menuitem', { name: 'Change to "Ready to print"' }).waitFor();
    await expectEnglish(['Change to "Ready to print"']);
    await page.getByRole('menuitem', { name: 'Change to "Ready to print"' }).click();
    await expect.poll(() => page.getByTestId('draft-status').innerText()).toBe('Ready to print');
    await page.getByText('Status changed to "Ready to print"').waitFor();
    await expectEnglish(['Status changed to "Ready to print"']);

    await page.getByRole('button', { name: 'More print options' }).click();
    await page.getByRole('menuitem', { name: 'Save as PDF' }).waitFor();
    await expectEnglish(['Preview', 'Save as PDF', 'Open in system viewer']);
    await page.screenshot({ path: 'test-results/screenshots/en-print-menu.png', animations: 'disabled' });
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);

    await page.getByRole('button', { name: 'History' }).click();
    await page.getByTestId('revision').first().waitFor();
    // Summaries are stored in Chinese as written; the fixed first one is shown in English.
    await expect(page.getByTestId('revision').first().innerText()).resolves.toContain('First saved version');
    await page.getByRole('button', { name: 'Restore this version' }).first().click();
    await page.locator('.ant-popconfirm').waitFor();
    await expectEnglish([
      'History (last 50 versions)',
      'Status change',
      'Replace the current content',
      'Cancel',
    ]);
    await page.screenshot({ path: 'test-results/screenshots/en-revisions.png', animations: 'disabled' });
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.ant-drawer-close').click();
  });

  test('editor of a new draft: findings in English, the own standard, and the draft-print confirmation', async () => {
    await open('new', 'New application');
    await page.getByTestId('policy-quzhou-2025').click();
    await page.getByTestId('program-dual-teacher-team').click();
    await page.getByRole('radio', { name: /A new applicant/ }).check();
    await page.getByRole('button', { name: 'Create and start' }).click();
    await page.getByTestId('save-state').waitFor();
    await expect
      .poll(async () => Number(/\d+/.exec(await page.getByTestId('error-count').innerText())?.[0]))
      .toBeGreaterThan(0);
    await page.getByRole('switch', { name: 'Use your own standard' }).click();
    await page.getByRole('combobox', { name: 'Basis' }).waitFor();
    await expectEnglish([
      'Error',
      'Errors ',
      'Computed once complete',
      'Subsidy standard',
      'Use your own standard',
    ]);
    await screenshot('en-editor-new');

    await page.getByRole('button', { name: 'Print form' }).click();
    await page.locator('.ant-modal-confirm').waitFor();
    await expectEnglish([
      'The application still has',
      'stamped as a draft',
      'Create draft copy',
      'Back to editing',
    ]);
    await page.screenshot({ path: 'test-results/screenshots/en-print-confirm.png', animations: 'disabled' });
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
  });

  test('switching back to Chinese shows the Chinese interface again', async () => {
    await open('settings', 'Settings');
    await page.getByRole('radio', { name: '中文' }).check();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await open('drafts', '申报草稿');
    await page.getByText(/^共 \d+ 份$/).waitFor();
    const list = await shownTexts(page);
    const listText = list.map((t) => t.text);
    for (const zh of [
      '导入草稿（JSON 或已打印的 PDF）',
      '导出所选为备份',
      '最后保存',
      '金额（元）',
      '打开',
      '草稿',
    ])
      expect(listText).toContain(zh);
    expect(listText).toContain('搜索标题、申报单位或代码');
    // The same check that passes in English finds the Chinese interface here.
    expect(chineseLeft(list, data).length).toBeGreaterThan(10);
    await screenshot('zh-drafts');
    await page
      .getByRole('link', { name: /产教融合实训基地建设补助$|Industry-education training base subsidy$/ })
      .first()
      .click();
    await page.getByTestId('save-state').waitFor();
    const editorText = (await shownTexts(page)).map((t) => t.text);
    for (const zh of ['政策核对', '可申报金额', '材料清单', '打印申报表', '修改历史', '更改状态'])
      expect(editorText).toContain(zh);
    await expect(page.getByTestId('save-state').innerText()).resolves.toMatch(/^已保存/);
    await screenshot('zh-editor');
  });
});
