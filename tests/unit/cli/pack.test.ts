// `grantdesk pack check` and `pack test`, in memory over the bundled folders and broken copies of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../cli/io';
import { run } from '../../../cli/run';

const PACKS = join(process.cwd(), 'shared/policy/packs');

/** A harness whose `copy/` folder is Quzhou's pack with `edit` applied to its pack.yaml. */
function harness(edit: (yaml: string) => string = (y) => y) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => {
      if (path.startsWith('copy/')) {
        const text = readFileSync(join(PACKS, 'quzhou-2025', path.slice(5)), 'utf8');
        return path === 'copy/pack.yaml' ? edit(text) : text;
      }
      return readFileSync(join(PACKS, path), 'utf8');
    },
  };
  return { out, err, code: (argv: string[]) => run(argv, io) };
}

const line = (yaml: string, needle: string) => yaml.slice(0, yaml.indexOf(needle)).split('\n').length;
const quzhou = readFileSync(join(PACKS, 'quzhou-2025/pack.yaml'), 'utf8');

describe('grantdesk pack check', () => {
  test.each(['quzhou-2025', 'yongzhou-2021', 'jining-2025', 'wuzhou-2024', 'linping-2023'])(
    '%s passes (exit 0)',
    (id) => {
      const h = harness();
      expect(h.code(['pack', 'check', `${id}/pack.yaml`])).toBe(0);
      expect(h.out.at(-1)).toMatch(new RegExp(`^${id}@\\d{4}\\.1：检查通过`));
    },
  );

  test('a misquoted clause is refused with its file:line:column (exit 1)', () => {
    const h = harness((y) => y.replace('最高不超过50万元限额', '最高不超过60万元限额'));
    expect(h.code(['pack', 'check', 'copy'])).toBe(1);
    expect(h.out).toContain(
      `copy/pack.yaml:${line(quzhou, '19.支持校企共建')}:11: 错误 [clause-not-in-source] 条款「二(六)19」的引文在 source.txt 中找不到（已忽略空白和全角半角差异），请逐字核对`,
    );
    expect(h.out.at(-1)).toBe('quzhou-2025：1 个错误，1 个警告，不能使用 / 1 errors, 1 warnings: refused');
  });

  test('an unknown kind is refused at its place (exit 1)', () => {
    const h = harness((y) => y.replace('kind: share-at-most', 'kind: share-below'));
    expect(h.code(['pack', 'check', 'copy/pack.yaml'])).toBe(1);
    const at = line(quzhou, 'kind: share-at-most');
    expect(h.out.find((l) => l.includes('[unknown-kind]'))).toMatch(
      new RegExp(`^copy/pack\\.yaml:${at}:\\d+: 错误 \\[unknown-kind\\] 未知的检查类型「share-below」`),
    );
  });

  test('a parameter value without a clause is refused at that value (exit 1)', () => {
    const h = harness((y) => y.replace('value: 2400, clause: 二(四)13 }', 'value: 2400 }'));
    expect(h.code(['pack', 'check', 'copy'])).toBe(1);
    expect(h.out.find((l) => l.includes('[parameter-without-clause]'))).toMatch(
      new RegExp(
        `^copy/pack\\.yaml:${line(quzhou, 'value: 2400,')}:\\d+: 错误 \\[parameter-without-clause\\]`,
      ),
    );
  });

  test('a folder without pack.yaml is a usage error (exit 2), named', () => {
    const h = harness();
    expect(h.code(['pack', 'check', 'nowhere'])).toBe(2);
    expect(h.err[0]).toMatch(/^nowhere\/pack\.yaml: 无法读取文件/);
  });
});

describe('grantdesk pack test', () => {
  test('runs a bundled pack’s cases and prints N passed, N failed (exit 0)', () => {
    const h = harness();
    expect(h.code(['pack', 'test', 'quzhou-2025'])).toBe(0);
    expect(h.out.at(-1)).toBe('8 passed, 0 failed');
    expect(h.out[0]).toBe('✓ quzhou-2025/tests.yaml:4 实训基地：投资240万元 × 25% = 60万元，封顶50万元');
  });

  test('a pack whose cap changed fails the case that pins it (exit 1)', () => {
    const h = harness((y) => y.replace('value: 500000, clause', 'value: 400000, clause'));
    expect(h.code(['pack', 'test', 'copy'])).toBe(1);
    expect(h.out.at(-1)).toBe('7 passed, 1 failed');
    expect(h.out).toContain(
      '    金额应为 50000000 分，实为 40000000 / amount 40000000 fen, expected 50000000',
    );
  });
});
