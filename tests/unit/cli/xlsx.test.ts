// `grantdesk xlsx` as a user runs it: the real bin, a real file out, read back; bad input is one line, exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

describe('grantdesk xlsx', () => {
  test('writes the 汇总表: form sheet with the checked amount, then every roster', async () => {
    const draft = buildExampleDraft('quzhou-2025', 'training-base')!;
    writeFileSync(at('draft.json'), JSON.stringify(draft));
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

  test('refuses bad input in one line with exit 2, before reading it', () => {
    const cases: [string[], string][] = [
      [['/dev/zero', '-o', at('z.xlsx')], '不是普通文件'],
      [[dir, '-o', at('d.xlsx')], '是文件夹'],
      [[at('draft.json')], '缺少 -o'],
      [[at('draft.json'), '-o', dir], '是文件夹'],
      [[at('missing.json'), '-o', at('m.xlsx')], '无法读取草稿文件'],
    ];
    writeFileSync(at('array.json'), '[1, 2]');
    cases.push([[at('array.json'), '-o', at('a.xlsx')], '不是 GrantDesk 草稿']);
    for (const [args, says] of cases) {
      const run = grantdesk(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(says);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(statSync(at('z.xlsx'), { throwIfNoEntry: false })).toBeUndefined();
  }, 120_000);

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
