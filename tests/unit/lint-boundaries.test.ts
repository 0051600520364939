// The folder boundaries are enforced by lint: this proves each forbidden crossing is an error.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint boundaries', () => {
  test.each([
    [
      "import { useState } from 'react';\nexport const x = useState;\n",
      'shared/policy/bad.ts',
      'no-restricted-imports',
    ],
    [
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'shared/policy/bad.ts',
      'no-restricted-imports',
    ],
    [
      "import { app } from 'electron';\nexport const x = app;\n",
      'shared/money/bad.ts',
      'no-restricted-imports',
    ],
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'shared/pdf/bad.ts',
      'no-restricted-imports',
    ],
    ['export const x = () => document.title;\n', 'shared/ids/bad.ts', 'no-restricted-globals'],
    ['export const x = () => window.location.href;\n', 'shared/ids/bad.ts', 'no-restricted-globals'],
    [
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      'renderer/app/bad.ts',
      'no-restricted-imports',
    ],
    [
      "import { createMainWindow } from '../../electron/main/window';\nexport const x = createMainWindow;\n",
      'renderer/app/bad.ts',
      'no-restricted-imports',
    ],
  ])('%s in %s is an error', async (code, file, rule) => {
    expect(await ruleIds(code, file)).toContain(rule);
  });

  test('fill() in an end-to-end test is an error; typing key by key is clean', async () => {
    const fill = "export const f = (i: { fill(t: string): void }) => i.fill('238760.50');\n";
    expect(await ruleIds(fill, 'tests/e2e/page-models/bad.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(fill, 'tests/e2e/money.test.ts')).toContain('no-restricted-syntax');
    // The one named helper that says why may set a whole value.
    expect(await ruleIds(fill, 'tests/e2e/support/whole-value.ts')).toEqual([]);
    const typed =
      "export const f = (i: { pressSequentially(t: string): void }) => i.pressSequentially('238760.50');\n";
    expect(await ruleIds(typed, 'tests/e2e/page-models/ok.ts')).toEqual([]);
  });

  test('pure code in shared/ is clean', async () => {
    expect(
      await ruleIds("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/ids/ok.ts'),
    ).toEqual([]);
  });
});
