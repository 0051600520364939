// `--pack PATH`: the sixth pack (not bundled) from the command line, example → check → pdf, as a folder and
// as a zip; a broken copy and a draft of another pack are refused, and the registry is as before afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { pdfCommand } from '../../../cli/commands/pdf';
import { xlsxCommand } from '../../../cli/commands/xlsx';
import type { CliIo } from '../../../cli/io';
import * as option from '../../../cli/pack-option';
import { run } from '../../../cli/run';
import { listPacks, getPack } from '../../../shared/policy/registry';
import { buildExampleDraft } from '../../../shared/policy/examples';
import { commandIo, sparseFile } from './command-io';

const TODAY = '2026-11-23';
const PACK = join(process.cwd(), 'examples/packs/sample-skills-2026');
const dir = mkdtempSync(join(tmpdir(), 'grantdesk-pack-option-'));
const at = (name: string) => join(dir, name);

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => readFileSync(path, 'utf8'),
  };
  return { code: run(argv, io, TODAY), out: out.join('\n'), err: err.join('\n') };
}

const packIds = () => listPacks().map((p) => `${p.id}@${p.version}`);
const BEFORE = packIds();

describe('grantdesk … --pack PATH', () => {
  test('example, check and pdf use the sixth pack from its folder; the PDF names it and its 文号', async () => {
    const example = cli(['example', 'apprenticeship', '--pack', PACK]);
    expect(example.code).toBe(0);
    writeFileSync(at('draft.json'), example.out);
    const draft = JSON.parse(example.out) as {
      policy: string;
      applicant: { name: string };
      data: { apprentices: { endDate: string }[] };
    };
    expect(draft.policy).toBe('sample-skills-2026');

    const check = cli(['check', at('draft.json'), '--pack', PACK]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('错误 0 · 警告 0');
    expect(check.out).toContain('金额：22,000.00 元（贰万贰仟元整）');
    const json = cli(['check', at('draft.json'), '--pack', PACK, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ policy: 'sample-skills-2026', amountFen: 2_200_000 });

    const { io, out, err } = commandIo(dir, TODAY);
    expect(await pdfCommand(['draft.json', '--pack', PACK, '-o', 'form.pdf'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toContain('已生成 form.pdf');
    const text = execFileSync('pdftotext', ['-layout', at('form.pdf'), '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(draft.applicant.name);
    expect(flat).toContain('22,000.00');
    expect(flat).toContain('贰万贰仟元整');
    expect(flat).toContain('sample-skills-2026@2026.1');
    expect(flat).toContain('示人社发〔2026〕3号');

    // 每人每年: the fourth apprentice (高级工) on a two-year course is paid 5,000 × 2 on the printed form.
    draft.data.apprentices[3]!.endDate = '2028-01-10';
    writeFileSync(at('two-years.json'), JSON.stringify(draft));
    expect(await pdfCommand(['two-years.json', '--pack', PACK, '-o', 'two.pdf'], io)).toBe(0);
    const two = execFileSync('pdftotext', ['-layout', at('two.pdf'), '-'], { encoding: 'utf8' });
    expect(two).toContain('¥27,000.00');
    expect(two).toContain('贰万柒仟元整');
    expect(two).toMatch(/三级\/高级工 \S+：每年 5,000\.00 × 2 年 = 10,000\.00/);

    // Registered for the run only: afterwards the registry holds the five bundled packs as before.
    expect(packIds()).toEqual(BEFORE);
    expect(getPack('sample-skills-2026')).toBeUndefined();
  });

  test('without --pack the same draft names the pack as missing (exit 1), so --pack is what loaded it', () => {
    const check = cli(['check', at('draft.json')]);
    expect(check.code).toBe(1);
    expect(check.out).toContain('没有找到政策包「sample-skills-2026」');
  });

  test('a pack .zip (files in one folder) is read as 导入政策包 reads it; xlsx takes it too', async () => {
    const files = Object.fromEntries(
      ['pack.yaml', 'source.txt', 'tests.yaml'].map((n) => [
        `sample-skills-2026/${n}`,
        new Uint8Array(readFileSync(join(PACK, n))),
      ]),
    );
    writeFileSync(at('pack.zip'), zipSync(files));
    const check = cli(['check', at('draft.json'), '--pack', at('pack.zip')]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('金额：22,000.00 元');
    const { io, out } = commandIo(dir, TODAY);
    expect(await xlsxCommand(['draft.json', '--pack', 'pack.zip', '-o', 'sum.xlsx'], io)).toBe(0);
    expect(out.join('')).toContain('已生成 sum.xlsx');
  });

  test('a copy with a misquoted clause is refused with its file:line:column, exit 2, nothing written', async () => {
    cpSync(PACK, at('broken'), { recursive: true });
    const yaml = readFileSync(at('broken/pack.yaml'), 'utf8');
    writeFileSync(
      at('broken/pack.yaml'),
      yaml.replace('最高不超过30万元；投入不足', '最高不超过50万元；投入不足'),
    );
    const line = yaml.split('\n').findIndex((l) => l.includes('最高不超过30万元；投入不足')) + 1;
    const check = cli(['check', at('draft.json'), '--pack', at('broken')]);
    expect(check.code).toBe(2);
    expect(check.out).toBe('');
    expect(check.err).toContain('不能使用，1 个错误');
    expect(check.err).toMatch(
      new RegExp(`broken/pack\\.yaml:${line}:\\d+: 错误 \\[clause-not-in-source\\] 条款「第三条」的引文`),
    );
    const { io, err } = commandIo(dir, TODAY);
    expect(await pdfCommand(['draft.json', '--pack', 'broken', '-o', 'broken.pdf'], io)).toBe(2);
    expect(err.join('\n')).toContain(`pack.yaml:${line}:`);
    expect(() => readFileSync(at('broken.pdf'))).toThrow();
    expect(packIds()).toEqual(BEFORE);
  });

  test('a draft of another pack than the one given is refused, naming both', async () => {
    writeFileSync(at('quzhou.json'), JSON.stringify(buildExampleDraft('quzhou-2025', 'training-base')));
    const check = cli(['check', at('quzhou.json'), '--pack', PACK]);
    expect(check.code).toBe(2);
    expect(check.err).toContain(
      '草稿使用的政策包是「quzhou-2025」，而 --pack 给出的是「sample-skills-2026@2026.1」，未处理',
    );
    const { io, err } = commandIo(dir, TODAY);
    expect(await pdfCommand(['quzhou.json', '--pack', PACK, '-o', 'q.pdf'], io)).toBe(2);
    expect(err.join('')).toContain('而 --pack 给出的是「sample-skills-2026@2026.1」');
  });

  test('a draft pinned to another version of the given pack is refused, naming both versions', async () => {
    const example = JSON.parse(cli(['example', 'apprenticeship', '--pack', PACK]).out) as Record<
      string,
      unknown
    >;
    writeFileSync(at('pinned.json'), JSON.stringify({ ...example, policyVersion: '2025.9' }));
    const check = cli(['check', at('pinned.json'), '--pack', PACK]);
    expect(check.code).toBe(2);
    expect(check.err).toContain(
      '草稿固定在「sample-skills-2026@2025.9」，而 --pack 给出的是「sample-skills-2026@2026.1」，未处理',
    );
    const { io, err } = commandIo(dir, TODAY);
    expect(await pdfCommand(['pinned.json', '--pack', PACK, '-o', 'pinned.pdf'], io)).toBe(2);
    expect(err.join('')).toContain('草稿固定在「sample-skills-2026@2025.9」');
    expect(() => readFileSync(at('pinned.pdf'))).toThrow();
  });

  test('-o naming a file of the --pack folder is refused before the work; the file is kept', async () => {
    cpSync(PACK, at('own'), { recursive: true });
    const source = readFileSync(at('own/source.txt'));
    writeFileSync(at('own-draft.json'), cli(['example', 'apprenticeship', '--pack', PACK]).out);
    for (const target of ['own/source.txt', 'own/pack.yaml']) {
      const { io, err } = commandIo(dir, TODAY);
      expect(await pdfCommand(['own-draft.json', '--pack', 'own', '-o', target], io), target).toBe(2);
      expect(err.join('')).toContain('是输入文件本身，不会覆盖');
    }
    const viaYaml = commandIo(dir, TODAY);
    expect(
      await pdfCommand(['own-draft.json', '--pack', 'own/pack.yaml', '-o', 'own/tests.yaml'], viaYaml.io),
    ).toBe(2);
    expect(readFileSync(at('own/source.txt'))).toEqual(source);
  });

  test('a folder without source.txt, a missing path and --policy with --pack are refused by name', () => {
    cpSync(PACK, at('nosource'), { recursive: true });
    rmSync(at('nosource/source.txt'));
    expect(cli(['check', at('draft.json'), '--pack', at('nosource')]).err).toContain('无法读取政策包');
    expect(cli(['example', 'apprenticeship', '--pack', at('nowhere')]).err).toContain(
      '文件或文件夹不存在 / no such file or folder',
    );
    expect(cli(['example', 'apprenticeship', '--pack', PACK, '--policy', 'quzhou-2025']).code).toBe(2);
  });

  test('a pack zip over 8 MB is refused by its size before it is read; a zip whose pack.yaml unpacks past 4 MB too', () => {
    sparseFile(at('big.zip'), 8 * 1024 * 1024 + 1);
    const big = cli(['check', at('draft.json'), '--pack', at('big.zip')]);
    expect(big.code).toBe(2);
    expect(big.err).toContain('文件过大（8.0 MB，上限 8.0 MB）');
    const files = {
      'pack.yaml': new Uint8Array(4 * 1024 * 1024 + 1).fill(0x20),
      'source.txt': new Uint8Array(readFileSync(join(PACK, 'source.txt'))),
    };
    writeFileSync(at('wide.zip'), zipSync(files));
    const wide = cli(['check', at('draft.json'), '--pack', at('wide.zip')]);
    expect(wide.code).toBe(2);
    expect(wide.err).toContain('pack.yaml 超过 4 MB');
  });

  test('the limits are those of 导入政策包 (read from its source: the CLI project cannot import renderer/)', () => {
    const app = readFileSync('renderer/features/policies/read-pack-files.ts', 'utf8');
    // `= 8 * 1024 * 1024;` → the product of its factors.
    const limit = (name: string) =>
      /=\s*([\d\s*_]+);/
        .exec(app.slice(app.indexOf(`const ${name}`)))![1]!
        .split('*')
        .reduce((n, f) => n * Number(f.replace(/_/g, '').trim()), 1);
    expect(option.MAX_PACK_ZIP_BYTES).toBe(limit('MAX_PACK_UPLOAD_BYTES'));
    expect(option.MAX_PACK_FILE_BYTES).toBe(limit('MAX_PACK_FILE_BYTES'));
    expect(option.MAX_PACK_ZIP_ENTRIES).toBe(limit('MAX_PACK_ZIP_ENTRIES'));
  });
});
