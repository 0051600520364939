/// <reference lib="dom" />
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { storedRoster, type RosterGrid } from './page-models/roster-grid';
import { launchBrowser } from './support/chromium';

/** The example 衢州 实训基地 draft: four invoices, 2,400,000.00 in all, capped at 500,000.00. */
const FIRST_ROWS = [
  ['设备购置', '五轴联动数控加工中心', '1,280,000.00'],
  ['设备购置', '工业机器人实训工作站（6套）', '690,000.00'],
];

describe('roster grids answer the keys of a spreadsheet (投资明细 of a 衢州 实训基地 draft)', () => {
  let page: Page;
  let close: () => Promise<void>;
  let editor: EditorPage;
  let invoices: RosterGrid;

  beforeEach(async () => {
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await list.search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    editor = new EditorPage(page);
    invoices = editor.roster('投资明细');
    await invoices.grid().waitFor();
    await expect.poll(() => invoices.cellText(1, '项目名称')).toBe(FIRST_ROWS[0]?.[1]);
  });
  afterEach(async () => close());

  test('238760.50 typed key by key into a clicked 金额 cell, then Enter: 238,760.50 shown and stored, the cell below focused', async () => {
    await invoices.click(1, '金额');
    await expect(invoices.editor().count()).resolves.toBe(0);
    await page.keyboard.type('238760.50');
    await expect(invoices.editor().inputValue()).resolves.toBe('238760.50');
    await page.keyboard.press('Enter');
    await invoices.editor().waitFor({ state: 'detached' });
    await expect(invoices.cellText(1, '金额')).resolves.toBe('238,760.50');
    await expect(invoices.focused()).resolves.toEqual({ row: 2, column: '金额' });
    await editor.waitSaved();
    await expect.poll(async () => (await storedRoster(page, 'investments'))[0]?.['amountFen']).toBe(23876050);
    await expect.poll(() => editor.amount().innerText()).toBe('¥339,690.12');
    await expect(page.locator('.amount-trace').innerText()).resolves.toContain(
      '实际投资额 1,358,760.50（4 张发票）',
    );
  });

  test('a 金额 that does not read stays as typed with its reason; 238,760 and ¥1,234.56 read whole; a click away commits', async () => {
    await invoices.click(2, '金额');
    await page.keyboard.type('23876O');
    await page.keyboard.press('Enter');
    // Not written: the editor stays open on the text as typed, and says why under the grid.
    await expect(invoices.editor().inputValue()).resolves.toBe('23876O');
    await expect(invoices.focused()).resolves.toEqual({ row: 2, column: '金额' });
    await expect(invoices.root.locator('.rg-status').innerText()).resolves.toMatch(/^第 2 行「金额」：.*O/);
    await page.keyboard.press('Escape');
    await expect(invoices.cellText(2, '金额')).resolves.toBe('690,000.00');

    await page.keyboard.type('238,760');
    await page.keyboard.press('Enter');
    await expect(invoices.cellText(2, '金额')).resolves.toBe('238,760.00');
    await invoices.type(3, '金额', '¥1,234.56', 'Tab');
    await expect(invoices.cellText(3, '金额')).resolves.toBe('1,234.56');

    await invoices.click(4, '金额');
    await page.keyboard.type('120000.5');
    await editor.field('实训基地名称').click();
    await expect.poll(() => invoices.cellText(4, '金额')).toBe('120,000.50');
    await editor.waitSaved();
    await expect
      .poll(async () => (await storedRoster(page, 'investments')).map((r) => r['amountFen']))
      .toEqual([128000000, 23876000, 123456, 12000050]);
  });

  test('Enter and F2 open the cell with its text and the caret at its end; Esc puts the old value back', async () => {
    const name = await invoices.click(1, '项目名称');
    await page.keyboard.press('Enter');
    const input = invoices.editor();
    await expect(input.inputValue()).resolves.toBe('五轴联动数控加工中心');
    await expect(
      input.evaluate((el: HTMLInputElement) => [
        document.activeElement === el,
        el.selectionStart,
        el.value.length,
      ]),
    ).resolves.toEqual([true, 10, 10]);
    await page.keyboard.type('（一期）');
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'detached' });
    await expect(invoices.cellText(1, '项目名称')).resolves.toBe('五轴联动数控加工中心');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '项目名称' });

    // Typing on the focused cell replaces its text (as in Excel); Esc again keeps the stored one.
    await page.keyboard.type('数控车床');
    await expect(input.inputValue()).resolves.toBe('数控车床');
    await page.keyboard.press('Escape');
    await expect(invoices.cellText(1, '项目名称')).resolves.toBe('五轴联动数控加工中心');

    await page.keyboard.press('F2');
    await page.keyboard.type('（一期）');
    await page.keyboard.press('Enter');
    await expect(invoices.cellText(1, '项目名称')).resolves.toBe('五轴联动数控加工中心（一期）');
    await expect(name.getAttribute('aria-selected')).resolves.toBe('false');
    await editor.waitSaved();
    await expect
      .poll(async () => (await storedRoster(page, 'investments'))[0]?.['name'])
      .toBe('五轴联动数控加工中心（一期）');
  });

  test('a Chinese IME composition on a focused cell starts the edit and keeps every character', async () => {
    await invoices.click(2, '项目名称');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'shu', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: 'shukong', selectionStart: 7, selectionEnd: 7 });
    await cdp.send('Input.insertText', { text: '数控' });
    await page.keyboard.type('车床');
    await expect(invoices.editor().inputValue()).resolves.toBe('数控车床');
    await page.keyboard.press('Enter');
    await expect(invoices.cellText(2, '项目名称')).resolves.toBe('数控车床');
    await expect(invoices.focused()).resolves.toEqual({ row: 3, column: '项目名称' });
  });

  test('arrows move between cells; Tab moves right and the header scrolls with the rows', async () => {
    await invoices.click(1, '类别');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '发票号码' });
    const box = invoices.grid();
    // At 1280 px with the checks column shown the grid is narrower than its columns: it scrolled sideways.
    await expect(box.evaluate((el) => el.scrollLeft)).resolves.toBeGreaterThan(0);
    const { header, row } = await invoices.columnEdges();
    expect(header).toEqual(row);
    const fits = await (
      await invoices.cell(1, '发票号码')
    ).evaluate((cell) => {
      const grid = cell.closest('.rg-scroll')!.getBoundingClientRect();
      const own = cell.getBoundingClientRect();
      return own.left >= grid.left && own.right <= grid.right;
    });
    expect(fits).toBe(true);

    await page.keyboard.press('ArrowDown');
    await expect(invoices.focused()).resolves.toEqual({ row: 2, column: '发票号码' });
    await page.keyboard.press('ArrowLeft');
    await expect(invoices.focused()).resolves.toEqual({ row: 2, column: '金额' });
    await page.keyboard.press('ArrowUp');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '金额' });
    await page.keyboard.press('Shift+Tab');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '项目名称' });
    await page.keyboard.press('ArrowRight');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '金额' });

    // In the editor Tab commits and moves right, Shift+Tab left.
    await page.keyboard.type('1300000');
    await page.keyboard.press('Tab');
    await expect(invoices.cellText(1, '金额')).resolves.toBe('1,300,000.00');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '发票号码' });
    const after = await invoices.columnEdges();
    expect(after.header).toEqual(after.row);
  });

  test('the 类别 dropdown opens as wide as its longest choice, and a typed character picks', async () => {
    await invoices.click(1, '类别');
    await page.keyboard.press('Enter');
    const popup = page.locator('.ant-select-dropdown:visible');
    await popup.waitFor();
    const widths = await popup.evaluate((el) => {
      const texts = Array.from(el.querySelectorAll('.ant-select-item-option-content'), (o) => {
        const range = document.createRange();
        range.selectNodeContents(o);
        return { width: range.getBoundingClientRect().width, room: o.getBoundingClientRect().width };
      });
      return { popup: el.getBoundingClientRect().width, texts };
    });
    expect(widths.texts).toHaveLength(5);
    const longest = Math.max(...widths.texts.map((t) => t.width));
    expect(longest).toBeGreaterThan(100); // 「软件及信息化平台」, eight characters
    expect(widths.popup).toBeGreaterThanOrEqual(longest);
    for (const t of widths.texts) expect(t.room).toBeGreaterThanOrEqual(t.width);
    await page.screenshot({
      path: 'test-results/screenshots/roster-grid-select.png',
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'hidden' });
    await expect(invoices.cellText(1, '类别')).resolves.toBe('设备购置');

    await invoices.click(2, '类别');
    await page.keyboard.type('软');
    await expect
      .poll(() => popup.locator('.ant-select-item-option').allInnerTexts())
      .toEqual(['软件及信息化平台']);
    await page.keyboard.press('Enter');
    await expect(invoices.cellText(2, '类别')).resolves.toBe('软件及信息化平台');
    await expect(invoices.focused()).resolves.toEqual({ row: 3, column: '类别' });
    await editor.waitSaved();
    await expect
      .poll(async () => (await storedRoster(page, 'investments'))[1]?.['category'])
      .toBe('software');
  });

  test('at 1280×800, full width shows every column of every roster whole', async () => {
    await editor.screenshot('roster-grid-1280');
    await invoices.root.getByRole('button', { name: '全宽显示名单（隐藏右侧核对栏）' }).click();
    await page.locator('.editor-wide-bar').waitFor();
    for (const label of ['投资明细', '合作院校']) {
      const roster = editor.roster(label);
      await roster.grid().scrollIntoViewIfNeeded();
      const boxes = await roster.root.evaluate((grid) => ({
        headers: Array.from(grid.querySelectorAll('.rg-head .rg-th'), (th) => {
          const r = th.getBoundingClientRect();
          return { title: th.textContent, left: r.left, right: r.right };
        }),
        cut: Array.from(grid.querySelectorAll('.rg-text, .rg-th-title'))
          .filter((t) => t.scrollWidth > t.clientWidth + 1)
          .map((t) => t.textContent),
        sideways:
          grid.querySelector('.rg-scroll')!.scrollWidth - grid.querySelector('.rg-scroll')!.clientWidth,
      }));
      expect(boxes.headers.length).toBe(label === '投资明细' ? 8 : 4);
      for (const h of boxes.headers) {
        expect(h.left, h.title ?? '').toBeGreaterThanOrEqual(0);
        expect(h.right, h.title ?? '').toBeLessThanOrEqual(1280);
      }
      expect(boxes.cut).toEqual([]);
      expect(boxes.sideways).toBe(0);
    }
    await editor.screenshot('roster-grid-1280-wide');

    // The choice is kept for the next editor; 退出全宽 brings the checks column back.
    await page.reload();
    await page.locator('.editor-wide-bar').waitFor();
    await expect(page.locator('.editor-side').isVisible()).resolves.toBe(false);
    await page.locator('.editor-wide-bar').getByRole('button', { name: '退出全宽' }).click();
    await page.locator('.editor-side .checks-panel').waitFor();
    await expect(page.locator('.editor-wide-bar').count()).resolves.toBe(0);
  });

  test('clicking a roster finding focuses and marks its cell; a form finding still goes to its field', async () => {
    await invoices.type(3, '发票号码', '123');
    const finding = page.locator('.checks-panel .finding').filter({ hasText: '投资明细第3行「发票号码」' });
    await finding.first().waitFor();
    await page.locator('.editor-side').evaluate((el) => el.scrollIntoView());
    await invoices.click(1, '项目名称');
    await finding.first().click();
    await expect.poll(() => invoices.focused()).toEqual({ row: 3, column: '发票号码' });
    const cell = await invoices.cell(3, '发票号码');
    await expect(cell.getAttribute('class')).resolves.toContain('rg-cell-target');
    await expect(cell.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    await page.screenshot({
      path: 'test-results/screenshots/roster-grid-finding.png',
      animations: 'disabled',
    });

    const base = editor.field('实训基地名称');
    await base.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    const baseFinding = page.locator('.checks-panel .finding').filter({ hasText: '实训基地名称' });
    await baseFinding.first().waitFor();
    await invoices.click(1, '项目名称');
    await baseFinding.first().click();
    await expect.poll(() => base.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '项目名称' });
  });

  test('in a 44-row roster Ctrl+↓ reaches the last row, and its finding scrolls the virtual rows back to it', async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `其他\t实训耗材第${i + 1}批\t1000\t2533233080200020${String(i).padStart(4, '0')}\t2025-06-02`,
    );
    await invoices.paste(lines.join('\n'));
    await expect.poll(() => invoices.rowCount(), { timeout: 15_000 }).toBe(44);
    await invoices.click(1, '发票号码');
    await page.keyboard.press('ControlOrMeta+ArrowDown');
    await expect(invoices.focused()).resolves.toEqual({ row: 44, column: '发票号码' });
    await page.keyboard.type('123');
    await page.keyboard.press('Enter');
    await expect(invoices.cellText(44, '发票号码')).resolves.toBe('123');
    await page.keyboard.press('ControlOrMeta+ArrowUp');
    await expect(invoices.focused()).resolves.toEqual({ row: 1, column: '发票号码' });
    await expect(invoices.grid().evaluate((el) => el.scrollTop)).resolves.toBe(0);
    // Row 44 is far below the drawn rows now: it is not in the page at all.
    await expect(invoices.root.locator('.rg-row[data-row="44"]').count()).resolves.toBe(0);

    await page.locator('.checks-panel .finding').filter({ hasText: '投资明细第44行「发票号码」' }).click();
    await expect.poll(() => invoices.focused()).toEqual({ row: 44, column: '发票号码' });
    const seen = await (
      await invoices.cell(44, '发票号码')
    ).evaluate((cell) => {
      const grid = cell.closest('.rg-scroll')!;
      const head = grid.querySelector('.rg-head')!.getBoundingClientRect();
      const box = grid.getBoundingClientRect();
      const own = cell.getBoundingClientRect();
      return { below: own.top >= head.bottom - 1, inside: own.bottom <= box.bottom + 1, top: grid.scrollTop };
    });
    expect(seen).toEqual({ below: true, inside: true, top: expect.any(Number) });
    expect(seen.top).toBeGreaterThan(0);
  });

  test('a paste of several rows keeps a 「导入前」 revision, and 修改历史 takes the paste back', async () => {
    await invoices.paste(
      '设备购置\t数控车床\t86000\t25332000000031842599\t2025-06-02\n其他\t安全防护设施\t12000.5\t25332000000031842600\t2025-06-03',
    );
    await expect.poll(() => invoices.rowCount(), { timeout: 15_000 }).toBe(6);
    await expect(invoices.cellText(6, '金额')).resolves.toBe('12,000.50');
    await editor.waitSaved();
    await page.getByRole('button', { name: '修改历史' }).click();
    const first = page.getByTestId('revision').first();
    await expect.poll(() => first.innerText()).toContain('导入前');
    await first.getByRole('button', { name: '恢复此版本' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    // Restoring writes the draft and reads it back: on a busy machine that takes more than poll's 1 s.
    const slow = { timeout: 15_000 };
    await expect.poll(() => editor.roster('投资明细').rowCount(), slow).toBe(4);
    await expect.poll(async () => (await storedRoster(page, 'investments')).length, slow).toBe(4);
  });
});
