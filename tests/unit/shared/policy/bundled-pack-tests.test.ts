// Every bundled pack's own tests.yaml, case by case, through the same runner as `grantdesk pack test`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED_ORDER } from '../../../../scripts/bundle-packs';
import { getPack } from '../../../../shared/policy';
import { runPackTests } from '../../../../shared/policy/format/pack-tests';

const testsOf = (id: string) =>
  readFileSync(join(process.cwd(), 'shared/policy/packs', id, 'tests.yaml'), 'utf8');

describe.each(BUNDLED_ORDER)('%s tests.yaml', (id) => {
  const pack = getPack(id);
  if (!pack) throw new Error(`${id} is not registered`);
  const { results, problems } = runPackTests(pack, testsOf(id));

  test('the file itself has no problem and at least two cases', () => {
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(2);
  });

  test.each(results.map((r) => [`line ${r.line}: ${r.name}`, r] as const))('%s', (_name, r) => {
    expect(r.failures).toEqual([]);
  });
});

describe('the runner', () => {
  test('a case whose expected amount is wrong fails, saying both amounts', () => {
    const pack = getPack('quzhou-2025');
    if (!pack) throw new Error('quzhou-2025 is not registered');
    const yaml = testsOf('quzhou-2025').replace('amountFen: 50000000', 'amountFen: 60000000');
    const [first] = runPackTests(pack, yaml).results;
    expect(first?.passed).toBe(false);
    expect(first?.failures).toEqual([
      { zh: '金额应为 60000000 分，实为 50000000', en: 'amount 50000000 fen, expected 60000000' },
    ]);
  });

  test('a change to a field the draft does not have is a problem at its key', () => {
    const pack = getPack('quzhou-2025');
    if (!pack) throw new Error('quzhou-2025 is not registered');
    const yaml = testsOf('quzhou-2025').replace('data.investments.0.amountFen', 'data.invest.0.amountFen');
    const { problems, results } = runPackTests(pack, yaml);
    const at = yaml.slice(0, yaml.indexOf('data.invest.0')).split('\n').length;
    expect(problems.map((p) => [p.code, p.line])).toEqual([['test-path', at]]);
    expect(results[1]?.passed).toBe(false);
  });
});
