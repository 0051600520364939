// Amounts and dates typed key by key as offices type them: what the box shows after Tab, what IndexedDB
// holds, and what the amount panel computes from it (issue 11, points 2 and 3).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { EditorPage } from './page-models/editor-page';
import { EligibilityPage } from './page-models/eligibility-page';
import { CalendarPopup, draftIdOf, storedDraft, typeOver } from './page-models/typed-entry';

const EDUCATION = '当年应缴教育费附加';
const APPLICATION_DATE = '申报日期';

describe('typing amounts and dates', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let draftId: string;
  const stored = async () => (await storedDraft(page, draftId)) ?? {};
  // The row's data holds the whole editable draft (applicant, data …): the program's facts are data.data.
  const storedEducationFen = async () => {
    const draft = (await stored())['data'] as { data?: Record<string, unknown> } | undefined;
    return draft?.data?.['educationSurchargePayableFen'];
  };

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/drafts`);
    await page.getByRole('button', { name: /载入示例申报/ }).click();
    await page.getByText('已载入示例申报').waitFor();
    // Wuzhou's surcharge credit: 30% of 1,000,000.00 invested, limited to the two surcharges payable
    // (教育费附加 + 地方教育附加 80,000.00), so the amount moves with what is typed into 教育费附加.
    const search = page.getByPlaceholder('搜索标题、申报单位或代码');
    await search.click();
    await search.pressSequentially('梧州六堡');
    await search.press('Enter');
    const draftLink = page.getByRole('link', { name: /^梧州.*产教融合型企业教育费附加抵免$/ });
    await draftLink.waitFor();
    await draftLink.click();
    await page.waitForURL(/#\/drafts\/[^/]+$/);
    await page.getByTestId('save-state').waitFor();
    draftId = draftIdOf(page);
  });
  afterAll(async () => close());

  test.each([
    ['238760.50', '238,760.50', 23_876_050, '300,000.00'],
    ['238,760', '238,760.00', 23_876_000, '300,000.00'],
    ['¥1,234.56', '1,234.56', 123_456, '81,234.56'],
    ['12.5万', '125,000.00', 12_500_000, '205,000.00'],
    ['１２３４．５', '1,234.50', 123_450, '81,234.50'],
  ])(
    '%j typed into 教育费附加 shows %s after Tab, stores %d fen, credits ¥%s',
    async (typed, shown, fen, amount) => {
      const editor = new EditorPage(page);
      const input = editor.field(EDUCATION);
      await typeOver(input, typed);
      // While typing, the box holds exactly the keys typed (no reformatting, nothing cleared).
      await expect(input.inputValue()).resolves.toBe(typed);
      await input.press('Tab');
      await expect.poll(() => input.inputValue()).toBe(shown);
      await expect.poll(storedEducationFen).toBe(fen);
      await expect.poll(() => editor.amount().innerText()).toBe(`¥${amount}`);
      await expect(page.locator('.amount-trace').innerText()).resolves.toContain(
        `当年应缴教育费附加 ${shown} + 地方教育附加 80,000.00`,
      );
    },
  );

  test('half-typed 238760. stays as typed and keeps the last amount; 50 then completes it', async () => {
    const editor = new EditorPage(page);
    const input = editor.field(EDUCATION);
    await typeOver(input, '238760.');
    await expect(input.inputValue()).resolves.toBe('238760.');
    await expect.poll(storedEducationFen).toBe(23_876_000);
    // Nothing is refused while the amount is half-typed: no error line under the field.
    await expect(editor.formItem(EDUCATION).locator('.ant-form-item-explain-error').count()).resolves.toBe(0);
    await input.pressSequentially('50');
    await expect(input.inputValue()).resolves.toBe('238760.50');
    await expect.poll(storedEducationFen).toBe(23_876_050);
  });

  test('12.345 keeps its text and says why, and the stored amount stays the last good one, named', async () => {
    const editor = new EditorPage(page);
    const input = editor.field(EDUCATION);
    await typeOver(input, '1234.5');
    await input.press('Tab');
    await expect.poll(storedEducationFen).toBe(123_450);
    await typeOver(input, '12.345');
    await input.press('Tab');
    await expect(input.inputValue()).resolves.toBe('12.345');
    await expect
      .poll(() => editor.fieldMessage(EDUCATION).innerText())
      .toBe('金额最多两位小数。已保存的金额仍是 1,234.50 元');
    await editor.waitSaved();
    await expect(storedEducationFen()).resolves.toBe(123_450);
    await expect(editor.amount().innerText()).resolves.toBe('¥81,234.50');
    await page.screenshot({ path: 'test-results/screenshots/money-entry-refused.png', fullPage: true });
  });

  test('dates typed as 2025/11/20 or 2025年11月20日 are stored and shown as 2025-11-20', async () => {
    const editor = new EditorPage(page);
    const input = editor.field(APPLICATION_DATE);
    for (const [typed, iso] of [
      ['2025/11/19', '2025-11-19'],
      ['2025年11月20日', '2025-11-20'],
      ['20251118', '2025-11-18'],
      ['２０２５．１．５', '2025-01-05'],
      ['2025/11/20', '2025-11-20'],
    ] as const) {
      await typeOver(input, typed);
      await expect(input.inputValue()).resolves.toBe(typed);
      await input.press('Tab');
      await expect.poll(() => input.inputValue()).toBe(iso);
      await expect.poll(async () => (await stored())['applicationDate']).toBe(iso);
    }
  });

  test('an impossible date keeps its text and its message; the stored date stays', async () => {
    const editor = new EditorPage(page);
    const input = editor.field(APPLICATION_DATE);
    await typeOver(input, '2025-02-30');
    await input.press('Tab');
    await expect(input.inputValue()).resolves.toBe('2025-02-30');
    await expect
      .poll(() => editor.fieldMessage(APPLICATION_DATE).innerText())
      .toBe('2025年2月没有30日（该月只有28天）。已保存的日期仍是 2025-11-20');
    await editor.waitSaved();
    await expect(stored().then((d) => d['applicationDate'])).resolves.toBe('2025-11-20');
    await typeOver(input, '2025-11-20');
    await input.press('Tab');
    const errors = editor.formItem(APPLICATION_DATE).locator('.ant-form-item-explain-error');
    await expect.poll(() => errors.count()).toBe(0);
    await expect(input.inputValue()).resolves.toBe('2025-11-20');
  });

  test('the calendar is Chinese throughout in the Chinese interface, English in the English one', async () => {
    const editor = new EditorPage(page);
    const input = editor.field(APPLICATION_DATE);
    const calendar = new CalendarPopup(page);
    await input.click();
    await calendar.root.waitFor();
    // The popup's root shows before its header is filled: wait for the text.
    await expect.poll(() => calendar.header()).toEqual(['2025年', '11月']);
    await expect.poll(() => calendar.weekdays()).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    const text = await calendar.root.innerText();
    expect(text).not.toMatch(/Nov|Dec|Su|Mo|Today/);
    expect(text).toContain('今天');
    await page.screenshot({ path: 'test-results/screenshots/date-calendar-zh.png' });
    // A date picked with the mouse is stored and shown like a typed one.
    await calendar.root.locator('td[title="2025-11-21"]').click();
    await expect.poll(() => input.inputValue()).toBe('2025-11-21');
    await expect.poll(async () => (await stored())['applicationDate']).toBe('2025-11-21');

    await page.evaluate(() => localStorage.setItem('grantdesk.language', 'en'));
    await page.reload();
    await page.getByTestId('save-state').waitFor();
    const english = page.locator('.section-form').getByLabel('Application date', { exact: true });
    await english.click();
    await calendar.root.waitFor();
    // The popup's root shows before its header is filled: wait for the text.
    await expect.poll(() => calendar.header()).toEqual(['Nov', '2025']);
    await expect.poll(() => calendar.weekdays()).toEqual(['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']);
    await english.press('Escape');
    await page.evaluate(() => localStorage.setItem('grantdesk.language', 'zh-CN'));
    await page.reload();
    await page.getByTestId('save-state').waitFor();
  });

  test('政策匹配: 2677593.83 typed key by key gives the Quzhou training base 500,000.00 (25%, capped)', async () => {
    const finder = new EligibilityPage(page);
    await finder.open(inject('baseUrl'));
    await finder.chooseRegion('衢州市');
    const input = page.getByLabel('兴办职业教育（实训基地等）的实际投资额', { exact: true });
    await typeOver(input, '2677593.83');
    await expect(input.inputValue()).resolves.toBe('2677593.83');
    await input.press('Tab');
    await expect.poll(() => input.inputValue()).toBe('2,677,593.83');
    // 25% × 2,677,593.83 = 669,398.45 (rounded down), above the 500,000.00 cap.
    await expect
      .poll(() => finder.estimate('quzhou-2025:training-base').innerText())
      .toContain('25% × 2,677,593.83 = 669,398.45（不足1分部分舍去） → 封顶 500,000.00');
    await typeOver(input, '12.345');
    await input.press('Tab');
    await expect(input.inputValue()).resolves.toBe('12.345');
    await expect(page.getByRole('alert').innerText()).resolves.toBe(
      '金额最多两位小数。已保存的金额仍是 2,677,593.83 元',
    );
    await expect(finder.estimate('quzhou-2025:training-base').innerText()).resolves.toContain(
      '封顶 500,000.00',
    );
  });
});
