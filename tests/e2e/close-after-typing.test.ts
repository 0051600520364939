// Nothing typed is lost when the window goes away right after the last key (issue 11 point 8): the page is
// closed without unload handlers, the renderer crashes, or the whole browser is killed, each within 50 ms of
// the last key and without waiting for the save. On reopening, the text is on screen and in IndexedDB.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseDate } from '../../shared/dates';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';
import { draftIdOf, storedDraft } from './support/stored-draft';

type Target = { kind: 'field'; label: string; key: 'address' | 'contactPerson' } | { kind: 'cell' };
/** Five rounds over two form fields and a roster cell. */
const ROUNDS: Target[] = [
  { kind: 'field', label: '地址', key: 'address' },
  { kind: 'cell' },
  { kind: 'field', label: '联系人', key: 'contactPerson' },
  { kind: 'field', label: '地址', key: 'address' },
  { kind: 'cell' },
];

function textFor(target: Target, way: string, round: number): string {
  if (target.kind === 'cell') return `衢州职业技术学院${way}${round}`;
  return target.key === 'address' ? `衢州市柯城区${way}路${round}号` : `郑晓${way}${round}`;
}

function launchAt(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
}

/** The browser process of this profile (not its renderers and helpers), found by its command line. */
function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`no browser process for ${userDataDir}`);
}

/** Types `text` key by key into the target, replacing what is there; returns when the last key is handled. */
async function typeInto(page: Page, target: Target, text: string): Promise<void> {
  const editor = new EditorPage(page);
  if (target.kind === 'field') {
    const input = editor.field(target.label);
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially(text);
    return;
  }
  // The first key replaces the cell's text, as in Excel; Tab commits it, and that keystroke journals it.
  await editor.roster('合作院校').type(1, '院校名称', text, 'Tab');
}

async function expectKept(page: Page, draftId: string, target: Target, text: string): Promise<void> {
  const editor = new EditorPage(page);
  await editor.saveState().waitFor();
  if (target.kind === 'field') {
    await expect.poll(() => editor.field(target.label).inputValue()).toBe(text);
    await expect.poll(async () => (await storedDraft(page, draftId)).applicant[target.key]).toBe(text);
  } else {
    await expect.poll(() => editor.roster('合作院校').cellText(1, '院校名称')).toBe(text);
    await expect
      .poll(async () => (await storedDraft(page, draftId)).rosters['partnerSchools']?.[0]?.['name'])
      .toBe(text);
  }
}

/** True when the journal's IndexedDB copy for the draft holds `text` (what a killed browser keeps). */
function mirrored(page: Page, draftId: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ draftId, text }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('grantdesk-journal');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) return resolve(false);
          const prefix = `grantdesk.pending.${draftId}.`;
          const all = db
            .transaction('entries', 'readonly')
            .objectStore('entries')
            .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
          all.onsuccess = () => {
            db.close();
            resolve((all.result as string[]).some((entry) => entry.includes(text)));
          };
          all.onerror = () => resolve(false);
        };
      }),
    { draftId, text },
  );
}

