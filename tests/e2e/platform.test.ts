import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { ShellPage } from './page-models/shell-page';

describe('browser platform adapter', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await new ShellPage(page).open(inject('baseUrl'), 'settings');
  });
  afterAll(async () => close());

  test('the browser implementation is picked in plain Chromium', async () => {
    // The line reads 正在读取… until the platform has answered.
    await expect.poll(() => page.getByTestId('environment').innerText()).toMatch(/^浏览器版/);
  });

  test('settings say whether storage is persistent and how much is used', async () => {
    await expect
      .poll(() => page.getByTestId('storage').innerText())
      .toMatch(/存储.*已用 \d+\.\d MB，上限 \d+\.\d MB$/);
  });

  test('saving a file downloads it with the suggested name and bytes', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出诊断信息' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('grantdesk-诊断信息.json');
    const saved = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as Record<string, string>;
    expect(saved['app']).toBe('GrantDesk');
    expect(saved['environment']).toMatch(/^浏览器版/);
  });
});
