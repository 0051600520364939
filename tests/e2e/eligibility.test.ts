import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PROGRAM_SPECS } from '../../shared/policy/registry';
import { PROGRAM_IDS } from '../../shared/schemas';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { EligibilityPage } from './page-models/eligibility-page';

const titles = (kind: 'enterprise' | 'school') =>
  PROGRAM_IDS.filter((id) => PROGRAM_SPECS[id].applicant === kind).map((id) => PROGRAM_SPECS[id].title.zh);

describe('政策匹配 in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await new EligibilityPage(page).open(inject('baseUrl'));
  });
  afterAll(async () => close());

  test('an enterprise in 衢州 investing 2,400,000.00 gets 500,000.00 for the Quzhou training base', async () => {
    const finder = new EligibilityPage(page);
    await finder.chooseRegion('衢州市');
    await finder.type('兴办职业教育（实训基地等）的实际投资额', '2,400,000.00');
    await expect.poll(() => finder.estimate('quzhou-2025:training-base').innerText()).toContain('500,000.00');
    await expect(finder.estimate('quzhou-2025:training-base').innerText()).resolves.toContain(
      '25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00',
    );
    await expect(finder.result('quzhou-2025:training-base').innerText()).resolves.toBe('可申报');
    // Another city's document does not apply, and says why.
    await expect(finder.result('linping-2023:training-base').innerText()).resolves.toBe('不适用');
    await expect(finder.row('linping-2023:training-base').innerText()).resolves.toContain(
      '仅限杭州市临平区的单位申报',
    );
    // Quzhou sets no 1+X amount for enterprises: that school program is not listed at all.
    await expect(finder.row('quzhou-2025:one-plus-x').count()).resolves.toBe(0);
    await expect(finder.overflowsHorizontally()).resolves.toBe(false);
    await finder.screenshot('eligibility');
  });

  test('a school profile lists school programs only', async () => {
    const finder = new EligibilityPage(page);
    await finder.chooseKind('职业院校');
    await expect.poll(() => finder.programTitles()).not.toContain(PROGRAM_SPECS['training-base'].title.zh);
    const shown = await finder.programTitles();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(titles('school')));
    await expect(finder.result('quzhou-2025:one-plus-x').innerText()).resolves.toBe('可申报');
  });

  test('「按此项目新建申报」 opens the editor with the saved applicant filled in', async () => {
    const drafts = new DraftsListPage(page);
    await drafts.open(inject('baseUrl'));
    await drafts.loadExamples();
    const finder = new EligibilityPage(page);
    await finder.open(inject('baseUrl'));
    await finder.chooseApplicant('衢州智造精工机械有限公司');
    // The region comes from the saved address (浙江省衢州市衢江区…).
    await expect(finder.regionShown()).resolves.toBe('浙江省衢州市');
    await finder.createFrom('quzhou-2025:training-base');
    expect(new URL(page.url()).hash).toMatch(/^#\/drafts\/[^/]+$/);
    await expect(new EditorPage(page).field('企业名称').inputValue()).resolves.toBe(
      '衢州智造精工机械有限公司',
    );
  });
});
