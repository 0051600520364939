import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { PoliciesPage } from './page-models/policies-page';

const DOC_NUMBERS = [
  '衢政办发〔2025〕10号',
  '永政发〔2021〕7号',
  '济教字〔2025〕8号',
  '梧政办发〔2024〕35号',
  '临平政办〔2023〕8号',
];

const SOURCES = resolve(import.meta.dirname, '../../shared/policy/sources');
// A sentence of file 000 that no pack quotes as a clause, so only the full text can show it.
const QUZHOU_SENTENCE =
  '为贯彻落实中央、省委和市委关于深化职业教育改革的决策部署,加快构建市域一体化现代职业教育体系,全力打造四省边际职业教育先行区';

describe('政策库 in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await new PoliciesPage(page).open(inject('baseUrl'));
  });
  afterAll(async () => close());

  test('lists the five documents with their exact 文号, in library order', async () => {
    await expect(new PoliciesPage(page).docNumbers()).resolves.toEqual(DOC_NUMBERS);
  });

  test('opening Linping shows that its plan period has ended', async () => {
    const policies = new PoliciesPage(page);
    await policies.openPack('临平政办〔2023〕8号');
    await expect(policies.detail().getByTestId('period-ended').innerText()).resolves.toBe('方案期限已届满');
    await expect(policies.detail().innerText()).resolves.toContain('方案期限已于 2025-12-31 届满');
    await expect(policies.card('临平政办〔2023〕8号').getByTestId('period-ended').count()).resolves.toBe(1);
    // Quzhou states no end date: no tag on its card.
    await expect(policies.card('衢政办发〔2025〕10号').getByTestId('period-ended').count()).resolves.toBe(0);
  });

  test('searching 双师 finds Linping 二(三) with 90% and marks the match', async () => {
    const policies = new PoliciesPage(page);
    await policies.search('双师');
    const hit = policies
      .clauseHits()
      .filter({ hasText: '临平政办〔2023〕8号' })
      .filter({ hasText: '二(三)' });
    await hit.waitFor();
    await expect(hit.innerText()).resolves.toContain('“双师型”教师占专业课教师比例达90%');
    await expect(hit.locator('mark').first().innerText()).resolves.toBe('双师');
    // Yongzhou's document is in traditional characters: its 雙師 is found and marked too.
    const yongzhou = policies
      .clauseHits()
      .filter({ hasText: '永政发〔2021〕7号' })
      .filter({ hasText: '三.11' });
    await expect(yongzhou.locator('mark').first().innerText()).resolves.toBe('雙師');
    // Every hit has the term marked, and nothing else is listed.
    for (const hitMarks of await policies.clauseHits().locator('mark').allInnerTexts()) {
      expect(['双师', '雙師']).toContain(hitMarks);
    }
    const count = await policies.clauseHits().count();
    await expect(
      policies
        .clauseHits()
        .filter({ has: page.locator('mark') })
        .count(),
    ).resolves.toBe(count);
    await expect(policies.overflowsHorizontally()).resolves.toBe(false);
    await policies.screenshot('policies');
  });

  test('the Quzhou full text is loaded only when opened and is the text of file 000', async () => {
    expect(readFileSync(resolve(SOURCES, '000_dd645150033164ac.txt'), 'utf8')).toContain(QUZHOU_SENTENCE);
    const policies = new PoliciesPage(page);
    await policies.search('');
    await policies.openPack('衢政办发〔2025〕10号');
    expect(requests.filter((u) => u.includes('000_dd645150033164ac'))).toEqual([]);
    await policies.openTab('文件全文');
    await expect(policies.sourceText()).resolves.toContain(QUZHOU_SENTENCE);
    expect(requests.filter((u) => u.includes('000_dd645150033164ac'))).toHaveLength(1);
    await expect(policies.overflowsHorizontally()).resolves.toBe(false);
    await policies.screenshot('policies-source');
  });

  test('the Yongzhou full text carries the note about its pinyin debris', async () => {
    const policies = new PoliciesPage(page);
    await policies.openPack('永政发〔2021〕7号');
    await policies.openTab('文件全文');
    await expect(policies.sourceText()).resolves.toContain('永政發(fā)〔2021〕7號');
    await expect(policies.detail().innerText()).resolves.toContain('引文为去除拼音注音后的原文');
  });

  test('a link to #/policies/<id> opens that document', async () => {
    // A fresh tab: on the same page a hash-only goto would not remount the library.
    const policies = new PoliciesPage(await context.newPage());
    await policies.open(inject('baseUrl'), 'wuzhou-2024');
    await policies.detail().filter({ hasText: '梧政办发〔2024〕35号' }).waitFor();
    await expect(policies.detail().getByRole('tab', { selected: true }).innerText()).resolves.toMatch(
      /^可申报项目/,
    );
  });
});
