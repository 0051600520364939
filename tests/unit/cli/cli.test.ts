// The command line, run in memory (and once through bin/grantdesk.mjs to prove the wiring).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../cli/io';
import { run } from '../../../cli/run';

const TODAY = '2026-11-23';
const FIXTURES = join(process.cwd(), 'tests/fixtures/drafts');

function harness(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => {
      if (path in files) return files[path] ?? '';
      if (path.startsWith('fixtures/'))
        return readFileSync(join(FIXTURES, path.slice('fixtures/'.length)), 'utf8');
      throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    },
  };
  return { io, out, err, code: (argv: string[]) => run(argv, io, TODAY) };
}

describe('grantdesk policies / example / schema', () => {
  test('policies lists every pack with its programs', () => {
    const h = harness();
    expect(h.code(['policies'])).toBe(0);
    const text = h.out.join('\n');
    for (const id of ['quzhou-2025', 'yongzhou-2021', 'jining-2025', 'wuzhou-2024', 'linping-2023'])
      expect(text).toContain(id);
    expect(text).toContain('企业实际投资额 × 25%，最高不超过50万元');
    expect(h.code(['policies', '--json'])).toBe(0);
    expect(JSON.parse(h.out.at(-1) ?? '')).toHaveLength(5);
  });

  test('example prints a draft that check accepts with exit 0', () => {
    const h = harness();
    expect(h.code(['example', 'surcharge-credit', '--policy', 'wuzhou-2024'])).toBe(0);
    const draft = h.out.join('\n');
    const h2 = harness({ 'd.json': draft });
    expect(h2.code(['check', 'd.json'])).toBe(0);
    expect(h2.out.join('\n')).toContain('金额：200,000.00 元（贰拾万元整）');
  });

  test('example refuses a pack that does not offer the program, naming those that do', () => {
    const h = harness();
    expect(h.code(['example', 'talent-allowance', '--policy', 'quzhou-2025'])).toBe(2);
    expect(h.err.join('')).toContain('yongzhou-2021');
    expect(h.code(['example', 'nonsense'])).toBe(2);
  });

  test('schema prints the JSON Schema of a program', () => {
    const h = harness();
    expect(h.code(['schema', 'one-plus-x'])).toBe(0);
    expect(JSON.parse(h.out.join('\n'))).toMatchObject({ properties: { program: { const: 'one-plus-x' } } });
  });

  test('unknown commands and options are usage errors', () => {
    expect(harness().code(['frobnicate'])).toBe(2);
    expect(harness().code(['check', 'x', '--verbose'])).toBe(2);
  });
});

describe('grantdesk check', () => {
  test('--json prints policy, program, amount, 大写, trace and findings', () => {
    const h = harness();
    expect(h.code(['check', 'fixtures/training-base.quzhou-2025.json', '--json'])).toBe(0);
    const result = JSON.parse(h.out.join('\n'));
    expect(result).toMatchObject({
      policy: 'quzhou-2025',
      program: 'training-base',
      amountFen: 50_000_000,
      amountText: '伍拾万元整',
      findings: [],
    });
    expect(result.trace).toContain('25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00');
  });

  test('errors give exit 1 and are printed with field, rule and clause', () => {
    const draft = JSON.parse(readFileSync(join(FIXTURES, 'dual-teacher-team.yongzhou-2021.json'), 'utf8'));
    for (const t of draft.data.teachers) t.dualQualified = false;
    const h = harness({ 'bad.json': JSON.stringify(draft) });
    expect(h.code(['check', 'bad.json'])).toBe(1);
    expect(h.out.join('\n')).toMatch(
      /✗ 错误 {2}data\.teachers {2}\[yongzhou-2021\.dual-teacher-team\.dual-share\].*（永政发〔2021〕7号 三\.11）/,
    );
  });

  test('--against finds the same person in another draft', () => {
    const mine = readFileSync(join(FIXTURES, 'talent-allowance.yongzhou-2021.json'), 'utf8');
    const other = JSON.parse(mine);
    other.id = 'second-round';
    const h = harness({ 'a.json': mine, 'b.json': JSON.stringify(other) });
    expect(h.code(['check', 'a.json', '--against', 'b.json', '--json'])).toBe(1);
    const ids = JSON.parse(h.out.join('\n')).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids.filter((id: string) => id === 'cross-draft.person')).toHaveLength(4);
  });

  test.each([
    [{}, 'missing.json', 'missing.json: 无法读取文件'],
    [{ 'x.json': '{"format": ' }, 'x.json', 'x.json: $: 不是有效的 JSON'],
    [{ 'x.json': '[1,2]' }, 'x.json', 'x.json: $: 不是 GrantDesk 草稿'],
    [{ 'x.json': '{"format":"other@1"}' }, 'x.json', 'x.json: $.format: 不是 GrantDesk 草稿'],
  ])('%#: unreadable or not a draft → exit 2 naming file and path', (files, file, message) => {
    const h = harness(files as Record<string, string>);
    expect(h.code(['check', file])).toBe(2);
    expect(h.err.join('\n')).toContain(message);
  });

  test('an unreadable --against file is also exit 2', () => {
    const h = harness();
    expect(h.code(['check', 'fixtures/internship.quzhou-2025.json', '--against', 'nope.json'])).toBe(2);
    expect(h.err.join('')).toContain('nope.json');
  });
});

describe('bin/grantdesk.mjs', () => {
  test('runs the CLI through tsx and sets the exit code', () => {
    const out = execFileSync(
      process.execPath,
      ['bin/grantdesk.mjs', 'check', join(FIXTURES, 'one-plus-x.quzhou-2025.json'), '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out)).toMatchObject({ amountFen: 1_920_000, amountText: '壹万玖仟贰佰元整' });
    let status = 0;
    try {
      execFileSync(process.execPath, ['bin/grantdesk.mjs', 'check', 'no-such-file.json'], { stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
  }, 30_000);
});
