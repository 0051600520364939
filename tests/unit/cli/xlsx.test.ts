// `grantdesk xlsx` as a user runs it: the real bin, a real file out, read back; bad input is one line, exit 2.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../shared/policy/engine';
import { buildExampleDraft } from '../../../shared/policy/examples';

const dir = mkdtempSync(join(tmpdir(), 'grantdesk-xlsx-'));
const at = (name: string) => join(dir, name);

function grantdesk(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/grantdesk.mjs', 'xlsx', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Hostile inputs, each made before the runs; the draft.json the first test writes is the valid one.
writeFileSync(at('draft.json'), JSON.stringify(buildExampleDraft('quzhou-2025', 'training-base')));
writeFileSync(at('array.json'), '[1, 2]');
writeFileSync(at('gbk.json'), Buffer.from('{"format":"grantdesk/draft@1","x":"\xd5\xe3"}', 'latin1'));
spawnSync('mkfifo', [at('fifo.json')]);
// 51 MB of nothing (sparse): refused by its size before a byte is read.
const big = openSync(at('huge.json'), 'w');
ftruncateSync(big, 51 * 1024 * 1024);
closeSync(big);
writeFileSync(at('deep.json'), '['.repeat(200_000));

const cases: [string, string[], string][] = [
  ['a device', ['/dev/zero', '-o', at('z.xlsx')], '不是普通文件'],
  ['a FIFO', [at('fifo.json'), '-o', at('f.xlsx')], '不是普通文件'],
  ['a folder', [dir, '-o', at('d.xlsx')], '是文件夹'],
  ['no -o', [at('draft.json')], '缺少 -o'],
  ['-o a folder', [at('draft.json'), '-o', dir], '是文件夹，应为 Excel 文件名'],
  ['a missing file', [at('missing.json'), '-o', at('m.xlsx')], '无法读取草稿文件'],
  ['a JSON array', [at('array.json'), '-o', at('a.xlsx')], '不是 GrantDesk 草稿'],
  ['GBK bytes', [at('gbk.json'), '-o', at('g.xlsx')], '不是 UTF-8'],
  ['a 51 MB file', [at('huge.json'), '-o', at('h.xlsx')], '文件过大'],
  ['200,000 nested brackets', [at('deep.json'), '-o', at('p.xlsx')], '无法读取草稿文件'],
];

describe('grantdesk xlsx', () => {
  test('writes the 汇总表: form sheet with the checked amount, then every roster', async () => {
    const draft = buildExampleDraft('quzhou-2025', 'training-base')!;
    const run = grantdesk(at('draft.json'), '-o', at('out.xlsx'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已生成');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(at('out.xlsx')).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['申报表', '投资明细', '合作院校']);
    const values = new Map<string, ExcelJS.CellValue>();
    workbook.worksheets[0]!.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    const amount = checkDraft(draft).amount;
    expect(amount.amountFen).toBe(50_000_000);
    expect(values.get('申请补助金额（元）')).toBe(500_000);
    expect(values.get('大写')).toBe('伍拾万元整');
    const investments = workbook.getWorksheet('投资明细')!;
    expect(investments.getRow(3).getCell(4).value).toBe('发票号码*');
    expect(typeof investments.getRow(4).getCell(4).value).toBe('string');
    expect(investments.getRow(4).getCell(3).numFmt).toBe('#,##0.00');
  }, 60_000);

  test.each(cases)(
    'refuses %s in one line with exit 2',
    (_name, args, says) => {
      const run = grantdesk(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(says);
      // A refused input is one line; a usage mistake adds the usage line.
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(says === '缺少 -o' ? 2 : 1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(statSync(args[2] ?? at('none'), { throwIfNoEntry: false })?.isFile() ?? false).toBe(false);
    },
    60_000,
  );

  test('refuses a roster past 20,000 rows by name', () => {
    const draft = buildExampleDraft('quzhou-2025', 'internship')!;
    const interns = (draft['data'] as { interns: unknown[] }).interns;
    (draft['data'] as { interns: unknown[] }).interns = Array.from(
      { length: 20_001 },
      (_, i) => interns[i % 6],
    );
    writeFileSync(at('big.json'), JSON.stringify(draft));
    const run = grantdesk(at('big.json'), '-o', at('big.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('「实习学生名单」有 20001 行，超过 20000 行的上限');
    expect(statSync(at('big.xlsx'), { throwIfNoEntry: false })).toBeUndefined();
  }, 60_000);
});
