// Two versions of one pack that differ in a cap and a clause: what a draft sees when it moves between them.
import { describe, expect, it } from 'vitest';
import { diffPackVersions, isEmptyDiff } from '../../../../shared/policy/pack-diff';
import { getPack } from '../../../../shared/policy';
import { trainingBaseRateCapAmount } from '../../../../shared/policy/rules/training-base';
import type { Pack } from '../../../../shared/policy/types';
import { loadPackFolder } from '../../../../shared/policy/format/load';
import { example, TODAY } from './helpers';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const OLD = getPack('quzhou-2025') as Pack;
const CLAUSE = '二(六)19';
const NEW_TEXT = OLD.clauses
  .find((c) => c.ref === CLAUSE)!
  .text.replace('最高不超过50万元', '最高不超过30万元');

/** The next year's revision: the cap falls to 300,000 yuan and clause 二(六)19 says so; one clause added. */
function revised(changes: Partial<Pack> = {}): Pack {
  const tb = OLD.programs['training-base']!;
  return {
    ...OLD,
    clauses: [
      ...OLD.clauses.map((c) => (c.ref === CLAUSE ? { ...c, text: NEW_TEXT } : c)),
      { ref: '附则', text: '本意见由市教育局负责解释。' },
    ],
    programs: {
      ...OLD.programs,
      'training-base': {
        ...tb,
        amount: trainingBaseRateCapAmount({ numerator: 25, denominator: 100 }, 30_000_000),
      },
    },
    ...changes,
  };
}

describe('diffPackVersions', () => {
  it('gives the amount before and after a cap change, and the clause whose text changed', () => {
    const diff = diffPackVersions(example('quzhou-2025', 'training-base'), OLD, revised(), { today: TODAY });
    expect(diff.amountBefore.amountFen).toBe(50_000_000);
    expect(diff.amountAfter.amountFen).toBe(30_000_000);
    expect(diff.amountAfter.amountText).toBe('叁拾万元整');
    expect(diff.clausesChanged).toEqual([
      { ref: CLAUSE, before: OLD.clauses.find((c) => c.ref === CLAUSE)!.text, after: NEW_TEXT },
    ]);
    expect(diff.clausesAdded).toEqual([{ ref: '附则', text: '本意见由市教育局负责解释。' }]);
    expect(diff.clausesRemoved).toEqual([]);
    expect(diff.findingsAdded).toEqual([]);
    expect(diff.findingsRemoved).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('a draft under the cap keeps its amount; moving back reverses the clause change', () => {
    const draft = example('quzhou-2025', 'training-base');
    // One invoice of 800,000 yuan: 25% is 200,000, under both caps.
    draft.data.investments = [draft.data.investments[0]];
    draft.data.investments[0].amountFen = 80_000_000;
    const diff = diffPackVersions(draft, revised(), OLD, { today: TODAY });
    expect([diff.amountBefore.amountFen, diff.amountAfter.amountFen]).toEqual([20_000_000, 20_000_000]);
    expect(diff.clausesChanged).toEqual([
      { ref: CLAUSE, before: NEW_TEXT, after: OLD.clauses.find((c) => c.ref === CLAUSE)!.text },
    ]);
    expect(diff.clausesRemoved.map((c) => c.ref)).toEqual(['附则']);
  });

  it('names the findings a later start date adds, and removes them going back', () => {
    const later = revised({ dates: { ...OLD.dates, inForceFrom: '2025-11-01' } });
    const draft = example('quzhou-2025', 'training-base');
    const forward = diffPackVersions(draft, OLD, later, { today: TODAY });
    expect(forward.findingsAdded.map((f) => [f.ruleId, f.path.join('.')])).toEqual([
      ['policy.not-in-force', 'applicationDate'],
    ]);
    expect(forward.findingsAdded[0]?.message).toBe(
      '申报日期 2025-10-20 早于衢政办发〔2025〕10号的施行日期 2025-11-01',
    );
    expect(forward.findingsRemoved).toEqual([]);
    const back = diffPackVersions(draft, later, OLD, { today: TODAY });
    expect(back.findingsRemoved.map((f) => f.ruleId)).toEqual(['policy.not-in-force']);
    expect(back.findingsAdded).toEqual([]);
  });

  it('the same version twice is no difference', () => {
    const diff = diffPackVersions(example('quzhou-2025', 'training-base'), OLD, OLD, { today: TODAY });
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.amountBefore).toEqual(diff.amountAfter);
  });

  it('two versions written as pack.yaml: the same cap and clause change, loaded by the pack loader', () => {
    const folder = 'shared/policy/packs/quzhou-2025';
    const source = readFileSync(`${folder}/source.txt`, 'utf8');
    const load = (version: string, cap: string) => {
      const text = source.replace('最高不超过50万元', `最高不超过${cap}万元`);
      const sha = createHash('sha256').update(text, 'utf8').digest('hex');
      const yaml = readFileSync(`${folder}/pack.yaml`, 'utf8')
        .replace(/^version: .*$/m, `version: '${version}'`)
        .replace('最高不超过50万元', `最高不超过${cap}万元`)
        .replace('value: 500000, clause', `value: ${cap}0000, clause`)
        .replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha}`);
      const loaded = loadPackFolder({ packYaml: yaml, sourceTxt: text });
      expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
      return loaded.pack as Pack;
    };
    const v1 = load('2025.1', '50');
    const v2 = load('2026.1', '30');
    const diff = diffPackVersions(example('quzhou-2025', 'training-base'), v1, v2, { today: TODAY });
    expect([diff.amountBefore.amountFen, diff.amountAfter.amountFen]).toEqual([50_000_000, 30_000_000]);
    // The clause exactly as each version quotes it: the old text struck through, the new one beside it.
    const quoted = OLD.clauses.find((c) => c.ref === CLAUSE)!.text;
    expect(quoted).toContain('按企业实际投资额的25%且最高不超过50万元限额给予补助');
    expect(diff.clausesChanged).toEqual([
      { ref: CLAUSE, before: quoted, after: quoted.replace('最高不超过50万元', '最高不超过30万元') },
    ]);
    expect([diff.findingsAdded, diff.findingsRemoved, diff.clausesAdded, diff.clausesRemoved]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});
