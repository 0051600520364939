// Does the last keystroke survive a browser killed (SIGKILL) soon after it? Prints survival counts per delay
// between the key and the kill, for the app's journal (localStorage + IndexedDB mirror) and, with
// `--part storage`, for the browser's storage mechanisms alone (localStorage, IndexedDB, OPFS written from a
// Worker). Figures only, no assertions: the delays are wall-clock and the machine's load moves them.
//   npx tsx bench/journal/kill-after-key.ts [--tries 30] [--delays 0,10,25,50,100] [--part app|storage|both]
//                                           [--no-build] [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';
import { WizardPage } from '../../tests/e2e/page-models/wizard-page';
import { STORAGE_PROBE, type Probe } from './storage-probe';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
};
const TRIES = Number(arg('tries') ?? 30);
const DELAYS = (arg('delays') ?? '0,10,25,50,100').split(',').map(Number);
const PART = arg('part') ?? 'app';

const launchAt = (dir: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });

/** The browser process of this profile (not its renderers), found by its command line. */
function browserPid(dir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`no browser process for ${dir}`);
}

/** Key-to-kill times seen (ms), per delay: how late the kill really came on a loaded machine. */
const lateness = new Map<number, number[]>();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const actual = (delay: number) => `${median(lateness.get(delay) ?? [])} ms`;

/**
 * Kills browser `pid` (looked up before the key, so the lookup costs no time here) `delay` ms after `t0`,
 * then starts the browser again on the same profile.
 */
async function killAt(
  dir: string,
  pid: number,
  context: BrowserContext,
  t0: number,
  delay: number,
): Promise<BrowserContext> {
  const wait = t0 + delay - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  process.kill(pid, 'SIGKILL');
  lateness.set(delay, [...(lateness.get(delay) ?? []), Date.now() - t0]);
  await context.close().catch(() => undefined);
  return launchAt(dir);
}

/** Where `marker` is after the restart: the journal's localStorage copy, its IndexedDB mirror. */
async function journalHas(page: Page, marker: string): Promise<{ local: boolean; mirror: boolean }> {
  return page.evaluate(
    (marker) =>
      new Promise<{ local: boolean; mirror: boolean }>((done) => {
        let local = false;
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i) ?? '';
          if (key.startsWith('grantdesk.pending.') && (localStorage.getItem(key) ?? '').includes(marker))
            local = true;
        }
        const open = indexedDB.open('grantdesk-journal');
        open.onerror = () => done({ local, mirror: false });
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) return done({ local, mirror: false });
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            db.close();
            done({ local, mirror: (all.result as string[]).some((t) => t.includes(marker)) });
          };
          all.onerror = () => done({ local, mirror: false });
        };
      }),
    marker,
  );
}

/** The 地址 field typed key by key; the last key is pressed alone, and the kill follows it. */
async function appPart(url: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-kill-'));
  let context = await launchAt(dir);
  try {
    const first = await context.newPage();
    await new WizardPage(first).create(url, 'quzhou-2025', 'training-base');
    const draftUrl = first.url();
    await first.close();
    console.log(
      `app: 地址 typed key by key, browser SIGKILLed d ms after the last key's handling; ${TRIES} tries each`,
    );
    console.log('delay ms | last key kept | in localStorage | in IndexedDB mirror | key to kill (median)');
    let n = 0;
    for (const delay of DELAYS) {
      let kept = 0;
      let local = 0;
      let mirror = 0;
      let failed = 0;
      for (let t = 0; t < TRIES; t++) {
        const marker = `衢州市柯城区百灵路${++n}号`;
        try {
          const page = await context.newPage();
          await page.goto(draftUrl);
          await page.getByTestId('save-state').waitFor();
          const field = page.getByLabel('地址', { exact: true });
          await field.click();
          await field.press('ControlOrMeta+a');
          await page.keyboard.type(marker.slice(0, -1));
          // Everything but the last key is safe before it is pressed: only the last key is measured.
          const until = Date.now() + 20_000;
          while (!(await journalHas(page, marker.slice(0, -1))).mirror) {
            if (Date.now() > until) throw new Error('the keys before the last never reached the mirror');
            await page.waitForTimeout(5);
          }
          const pid = browserPid(dir);
          await page.keyboard.type(marker.slice(-1));
          context = await killAt(dir, pid, context, Date.now(), delay);
          const after = await context.newPage();
          await after.goto(`${url}/bench-blank`);
          const found = await journalHas(after, marker);
          await after.close();
          if (found.local) local++;
          if (found.mirror) mirror++;
          if (found.local || found.mirror) kept++;
        } catch {
          // A try the loaded machine broke (a page or browser that did not answer) is counted apart.
          failed++;
          await context.close().catch(() => undefined);
          context = await launchAt(dir);
        }
      }
      const ran = TRIES - failed;
      console.log(
        `${String(delay).padStart(8)} | ${kept}/${ran} | ${local}/${ran} | ${mirror}/${ran} | ${actual(delay)}` +
          (failed ? ` (${failed} tries did not run)` : ''),
      );
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One write to each mechanism in the same task, then the kill: which of them has it after the restart. */
async function storagePart(url: string): Promise<void> {
  lateness.clear();
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-kill-storage-'));
  let context = await launchAt(dir);
  try {
    console.log(`storage: one write to each, in one task, browser SIGKILLed d ms after; ${TRIES} tries each`);
    console.log(
      'delay ms | localStorage | IndexedDB relaxed | relaxed + commit() | strict | OPFS sync handle (Worker) | write to kill',
    );
    let n = 0;
    for (const delay of DELAYS) {
      const count = { local: 0, relaxed: 0, committed: 0, strict: 0, opfs: 0 };
      let failed = 0;
      for (let t = 0; t < TRIES; t++) {
        const marker = `m${++n}-${Date.now()}`;
        try {
          const page = await context.newPage();
          await page.goto(`${url}/bench-blank`);
          await page.evaluate(`(${STORAGE_PROBE}).prepare()`);
          const pid = browserPid(dir);
          await page.evaluate(`(${STORAGE_PROBE}).write(${JSON.stringify(marker)})`);
          context = await killAt(dir, pid, context, Date.now(), delay);
          const after = await context.newPage();
          await after.goto(`${url}/bench-blank`);
          const found = (await after.evaluate(`(${STORAGE_PROBE}).read(${JSON.stringify(marker)})`)) as Probe;
          await after.close();
          for (const k of Object.keys(count) as (keyof Probe)[]) if (found[k]) count[k]++;
        } catch {
          failed++;
          await context.close().catch(() => undefined);
          context = await launchAt(dir);
        }
      }
      const ran = TRIES - failed;
      const c = (k: keyof Probe) => `${count[k]}/${ran}`;
      console.log(
        `${String(delay).padStart(8)} | ${c('local')} | ${c('relaxed')} | ${c('committed')} | ${c('strict')} | ${c('opfs')} | ${actual(delay)}` +
          (failed ? ` (${failed} tries did not run)` : ''),
      );
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!process.argv.includes('--no-build'))
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
// --out serves a copy of the build, so that a test run rebuilding out/ meanwhile does not disturb the bench.
const { url, server } = await startStaticServer(resolve(root, arg('out') ?? 'out/renderer'));
try {
  if (PART === 'app' || PART === 'both') await appPart(url);
  if (PART === 'storage' || PART === 'both') await storagePart(url);
} finally {
  server.close();
}
