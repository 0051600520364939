/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { listExampleDrafts } from '../../../shared/policy/examples';
import { PACKS } from '../../../shared/policy/registry';

/** Han ideographs, CJK and full-width punctuation (「」、，：（）…), which an English interface never shows. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** One piece of visible interface text: a text node, or a placeholder / aria-label / title / alt. */
export interface ShownText {
  text: string;
  /** The element it sits on, e.g. `button.ant-btn` or `input[placeholder]`. */
  where: string;
}

/**
 * Where the text is not the interface's own: user and example data shown as typed, quoted policy
 * clauses and full text, the 大写 amount, and the rows of roster grids (names, ID numbers, schools).
 * Revision summaries are checked: they are stored in both languages.
 */
export const DATA_AREAS = [
  '[data-table] .ant-table-tbody',
  'blockquote.clause-text',
  'blockquote.policy-quote',
  '[data-testid="policy-source"]',
  '.amount-words',
];

/** Waits until no antd motion runs, so what fades in is fully shown and what fades out is gone. */
export async function settled(page: Page): Promise<void> {
  // rc-motion marks every phase (-prepare, -start, -active) with -enter / -appear / -leave classes.
  await page.waitForFunction(
    () => !document.querySelector('[class*="-enter"], [class*="-appear"], [class*="-leave"]'),
  );
}

/** A full-page screenshot at the top, once toasts are gone and the fonts are in, without focus rings. */
export async function screenshotPage(page: Page, name: string): Promise<void> {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: true,
    animations: 'disabled',
  });
}

/** Every visible text of the page (portals included: toasts, menus, drawers, modals) outside `skip`. */
export function shownTexts(page: Page, skip: readonly string[] = DATA_AREAS): Promise<ShownText[]> {
  return page.evaluate(
    ({ skip }) => {
      const skipped = (el: Element) => skip.some((s) => el.closest(s));
      const visible = (el: Element) =>
        el.getClientRects().length > 0 &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const name = (el: Element) => el.tagName.toLowerCase() + (el.classList[0] ? `.${el.classList[0]}` : '');
      const found: { text: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || el.closest('script, style, noscript') || skipped(el) || !visible(el)) continue;
        found.push({ text, where: name(el) });
      }
      for (const el of Array.from(
        document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt]'),
      )) {
        if (skipped(el) || !visible(el)) continue;
        for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) {
          const text = el.getAttribute(attribute)?.trim();
          if (text) found.push({ text, where: `${name(el)}[${attribute}]` });
        }
      }
      return found;
    },
    { skip: [...skip] },
  );
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * Data the app shows as it is in any language: each document's Chinese title, 文号, issuer, region,
 * source note, clause references and clause words, and every Chinese string of the example drafts
 * (names, addresses, rosters). Draft titles are added by the test as it reads them from the list.
 */
export function policyAndExampleData(): string[] {
  const packs = PACKS.flatMap((p) => [
    p.title,
    p.docNumber,
    p.issuer,
    p.region.name,
    p.region.province,
    `${p.region.province}${p.region.name}`,
    p.sourceNote ?? '',
    ...p.clauses.flatMap((c) => [c.ref, c.text]),
  ]);
  const examples = listExampleDrafts().flatMap((e) => stringsIn(e.draft));
  return [...packs, ...examples].filter((s) => CJK.test(s));
}

/**
 * The shown texts that still hold Chinese once the data strings are taken out (longest first, so a
 * title goes before the name inside it), with what is left. Empty means the interface speaks no Chinese.
 */
export function chineseLeft(
  texts: readonly ShownText[],
  data: Iterable<string>,
): (ShownText & { left: string })[] {
  const strings = [...new Set(data)].filter((s) => CJK.test(s)).sort((a, b) => b.length - a.length);
  return texts.flatMap((t) => {
    const left = strings.reduce((rest, s) => rest.split(s).join(' '), t.text);
    return CJK.test(left) ? [{ ...t, left }] : [];
  });
}
