// 政策库 → 导入政策包 with a later version of a bundled pack (cap 50万 → 30万): stored, offered to the drafts
// pinned to the old version as 「政策包已更新」, used by new drafts, printed with pack@version, removable.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { PoliciesPage } from './page-models/policies-page';
import { WizardPage } from './page-models/wizard-page';
import { PackImportDialog, storedRows } from './page-models/pack-import';
import { draftIdOf } from './support/stored-draft';
import { buildExampleDraft } from '../../shared/policy';

const FOLDER = 'shared/policy/packs/quzhou-2025';
const OLD = '最高不超过50万元';
const NEW = '最高不超过30万元';

/** The bundled Quzhou pack as the next year's revision: the cap 300,000 yuan. */
function laterPack(version: string): { pack: string; source: string } {
  const read = (name: string) => readFileSync(join(FOLDER, name), 'utf8');
  const source = read('source.txt').replace(OLD, NEW);
  const sha = createHash('sha256').update(source, 'utf8').digest('hex');
  const pack = read('pack.yaml')
    .replace(/^version: .*$/m, `version: '${version}'`)
    .replace(OLD, NEW)
    .replace('value: 500000, clause', 'value: 300000, clause')
    .replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha}`);
  return { pack, source };
}

/** Version 2026.1 as a zip of its folder. */
function laterPackZip(dir: string): string {
  const { pack, source } = laterPack('2026.1');
  expect(pack).toContain(NEW);
  expect(pack).toContain('value: 300000');
  const files: Record<string, Uint8Array> = {
    'quzhou-2025/pack.yaml': strToU8(pack),
    'quzhou-2025/source.txt': strToU8(source),
  };
  files['quzhou-2025/tests.yaml'] = strToU8(LATER_TESTS);
  const path = join(dir, 'quzhou-2025-2026.1.zip');
  writeFileSync(path, zipSync(files));
  return path;
}

/** The revision's own tests: the example investment of 2.4 million yuan now stops at the lower cap. */
const LATER_TESTS = `format: grantdesk/pack-tests@1
cases:
  - name: 投资240万元，按25%计60万元，封顶30万元
    program: training-base
    expect: { status: computed, amountFen: 30000000 }
  - name: 实习补助按每人每月不低于200元
    program: internship
    expect: { status: computed }
