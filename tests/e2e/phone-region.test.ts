// A wrong phone in a 永州 draft is told with a 永州 example (0746-…), under the field and in the checks panel,
// in Chinese and in English; before, the message said 010-12345678 whatever the region.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { draftIdOf, storedDraft } from './support/stored-draft';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';

describe('the phone message follows the draft’s region', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await new WizardPage(page).create(inject('baseUrl'), 'yongzhou-2021', 'dual-teacher-team');
  });
  afterAll(async () => close());

  test('a Yongzhou landline typed without its area code is told 0746-1234567, and kept as typed', async () => {
    const editor = new EditorPage(page);
    await editor.type('联系电话', '8221536');
    const message = '座机号码请加区号，如 0746-1234567；手机号为1开头的11位';
    await expect.poll(() => editor.fieldMessage('联系电话').innerText()).toBe(message);
    await expect.poll(() => editor.findingMessages()).toContain(`「联系电话」：${message}`);
    await page.screenshot({ path: 'test-results/screenshots/phone-region-yongzhou.png' });
    await editor.waitSaved();
    await expect
      .poll(async () => (await storedDraft(page, draftIdOf(page))).applicant['phone'])
      .toBe('8221536');
    // A landline with the area code clears it.
    await editor.type('联系电话', '0746-8221536');
    await expect
      .poll(() => editor.fieldMessage('联系电话').innerText())
      .toBe('手机号或带区号的座机，如 0746-1234567');
  });
});
