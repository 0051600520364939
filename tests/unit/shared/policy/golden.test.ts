// The packs as data give the same findings and amounts as the TypeScript packs they replaced, for
// every example draft and every draft the policy tests checked (recorded before the change).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../../shared/policy';

interface GoldenCase {
  name: string;
  today: string;
  input: unknown;
  otherDrafts: unknown[];
  expected: unknown;
}

const golden = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/unit/shared/policy/golden/check-results.json'), 'utf8'),
) as { cases: GoldenCase[] };

describe('golden: YAML packs against the recorded TypeScript packs', () => {
  test('the recording covers every example draft and the policy tests’ drafts', () => {
    expect(golden.cases.length).toBe(146);
    expect(golden.cases.filter((c) => c.name.startsWith('example ')).length).toBe(20);
  });

  test.each(golden.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = checkDraft(c.input, { today: c.today, otherDrafts: c.otherDrafts });
    expect({ policy: r.policy, program: r.program, amount: r.amount, findings: r.findings }).toEqual(
      c.expected,
    );
  });
});
