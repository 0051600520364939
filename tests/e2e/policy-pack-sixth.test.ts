// A sixth document, not bundled: examples/packs/sample-skills-2026 (示人社发〔2026〕3号, a labelled sample with a
// 100万 threshold and per-level amounts), zipped at test time, imported through 政策库 → 导入政策包, used by a new
// 实训基地 draft typed key by key (below the threshold, then over it) and printed with its 文号 and pack@version.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { EditorPage } from './page-models/editor-page';
import { PoliciesPage } from './page-models/policies-page';
import { WizardPage } from './page-models/wizard-page';
import { PackImportDialog, storedRows } from './page-models/pack-import';
import { storedRoster } from './page-models/roster-grid';
import { draftIdOf } from './support/stored-draft';

const ID = 'sample-skills-2026';
const FOLDER = join('examples/packs', ID);
const DOC = '示人社发〔2026〕3号';
const APPLICANT = '示例市恒远精密机械有限公司';

/** The folder as a user would zip it: the three files under the pack's own folder name. */
function zipFolder(dir: string): string {
  const files = Object.fromEntries(
    ['pack.yaml', 'tests.yaml', 'source.txt'].map((name) => [
      `${ID}/${name}`,
      new Uint8Array(readFileSync(join(FOLDER, name))),
    ]),
  );
  const path = join(dir, `${ID}.zip`);
  writeFileSync(path, zipSync(files));
  return path;
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe('a sixth document as an imported pack, from import to print', () => {
  let page: Page;
  let close: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-pack6-e2e-'));

  beforeAll(async () => {
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the zip is checked, passes its own 15 tests, lists its clauses, and is stored', async () => {
    const policies = new PoliciesPage(page);
    await policies.open(inject('baseUrl'));
    const dialog = new PackImportDialog(page);
    await dialog.open();
    await dialog.choose(zipFolder(dir));
    const result = dialog.result();
    await expect(result.getByTestId('import-pack-name').innerText()).resolves.toContain(
      `${DOC}\u3000${ID}@2026.1`,
    );
    await expect(result.getByTestId('import-pack-tests').innerText()).resolves.toBe(
      '政策包自带测试：15 通过，0 未通过',
    );
    const clauses = await result.getByTestId('import-pack-clauses').innerText();
    expect(clauses).toContain(
      '自有资金投入在100万元以上的，按自有资金投入总额的10%给予补助，最高不超过30万元',
    );
    expect(clauses).toContain('达到技师（二级）水平的，每人每年6000元');
    await policies.screenshot('pack6-import-dialog');
    await dialog.importIt();
    await page.locator('.ant-message-notice', { hasText: `已导入 ${ID}@2026.1` }).waitFor();
    const rows = await storedRows<{ packId: string; version: string }>(page, 'packs');
    expect(rows.map((r) => [r.packId, r.version])).toEqual([[ID, '2026.1']]);
    await expect(policies.detail().innerText()).resolves.toContain(DOC);
  });

  test('a new 实训基地 draft: below 100万 the finding cites 第三条; typed over, ¥185,000.00 with 大写; printed', async () => {
    const wizard = new WizardPage(page);
    await wizard.open(inject('baseUrl'));
    await wizard.choosePolicy(ID);
    await wizard.chooseProgram('training-base');
    await expect(wizard.citation()).resolves.toContain(`依据：${DOC} 第三条`);
    await wizard.createForNewApplicant();
    const editor = new EditorPage(page);
    await expect(page.getByTestId('pack-version').innerText()).resolves.toBe(`${ID}@2026.1`);

    // The applicant and the base, key by key (a valid code of region 990100, the pack's own).
    await editor.typeAll({
      企业名称: APPLICANT,
      统一社会信用代码: '91990100MA2EX8P122',
      法定代表人: '王建平',
      地址: '示例省示例市示例路8号',
      联系人: '李晓红',
      联系电话: '0999-6123456',
      开户银行: '中国工商银行示例市分行',
      银行账号: '1209270019200654321',
      实训基地名称: '示例市恒远精密产教融合实训基地',
      服务产业领域: '智能制造',
      实训工位数: '40',
      年实训能力: '900',
    });
    await editor.pickDate('申报日期', '2026-11-20');
    await editor.pickDate('建设开始日期', '2026-03-01');
    await editor.pickDate('建设完成日期', '2026-10-31');

    const partners = editor.roster('合作院校');
    await partners.root.getByRole('button', { name: '添加一行' }).click();
    await expect.poll(() => partners.rowCount()).toBe(1);
    await partners.type(1, '院校名称', '示例市示例职业技术学院', 'Tab');
    await partners.type(1, '合作协议签订日期', '2026-02-20', 'Tab');

    const investments = editor.roster('投资明细');
    await investments.root.getByRole('button', { name: '添加一行' }).click();
    await expect.poll(() => investments.rowCount()).toBe(1);
    // 类别 is a list: its first character picks 设备购置, Enter takes it.
    await investments.click(1, '类别');
    await page.keyboard.type('设');
    await page.keyboard.press('Enter');
    await expect.poll(() => investments.cellText(1, '类别')).toBe('设备购置');
    await investments.type(1, '项目名称', '精密数控加工中心', 'Tab');
    await investments.type(1, '金额', '960000', 'Tab');
    await investments.type(1, '发票号码', '26992990100000107919', 'Tab');
    await investments.type(1, '开票日期', '2026-05-12', 'Tab');

    // Below the threshold: nothing is paid, and the finding names the document's clause.
    await editor.waitSaved();
    const BELOW = '实际投资额 960,000.00 元未达到文件规定的起点 1,000,000.00 元，不予补助';
    const below = editor.finding(BELOW);
    await below.waitFor();
    await expect(editor.findingMessages()).resolves.toContain(BELOW);
    await expect(editor.findingClause(BELOW)).resolves.toBe(`（${DOC} 第三条）`);
    await expect(editor.expandFinding(BELOW)).resolves.toContain('投入不足100万元的，不予补助');
    await expect.poll(() => editor.amount().innerText()).toBe('¥0.00');
    await editor.screenshot('pack6-below-threshold');

    // Typed over: 1,850,000.00 × 10% = 185,000.00, under the 30万 cap.
    await investments.type(1, '金额', '1850000', 'Tab');
    await expect.poll(() => editor.amount().innerText()).toBe('¥185,000.00');
    await expect(editor.amountUppercase().innerText()).resolves.toBe('大写：壹拾捌万伍仟元整');
    await expect(below.count()).resolves.toBe(0);
    await expect.poll(() => editor.errorCount()).toBe(0);
    await editor.waitSaved();
    await expect
      .poll(async () => (await storedRoster(page, 'investments')).map((r) => r['amountFen']))
      .toEqual([185000000]);
    const id = draftIdOf(page);
    const stored = (
      await storedRows<{ id: string; policy: string; policyVersion?: string }>(page, 'drafts')
    ).find((d) => d.id === id);
    expect([stored?.policy, stored?.policyVersion]).toEqual([ID, '2026.1']);
    await editor.screenshot('pack6-computed');

    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('保存为 PDF 文件').click(),
    ]);
    const shots = join('test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    const pdf = join(shots, 'pack6-form.pdf');
    await download.saveAs(pdf);
    const text = squash(pdfText(pdf));
    for (const part of [APPLICANT, '185,000.00', '壹拾捌万伍仟元整', `政策包${ID}@2026.1`, DOC, '第三条']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('草稿');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(shots, 'pack6-form')]);
    const exports = await storedRows<{ draftId: string; policyPackVersion: string }>(page, 'exports');
    expect(exports.filter((e) => e.draftId === id).map((e) => e.policyPackVersion)).toEqual([`${ID}@2026.1`]);
  });
});
