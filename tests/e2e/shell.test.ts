import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { ShellPage } from './page-models/shell-page';

const PAGES = [
  { label: '申报草稿', key: 'drafts', empty: '还没有申报草稿' },
  { label: '新建申报', key: 'new', empty: '选择政策' },
  { label: '政策匹配', key: 'eligibility', empty: '申报单位' },
  { label: '政策库', key: 'policies', empty: '政策' },
  { label: '填写官方表格', key: 'acroform', empty: '选择官方表格' },
  { label: '备份与恢复', key: 'backup', empty: '导出备份' },
  { label: '设置', key: 'settings', empty: '运行环境' },
] as const;

describe('app shell in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => close());

  test('opens on the Chinese shell with its navigation items', async () => {
    const shell = new ShellPage(page);
    await shell.open(inject('baseUrl'));
    await expect(page.title()).resolves.toBe('GrantDesk 职教补贴申报助手');
    for (const p of PAGES) await expect(shell.navItem(p.label).isVisible()).resolves.toBe(true);
    await expect(shell.heading().textContent()).resolves.toBe('申报草稿');
  });

  test.each(PAGES)('navigates to $label and shows its heading and content', async ({ label, key, empty }) => {
    const shell = new ShellPage(page);
    await shell.goTo(label);
    await expect(shell.heading().textContent()).resolves.toBe(label);
    await expect(page.locator('main').innerText()).resolves.toContain(empty);
    expect(new URL(page.url()).hash).toBe(`#/${key}`);
    await shell.screenshot(`shell-${key}`);
  });

  test('a reload keeps the page the user was on', async () => {
    const shell = new ShellPage(page);
    await shell.goTo('政策库');
    await page.reload();
    await shell.heading().filter({ hasText: '政策库' }).waitFor();
  });

  test('made no request outside its own origin', () => {
    const origin = new URL(inject('baseUrl')).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u));
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});

describe('interface language', () => {
  test('switching to English relabels the shell, and the choice survives a reload', async () => {
    const { context, close } = await launchBrowser();
    try {
      const page = await context.newPage();
      const shell = new ShellPage(page);
      await shell.open(inject('baseUrl'), 'settings');
      await page.getByRole('radio', { name: 'English' }).check();
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      await page.reload();
      await expect(page.locator('main h3').first().textContent()).resolves.toBe('Settings');
      await page.getByRole('radio', { name: '中文' }).check();
      await expect(page.locator('main h3').first().textContent()).resolves.toBe('设置');
    } finally {
      await close();
    }
  });
});
