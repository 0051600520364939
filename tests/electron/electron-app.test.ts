/// <reference lib="dom" />
// Launches the real Electron app when its binary is installed; CI machines without it skip, saying why.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, test } from 'vitest';

function electronBinary(): string | null {
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const mainEntry = resolve(import.meta.dirname, '../../out/main/index.js');

describe('Electron app', () => {
  const title = binary ? 'opens the locked-down Chinese shell' : 'Electron binary not available';
  test.skipIf(!binary)(title, async () => {
    const app = await electron.launch({ executablePath: binary ?? '', args: ['--no-sandbox', mainEntry] });
    try {
      const win = await app.firstWindow();
      await win.getByRole('navigation', { name: '主导航' }).waitFor();
      expect(await win.title()).toBe('GrantDesk 职教补贴申报助手');
      const page = await win.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        verbs: Object.keys(window.grantdesk ?? {}).sort(),
      }));
      expect(page).toEqual({
        require: 'undefined',
        process: 'undefined',
        verbs: [
          'appInfo',
          'listAutoBackups',
          'openPdf',
          'printPdf',
          'readUserFile',
          'saveFile',
          'writeAutoBackup',
        ],
      });
      expect(await win.evaluate(() => window.open('https://example.com/'))).toBeNull();
      const before = win.url();
      await win.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(win.url()).toBe(before);
    } finally {
      await app.close();
    }
  });
});
