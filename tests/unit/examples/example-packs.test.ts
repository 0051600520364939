// Every pack under examples/packs/ (imported, not bundled) passes `grantdesk pack check` and `pack test`, so the
// folders the guide points to cannot rot; the sixth document's numbers are pinned here too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../cli/io';
import { run } from '../../../cli/run';
import { buildExampleDraft, checkDraft } from '../../../shared/policy';
import { loadPackFolder } from '../../../shared/policy/format/load';

const ROOT = join(process.cwd(), 'examples/packs');
const FOLDERS = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Runs the command line in memory; `edit` changes one file of the folder as it is read. */
function cli(argv: string[], edit: (path: string, text: string) => string = (_p, t) => t) {
  const out: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    readFile: (path) => edit(path, readFileSync(join(ROOT, path), 'utf8')),
  };
  return { code: run(argv, io), out };
}

const read = (id: string, name: string) => readFileSync(join(ROOT, id, name), 'utf8');

describe.each(FOLDERS)('examples/packs/%s', (id) => {
  test('pack check passes with no warning (exit 0)', () => {
    const r = cli(['pack', 'check', id]);
    expect(r.out.at(-1)).toMatch(new RegExp(`^${id}@[\\d.]+：检查通过（0 个警告）`));
    expect(r.code).toBe(0);
  });

  test('pack test passes every case (exit 0)', () => {
    const r = cli(['pack', 'test', id]);
    expect(r.out.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(r.out.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(r.code).toBe(0);
  });
});

describe('sample-skills-2026 (示人社发〔2026〕3号, a sample document)', () => {
  const ID = 'sample-skills-2026';
  const loaded = loadPackFolder({ packYaml: read(ID, 'pack.yaml'), sourceTxt: read(ID, 'source.txt') });
  const pack = loaded.pack;
  if (!pack) throw new Error(JSON.stringify(loaded.problems));

  test('the source says plainly that it is a sample, not a real document', () => {
    expect(read(ID, 'source.txt').split('\n')[0]).toMatch(/^【示例文件，非真实政策】/);
    expect(pack.title).toContain('示例文件，非真实政策');
  });

  test('the formula texts are made from its numbers', () => {
    expect(pack.programs['training-base']?.formula.zh).toBe(
      '企业实际投资额达到100万元的，按投资额 × 10%补助，最高不超过30万元；不足100万元的不予补助',
    );
    expect(pack.programs.apprenticeship?.formula.zh).toBe(
      '四级/中级工每人每年4000元，三级/高级工每人每年5000元，二级/技师每人每年6000元，一级/高级技师每人每年8000元；' +
        '每人年数按培训起止日期的整月数 ÷ 12 计（不足一月不计），金额不足1分舍去',
    );
  });

  test('the apprentices are paid by level per year; 初级工 is named and not paid', () => {
    const d = buildExampleDraft(ID, 'apprenticeship', pack) as {
      data: { apprentices: { name: string; targetLevel: string; endDate: string }[] };
    };
    const [a0, a1, a2, a3, a4] = d.data.apprentices.map((a) => a);
    a0!.targetLevel = 'level-5';
    a1!.targetLevel = 'level-1';
    a2!.endDate = '2026-08-10'; // 7 whole months of a 中级工: 4000 × 7/12 = 2333.33 (rounded down)
    a3!.endDate = '2028-01-10'; // two years of a 高级工: 5000 × 2
    const r = checkDraft(d, { today: '2026-12-31', pack });
    expect(r.amount).toMatchObject({ status: 'computed', amountFen: 2_533_333 });
    expect(r.amount.trace).toEqual([
      '五级/初级工 1 人：文件未规定该类别的补助，不计',
      `四级/中级工 ${a2!.name}：每年 4,000.00 × 7 个月（7/12 年） = 2,333.33`,
      `三级/高级工 ${a3!.name}：每年 5,000.00 × 2 年 = 10,000.00`,
      `三级/高级工 ${a4!.name}：每年 5,000.00 × 1 年 = 5,000.00`,
      `一级/高级技师 ${a1!.name}：每年 8,000.00 × 1 年 = 8,000.00`,
      '合计 25,333.33',
    ]);
  });

  test('a copy whose 技师 amount is 7000 fails the case that pins it (exit 1)', () => {
    const r = cli(['pack', 'test', ID], (path, text) =>
      path.endsWith('pack.yaml') ? text.replace('value: 6000, clause', 'value: 7000, clause') : text,
    );
    expect(r.code).toBe(1);
    expect(r.out.at(-1)).toBe('14 passed, 1 failed');
    expect(r.out).toContain('    金额应为 2400000 分，实为 2500000 / amount 2500000 fen, expected 2400000');
  });

  test('a copy that drops the threshold clause’s words is refused at its place (exit 1)', () => {
    const yaml = read(ID, 'pack.yaml');
    const r = cli(['pack', 'check', ID], (path, text) =>
      path.endsWith('pack.yaml')
        ? text.replace('投入不足100万元的，不予补助', '投入不足80万元的，不予补助')
        : text,
    );
    const line = yaml.slice(0, yaml.indexOf('第三条 企业建设')).split('\n').length;
    expect(r.code).toBe(1);
    expect(r.out.find((l) => l.includes('[clause-not-in-source]'))).toMatch(
      new RegExp(`^${ID}/pack\\.yaml:${line}:\\d+: 错误 \\[clause-not-in-source\\] 条款「第三条」`),
    );
  });
});
