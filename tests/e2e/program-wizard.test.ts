import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

// Users are in China (UTC+8): before 08:00 local time the UTC date is still yesterday's.
describe('the new-application wizard on a machine in China (Asia/Shanghai), from an empty app', () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeEach(async () => {
    profile = mkdtempSync(join(tmpdir(), 'grantdesk-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('at 07:30 local time a new draft is dated with the local day, not the UTC one', async () => {
    await page.clock.setFixedTime(new Date('2025-06-02T07:30:00+08:00'));
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    await expect(new EditorPage(page).field('申报日期').inputValue()).resolves.toBe('2025-06-02');
  });

  test('on 2026-01-01 at 07:30 local time Linping’s 2023-2025 plan is shown as past its period', async () => {
    await page.clock.setFixedTime(new Date('2026-01-01T07:30:00+08:00'));
    const wizard = new WizardPage(page);
    await wizard.open(inject('baseUrl'));
    await expect(wizard.policyCard('linping-2023').innerText()).resolves.toContain('已过方案期限');
  });
});