`;

const pdfText = (path: string) => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

describe('importing a policy pack', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let zip: string;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-pack-e2e-'));

  beforeAll(async () => {
    zip = laterPackZip(dir);
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    // The examples are made under the bundled version (2025.1) and pinned to it.
    await list.loadExamples();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openExample(program: RegExp): Promise<EditorPage> {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    // The example applicant's own drafts (a new draft of another 衢州 company is made below).
    await list.search('衢州智造精工');
    await list.openDraft(program);
    return new EditorPage(page);
  }

  async function savePdf(name: string): Promise<string> {
    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('保存为 PDF 文件').click(),
    ]);
    const path = join(dir, name);
    await download.saveAs(path);
    return path;
  }

  test('the zip is read and checked, its clauses shown, and stored in IndexedDB', async () => {
    // Another window already open on 新建申报 at Quzhou's programs: it follows the import without a reload.
    const other = await context.newPage();
    const otherWizard = new WizardPage(other);
    await otherWizard.open(inject('baseUrl'));
    await otherWizard.choosePolicy('quzhou-2025');
    const otherCard = other.getByTestId('program-training-base');
    await expect(otherCard.innerText()).resolves.toContain(OLD);
    const policies = new PoliciesPage(page);
    await policies.open(inject('baseUrl'));
    const dialog = new PackImportDialog(page);
    await dialog.open();
    await dialog.choose(zip);
    const result = dialog.result();
    await expect(result.getByTestId('import-pack-name').innerText()).resolves.toContain(
      '衢政办发〔2025〕10号　quzhou-2025@2026.1',
    );
    await expect(result.getByTestId('import-pack-clauses').innerText()).resolves.toContain(NEW);
    await expect(result.getByTestId('import-pack-tests').innerText()).resolves.toBe(
      '政策包自带测试：2 通过，0 未通过',
    );
    await policies.screenshot('pack-import-dialog');
    await dialog.importIt();
    await page.locator('.ant-message-notice', { hasText: '已导入 quzhou-2025@2026.1' }).waitFor();
    const rows = await storedRows<{
      packId: string;
      version: string;
      origin?: string;
      files: Record<string, string>;
    }>(page, 'packs');
    // Beside the versions this build bundles (stored at start for drafts pinned to them after an update).
    const imported = rows.filter((r) => r.origin !== 'bundled');
    expect(imported.map((r) => [r.packId, r.version])).toEqual([['quzhou-2025', '2026.1']]);
    expect(imported[0]?.files['source.txt']).toContain(NEW);
    await expect
      .poll(() =>
        storedRows<{ origin?: string }>(page, 'packs').then((r) => r.filter((x) => x.origin).length),
      )
      .toBe(5);
    // The newest version is the one the library shows, marked as imported.
    await expect(policies.detail().innerText()).resolves.toContain('quzhou-2025@2026.1');
    await policies.detail().getByTestId('pack-imported').waitFor();
    // The other window, never reloaded, now offers the imported version's lower cap.
    await expect.poll(() => otherCard.innerText()).toContain(NEW);
    await other.close();
  });

  test('a draft pinned to the old version shows 「政策包已更新」; 更新到新版本 keeps a revision and moves the pin', async () => {
    const editor = await openExample(/^衢州智造精工.*产教融合实训基地建设补助$/);
    const notice = page.getByTestId('pack-update-notice');
    await notice.waitFor();
    await expect(notice.getByTestId('pack-update-amount').innerText()).resolves.toBe(
      '可申报金额：¥500,000.00 → ¥300,000.00',
    );
    await expect(notice.innerText()).resolves.toContain('条款 二(六)19 的文字有变');
    await expect(page.getByTestId('pack-version').innerText()).resolves.toBe('quzhou-2025@2025.1');
    // Until the user moves it, the draft is checked under the version it was made under.
    await expect(editor.amount().innerText()).resolves.toContain('500,000.00');
    await editor.screenshot('pack-update-notice');
    const id = draftIdOf(page);
    const revisionsBefore = (await storedRows<{ draftId: string }>(page, 'revisions')).filter(
      (r) => r.draftId === id,
    ).length;
    await notice.getByRole('button', { name: '更新到新版本' }).click();
    await page.locator('.ant-message-notice', { hasText: '已更新到 quzhou-2025@2026.1' }).waitFor();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('pack-version').innerText()).toBe('quzhou-2025@2026.1');
    await expect.poll(() => editor.amount().innerText()).toContain('300,000.00');
    const stored = (await storedRows<{ id: string; policyVersion?: string }>(page, 'drafts')).find(
      (d) => d.id === id,
    );
    expect(stored?.policyVersion).toBe('2026.1');
    const revisionsAfter = (await storedRows<{ draftId: string }>(page, 'revisions')).filter(
      (r) => r.draftId === id,
    ).length;
    expect(revisionsAfter).toBe(revisionsBefore + 1);

    // Printed under the new version: the form and the print record say so.
    await expect.poll(() => editor.errorCount()).toBe(0);
    const text = squash(pdfText(await savePdf('later.pdf')));
    expect(text).toContain('政策包quzhou-2025@2026.1');
    expect(text).toContain('叁拾万元整');
    const exports = await storedRows<{ draftId: string; policyPackVersion: string }>(page, 'exports');
    expect(exports.filter((e) => e.draftId === id).map((e) => e.policyPackVersion)).toEqual([
      'quzhou-2025@2026.1',
    ]);
  });

  test('保持旧版本 is remembered: the draft stays on 2025.1 and is not asked again', async () => {
    const editor = await openExample(/^衢州智造精工.*企业实习实训补助$/);
    const notice = page.getByTestId('pack-update-notice');
    await notice.waitFor();
    await notice.getByRole('button', { name: '保持旧版本' }).click();
    await notice.waitFor({ state: 'detached' });
    const id = draftIdOf(page);
    const stored = (
      await storedRows<{ id: string; policyVersion?: string; declinedPolicyVersion?: string }>(page, 'drafts')
    ).find((d) => d.id === id);
    expect([stored?.policyVersion, stored?.declinedPolicyVersion]).toEqual(['2025.1', '2026.1']);
    await page.reload();
    await editor.saveState().waitFor();
    await expect(page.getByTestId('pack-version').innerText()).resolves.toBe('quzhou-2025@2025.1');
    await expect(page.getByTestId('pack-update-notice').count()).resolves.toBe(0);
  });

  test('a new draft is made under the imported version, checked, and printed as 草稿 with pack@version', async () => {
    const wizard = new WizardPage(page);
    await wizard.create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const editor = new EditorPage(page);
    await expect(page.getByTestId('pack-version').innerText()).resolves.toBe('quzhou-2025@2026.1');
    await editor.type('企业名称', '衢州新设机械有限公司');
    await editor.waitSaved();
    await expect.poll(() => editor.errorCount()).toBeGreaterThan(0);
    const id = draftIdOf(page);
    const stored = (await storedRows<{ id: string; policyVersion?: string }>(page, 'drafts')).find(
      (d) => d.id === id,
    );
    expect(stored?.policyVersion).toBe('2026.1');
    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByText('保存为 PDF 文件').click();
        await page.getByRole('button', { name: '生成草稿版' }).click();
      })(),
    ]);
    const path = join(dir, 'new-draft.pdf');
    await download.saveAs(path);
    const text = squash(pdfText(path));
    expect(text).toContain('政策包quzhou-2025@2026.1');
    expect(text).toContain('衢州新设机械有限公司');
  });

  test('removed, the pack leaves the library; the draft pinned to it keeps its copy after a restart', async () => {
    const policies = new PoliciesPage(page);
    await policies.open(inject('baseUrl'), 'quzhou-2025');
    await policies.detail().getByRole('button', { name: '删除此政策包' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '删除此政策包' }).click();
    await page.locator('.ant-message-notice', { hasText: '已删除 quzhou-2025@2026.1' }).waitFor();
    await expect.poll(() => policies.detail().innerText()).toContain('quzhou-2025@2025.1');
    const rows = await storedRows<{ removedAt?: number; origin?: string }>(page, 'packs');
    expect(rows.filter((r) => r.origin !== 'bundled').map((r) => typeof r.removedAt)).toEqual(['number']);
    // A fresh start: the moved draft still checks under 2026.1, from the stored copy.
    const editor = await openExample(/^衢州智造精工.*产教融合实训基地建设补助$/);
    await page.reload();
    await editor.saveState().waitFor();
    await expect.poll(() => page.getByTestId('pack-version').innerText()).toBe('quzhou-2025@2026.1');
    await expect.poll(() => editor.amount().innerText()).toContain('300,000.00');
    await expect(page.getByTestId('pack-missing-notice').count()).resolves.toBe(0);
    await editor.screenshot('pack-removed-draft-keeps-copy');
  });

  test('a stored version this app cannot read (a kind a newer app added) is listed in 政策库 with its problem, and kept', async () => {
    const { pack, source } = laterPack('2026.2');
    const files = {
      'pack.yaml': pack.replace('kind: rate-then-cap', 'kind: tiered-rate'),
      'source.txt': source,
    };
    // As a newer GrantDesk would have stored it (packFilesHash: each file named, in a fixed order).
    const sha256 = createHash('sha256')
      .update(
        `pack.yaml\u0000${files['pack.yaml']}\u0000tests.yaml\u0000\u0000source.txt\u0000${source}\u0000`,
      )
      .digest('hex');
    const row = {
      id: 'from-a-newer-app',
      packId: 'quzhou-2025',
      version: '2026.2',
      files,
      sha256,
      importedAt: 1,
    };
    await page.evaluate(
      (r) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('grantdesk');
          open.onsuccess = () => {
            const tx = open.result.transaction('packs', 'readwrite');
            tx.objectStore('packs').put(r);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          };
          open.onerror = () => reject(open.error ?? new Error('open failed'));
        }),
      row,
    );
    const policies = new PoliciesPage(page);
    await policies.open(inject('baseUrl'), 'quzhou-2025');
    await page.reload();
    const listed = page.getByTestId('unreadable-pack');
    await listed.waitFor();
    await expect(listed.innerText()).resolves.toBe(
      '本机保存的政策包 quzhou-2025@2026.2 无法读取：错误 未知的金额类型「tiered-rate」；可用：rate-then-cap、threshold-then-rate-cap、per-unit、per-unit-by-category、lump-sum、credit-against-payable、user-supplied（pack.yaml:66:21）',
    );
    await expect(page.getByTestId('unreadable-packs').innerText()).resolves.toContain('没有删除');
    await policies.screenshot('pack-unreadable');
    // Not offered, not deleted.
    await expect(policies.detail().innerText()).resolves.toContain('quzhou-2025@2025.1');
    const stored = await storedRows<{ id: string }>(page, 'packs');
    expect(stored.map((r) => r.id)).toContain('from-a-newer-app');
  });

  test('a draft file pinned to a version not here is imported as it is: the editor names the missing pack@version and offers the newest here', async () => {
    const file = join(dir, '衢州-2027.json');
    const draft = { ...buildExampleDraft('quzhou-2025', 'training-base'), policyVersion: '2027.1' };
    writeFileSync(file, JSON.stringify(draft));
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入草稿（JSON 或已打印的 PDF）' }).click(),
    ]);
    await chooser.setFiles(file);
    const editor = new EditorPage(page);
    await editor.saveState().waitFor();
    const notice = page.getByTestId('pack-missing-notice');
    await notice.waitFor();
    const said = await notice.innerText();
    expect(said).toContain('本申报使用政策包 quzhou-2025@2027.1，本机没有这个版本');
    expect(said).toContain('也可以改用本机现有的版本 quzhou-2025@2025.1');
    await expect
      .poll(
        async () => (await editor.findingMessages()).filter((m) => m.includes('quzhou-2025@2027.1')).length,
      )
      .toBe(1);
    const id = draftIdOf(page);
    const pinned = async () =>
      (await storedRows<{ id: string; policyVersion?: string }>(page, 'drafts')).find((d) => d.id === id)
        ?.policyVersion;
    await expect(pinned()).resolves.toBe('2027.1');
    await editor.screenshot('pack-missing-on-import');
    await notice.getByRole('button', { name: '改用 quzhou-2025@2025.1' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(pinned).toBe('2025.1');
    await expect.poll(() => editor.amount().innerText()).toContain('500,000.00');
  });
});
