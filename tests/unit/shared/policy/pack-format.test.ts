// The pack format refuses what a careless edit brings, naming file, line and column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPackFolder } from '../../../../shared/policy/format/load';
import { problemLine } from '../../../../shared/policy/format/problems';

const DIR = join(process.cwd(), 'shared/policy/packs/quzhou-2025');
const packYaml = readFileSync(join(DIR, 'pack.yaml'), 'utf8');
const sourceTxt = readFileSync(join(DIR, 'source.txt'), 'utf8');

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in pack.yaml: ${needle}`);
  return text.slice(0, i).split('\n').length;
}

function errors(yaml: string, source = sourceTxt): string[] {
  return loadPackFolder({ packYaml: yaml, sourceTxt: source })
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.file}:${p.line}:${p.code}`);
}

describe('grantdesk/pack@1 loader', () => {
  test('the Quzhou pack loads; its one unused clause is a warning with its place', () => {
    const r = loadPackFolder({ packYaml, sourceTxt });
    expect(r.pack?.id).toBe('quzhou-2025');
    expect(r.pack?.version).toBe('2025.1');
    expect(r.problems.map((p) => problemLine(p))).toEqual([
      `pack.yaml:${lineOf(packYaml, '- ref: 二(二)6')}:10: 警告 [unused-clause] 条款「二(二)6」没有被任何项目、参数或检查引用`,
    ]);
    expect(r.pack?.programs['training-base']?.formula).toEqual({
      zh: '企业实际投资额 × 25%，最高不超过50万元',
      en: '25% of actual investment, at most 500,000 yuan',
    });
  });

  test('a clause misquoted by one character is refused at its text', () => {
    const bad = packYaml.replace('按企业实际投资额的25%', '按企业实际投资额的30%');
    expect(errors(bad)).toEqual([`pack.yaml:${lineOf(bad, '19.支持校企共建')}:clause-not-in-source`]);
  });

  test('whitespace and full-width punctuation do not count as misquoting', () => {
    const wide = packYaml.replace('推进1+X证书制度试点工作,每生每年', '推进1+X证书制度试点工作，每生 每年');
    expect(errors(wide)).toEqual([]);
  });

  test('an unknown kind is refused at its kind, naming the known ones', () => {
    const bad = packYaml.replace('kind: rate-then-cap', 'kind: rate-and-cap');
    const r = loadPackFolder({ packYaml: bad, sourceTxt });
    expect(r.pack).toBeUndefined();
    const p = r.problems.find((x) => x.code === 'unknown-kind');
    expect(p && [p.line, p.column]).toEqual([
      lineOf(bad, 'kind: rate-and-cap'),
      bad.split('\n')[lineOf(bad, 'kind: rate-and-cap') - 1]!.indexOf('rate-and-cap') + 1,
    ]);
    expect(p?.zh).toContain('未知的金额类型「rate-and-cap」');
    expect(p?.zh).toContain('rate-then-cap');
  });

  test('a parameter value without a clause is refused at that value', () => {
    const bad = packYaml.replace('value: 500000, clause: 二(六)19 }', 'value: 500000 }');
    expect(errors(bad)).toEqual([`pack.yaml:${lineOf(bad, 'value: 500000 }')}:parameter-without-clause`]);
  });

  test('a parameter a kind names but nobody defines, and a clause nobody quotes, are refused at their fields', () => {
    const bad = packYaml
      .replace('cap: base-cap', 'cap: base-ceiling')
      .replace('clauses: [二(四)13]', 'clauses: [二(四)14]');
    expect(errors(bad)).toEqual([
      `pack.yaml:${lineOf(bad, 'cap: base-ceiling')}:unknown-parameter`,
      `pack.yaml:${lineOf(bad, 'clauses: [二(四)14]')}:unknown-clause`,
    ]);
  });

  test('overlapping dated values are refused; a source that is not the recorded one is refused', () => {
    const bad = packYaml.replace(
      "      - { from: '2025-05-22', value: 25, clause: 二(六)19 }",
      "      - { from: '2025-05-22', to: '2026-01-31', value: 25, clause: 二(六)19 }\n      - { from: '2026-01-01', value: 30, clause: 二(六)19 }",
    );
    expect(errors(bad)).toEqual([`pack.yaml:${lineOf(bad, "from: '2026-01-01'")}:overlapping-values`]);
    expect(errors(packYaml, `${sourceTxt}\n`)).toEqual([
      `pack.yaml:${lineOf(packYaml, 'sha256:')}:source-hash`,
    ]);
  });

  test('YAML syntax and an unquoted area code are refused with their place', () => {
    expect(errors(packYaml.replace("areaCode: '0570'", 'areaCode: 0570'))).toEqual([
      `pack.yaml:${lineOf(packYaml, 'areaCode:')}:wrong-type`,
    ]);
    const broken = packYaml.replace('programs:\n', 'programs:\n  - [\n');
    expect(errors(broken)[0]).toMatch(/^pack\.yaml:\d+:yaml-syntax$/);
  });
});
