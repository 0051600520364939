// An applicant typed once is saved for reuse: the wizard and 政策匹配 offer it, search finds its drafts
// by its credit code (and drafts by a roster person's ID number), and the bin names it.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { EligibilityPage } from './page-models/eligibility-page';
import { WizardPage } from './page-models/wizard-page';

/** A state reached after a save, a restore or a reload: a busy 2-core machine may take seconds. */
const WAIT = { timeout: 15_000 };

const NAME = '衢州衢江精密模具有限公司';
const CODE = '91330802MA2E8L5P0G';
/** The first intern of the Quzhou internship example, in no other example. */
const INTERN_ID = '330802200402061375';

interface StoredApplicant {
  name: string;
  code: string;
  kind: string;
  profile: Record<string, string>;
  changes?: { fields: string[]; before: Record<string, unknown> }[];
}

function storedApplicants(page: Page): Promise<StoredApplicant[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('grantdesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<StoredApplicant[]>((resolve, reject) => {
      const req = db.transaction('applicants').objectStore('applicants').getAll();
      req.onsuccess = () => resolve(req.result as StoredApplicant[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  });
}

/** Types into a field of the editor as a person does: click, select what is there, type key by key. */
async function type(editor: EditorPage, label: string, text: string): Promise<void> {
  const input = editor.field(label);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

async function searchList(page: Page, text: string): Promise<void> {
  const box = page.getByPlaceholder('搜索标题、申报单位或代码');
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially(text);
  await box.press('Enter');
}

/** The titles the list shows (the title links, not the 打开 buttons). */
const titles = (page: Page) => page.locator('main .ant-table-row a:not(.ant-btn)').allInnerTexts();

describe('applicants saved for reuse', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => close());

  test('typed in draft 1, offered by the wizard for draft 2 and by 政策匹配; search and the bin find it', async () => {
    const base = inject('baseUrl');
    const list = new DraftsListPage(page);
    await list.open(base);
    await list.loadExamples();

    const wizard = new WizardPage(page);
    await wizard.create(base, 'quzhou-2025', 'training-base');
    const editor = new EditorPage(page);
    await type(editor, '企业名称', NAME);
    await type(editor, '统一社会信用代码', CODE.toLowerCase());
    await type(editor, '法定代表人', '周建国');
    await type(editor, '地址', '浙江省衢州市衢江区沈家路66号');
    await type(editor, '联系人', '毛丽娟');
    await editor.field('联系人').press('Tab');
    await editor.waitSaved();
    await expect
      .poll(
        async () => (await storedApplicants(page)).filter((a) => a.code === CODE).map((a) => a.profile),
        WAIT,
      )
      .toEqual([
        {
          name: NAME,
          orgCode: CODE,
          legalRepresentative: '周建国',
          address: '浙江省衢州市衢江区沈家路66号',
          contactPerson: '毛丽娟',
        },
      ]);

    // Draft 2: the wizard offers the saved applicant, and picking it fills the block.
    await wizard.open(base);
    await wizard.choosePolicy('quzhou-2025');
    await wizard.chooseProgram('internship');
    const saved = page.getByRole('radio', { name: new RegExp(NAME) });
    await saved.check();
    await page.screenshot({ path: 'test-results/screenshots/applicant-reuse-wizard.png', fullPage: true });
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByTestId('save-state').waitFor();
    await expect.poll(() => editor.field('企业名称').inputValue(), WAIT).toBe(NAME);
    await expect(editor.field('统一社会信用代码').inputValue()).resolves.toBe(CODE);
    await expect(editor.field('联系人').inputValue()).resolves.toBe('毛丽娟');

    // A change typed in draft 2 updates the same profile and is recorded with what it replaced.
    await type(editor, '联系人', '何文静');
    await editor.field('联系人').press('Tab');
    await editor.waitSaved();
    await expect
      .poll(async () => (await storedApplicants(page)).filter((a) => a.code === CODE), WAIT)
      .toMatchObject([{ name: NAME, kind: 'enterprise', profile: { contactPerson: '何文静' } }]);
    const [profile] = (await storedApplicants(page)).filter((a) => a.code === CODE);
    expect(profile?.changes?.at(-1)).toMatchObject({
      fields: ['contactPerson'],
      before: { contactPerson: '毛丽娟' },
    });

    // 政策匹配 lists it among the saved enterprises.
    const finder = new EligibilityPage(page);
    await finder.open(base);
    await finder.chooseApplicant(NAME);
    await expect
      .poll(
        () =>
          page
            .locator('.ant-select')
            .filter({ has: page.locator('#finder-applicant') })
            .innerText(),
        WAIT,
      )
      .toContain(NAME);
    await finder.screenshot('applicant-reuse-eligibility');

    // Search by the credit code finds both drafts; by a roster person's ID number, the draft listing her.
    await list.open(base);
    await searchList(page, CODE);
    // Titles follow the applicant's name and this year (the drafts are dated today).
    const year = `${new Date().getFullYear()}年`;
    const both = [`${NAME} ${year} 产教融合实训基地建设补助`, `${NAME} ${year} 企业实习实训补助`];
    await expect.poll(async () => (await titles(page)).sort(), WAIT).toEqual([...both].sort());
    await searchList(page, INTERN_ID);
    await expect
      .poll(() => titles(page), WAIT)
      .toEqual([expect.stringMatching(/^衢州智造.*企业实习实训补助$/)]);
    await page.screenshot({ path: 'test-results/screenshots/applicant-reuse-search.png', fullPage: true });

    // Deleted, the draft shows its applicant in the bin.
    const training = both[0]!;
    await searchList(page, CODE);
    await expect.poll(async () => (await titles(page)).length, WAIT).toBe(2);
    await list.remove(training);
    await list.view('回收站');
    // The bin's rows load after the view switches: wait for the deleted draft's row.
    await expect
      .poll(async () => (await list.binRows()).find((cells) => cells[0] === training)?.[1], WAIT)
      .toBe(NAME);
    await page.screenshot({ path: 'test-results/screenshots/applicant-reuse-bin.png', fullPage: true });
  }, 120_000);
});