describe('closing the window right after typing', () => {
  let userDataDir: string;
  let context: BrowserContext;
  let draftUrl: string;
  let draftId: string;

  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'grantdesk-close-'));
    context = await launchAt(userDataDir);
    const page = await context.newPage();
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const editor = new EditorPage(page);
    await editor.roster('合作院校').paste('衢州职业技术学院\t2025-01-15');
    await editor.roster('合作院校').root.getByText('共 1 行', { exact: true }).waitFor();
    await editor.waitSaved();
    draftUrl = page.url();
    draftId = draftIdOf(page);
    await page.close();
  });
  afterAll(async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  });

  async function openDraft(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(draftUrl);
    await new EditorPage(page).saveState().waitFor();
    return page;
  }

  /**
   * Five rounds: type into one target, end the page (or browser) `kill` ways within 50 ms of the last key,
   * open the draft again and find the text on screen and in IndexedDB; that page is the next round's.
   */
  async function rounds(
    way: string,
    kill: (page: Page, typedAt: number, text: string) => Promise<void>,
    prepare?: (page: Page) => Promise<(typedAt: number) => Promise<void>>,
  ): Promise<void> {
    let page = await openDraft();
    for (const [round, target] of ROUNDS.entries()) {
      const text = textFor(target, way, round);
      const prepared = prepare ? await prepare(page) : null;
      await typeInto(page, target, text);
      if (prepared) await prepared(Date.now());
      else await kill(page, Date.now(), text);
      page = await openDraft();
      await expectKept(page, draftId, target, text);
    }
    await page.close();
  }

  test('page closed without its unload handlers: each of 5 edits is back on reopening', async () => {
    await rounds('关', async (page, typedAt) => {
      const closing = page.close({ runBeforeUnload: false });
      expect(Date.now() - typedAt).toBeLessThan(50);
      await closing;
    });
  }, 300_000);

  test('renderer crashed: each of 5 edits is back on reopening', async () => {
    await rounds(
      '崩',
      () => Promise.resolve(),
      async (page) => {
        const cdp = await context.newCDPSession(page);
        return async (typedAt) => {
          const crashed = new Promise((resolve) => page.once('crash', resolve));
          void cdp.send('Page.crash').catch(() => undefined);
          expect(Date.now() - typedAt).toBeLessThan(50);
          await crashed;
          await page.close();
        };
      },
    );
  }, 300_000);

  test('browser quit (its last window closed) within 50 ms: each of 5 edits is back on starting it again', async () => {
    await rounds('退', async (_page, typedAt) => {
      const quitting = context.close();
      expect(Date.now() - typedAt).toBeLessThan(50);
      await quitting;
      context = await launchAt(userDataDir);
    });
  }, 300_000);

  test('browser process killed once the journal reached IndexedDB: each of 5 edits is back', async () => {
    const waits: number[] = [];
    await rounds('杀', async (page, typedAt, text) => {
      // A killed browser keeps only what reached its files; localStorage gets there seconds later.
      await expect.poll(() => mirrored(page, draftId, text), { interval: 5 }).toBe(true);
      waits.push(Date.now() - typedAt);
      process.kill(browserPid(userDataDir), 'SIGKILL');
      await context.close().catch(() => undefined);
      context = await launchAt(userDataDir);
    });
    console.log(`journal in IndexedDB after the last key (ms): ${waits.join(', ')}`);
  }, 300_000);

  /** Clicks a 合作院校 cell and types `text` key by key, without Enter or Tab: the edit is still open. */
  async function typeOpen(page: Page, column: string, text: string): Promise<void> {
    const roster = new EditorPage(page).roster('合作院校');
    await roster.click(1, column);
    await page.keyboard.type(text);
    await expect.poll(() => roster.editor().inputValue()).toBe(text);
  }

  async function expectCell(page: Page, column: string, shown: string, key: string, stored: string) {
    const roster = new EditorPage(page).roster('合作院校');
    await expect.poll(() => roster.cellText(1, column)).toBe(shown);
    await expect
      .poll(async () => (await storedDraft(page, draftId)).rosters['partnerSchools']?.[0]?.[key])
      .toBe(stored);
  }

  test('a cell typed into without Enter, page closed right after the last key: its value is in the grid and stored', async () => {
    let page = await openDraft();
    for (const [column, key, text, value] of [
      ['院校名称', 'name', '衢州职业技术学院未按回车', '衢州职业技术学院未按回车'],
      ['合作协议签订日期', 'agreementDate', '2025年6月30日', '2025-06-30'],
    ] as const) {
      await typeOpen(page, column, text);
      await page.close({ runBeforeUnload: false });
      page = await openDraft();
      await expectCell(page, column, value, key, value);
      await expect(new EditorPage(page).roster('合作院校').editor().count()).resolves.toBe(0);
    }
    await page.close();
  }, 120_000);

  test('a cell typed into without Enter, browser killed once the journal reached IndexedDB: its value is back', async () => {
    const page = await openDraft();
    const text = '衢州职业技术学院杀前未回车';
    await typeOpen(page, '院校名称', text);
    await expect.poll(() => mirrored(page, draftId, text), { interval: 5 }).toBe(true);
    process.kill(browserPid(userDataDir), 'SIGKILL');
    await context.close().catch(() => undefined);
    context = await launchAt(userDataDir);
    const reopened = await openDraft();
    await expectCell(reopened, '院校名称', text, 'name', text);
    await reopened.close();
  }, 120_000);

  test('a cell text that does not read: the row keeps its value, the cell opens with the text and why', async () => {
    let page = await openDraft();
    const roster = () => new EditorPage(page).roster('合作院校');
    const before = await roster().cellText(1, '合作协议签订日期');
    await typeOpen(page, '合作协议签订日期', '2025-02-30');
    await page.close({ runBeforeUnload: false });
    page = await openDraft();
    await expect.poll(() => roster().editor().inputValue()).toBe('2025-02-30');
    const parsed = parseDate('2025-02-30');
    if (parsed.ok) throw new Error('2025-02-30 should not read as a date');
    await expect
      .poll(() => roster().root.locator('.rg-status').innerText())
      .toBe(`第 1 行「合作协议签订日期」：${parsed.message}`);
    // The page scrolls to the reopened cell.
    const onScreen = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    };
    await expect.poll(() => roster().editor().evaluate(onScreen)).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/cell-reopened-with-text.png' });
    expect((await storedDraft(page, draftId)).rosters['partnerSchools']?.[0]?.['agreementDate']).toBe(before);
    // Esc gives the text up: the next open shows the cell closed, with the row's value.
    await page.keyboard.press('Escape');
    await roster().editor().waitFor({ state: 'detached' });
    await page.close({ runBeforeUnload: false });
    page = await openDraft();
    await expect.poll(() => roster().cellText(1, '合作协议签订日期')).toBe(before);
    await expect(roster().editor().count()).resolves.toBe(0);
    await page.close();
  }, 120_000);
});
