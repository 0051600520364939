// checkDraft gives the same findings and amount with the roster fast path as with zod alone, for every
// example draft, their mutants, large fuzzed rosters, and checks against other drafts.
import { describe, expect, test } from 'vitest';
import { listExampleDrafts } from '../../../../shared/policy';
import { type CheckContext, checkDraftWith } from '../../../../shared/policy/engine';
import { fuzzed, mutants, type Raw } from '../schemas/fast/mutations';
import { TODAY } from './helpers';

const EARLY = '2003-06-15';

/** Asserts both ways of parsing give the same result; returns it. */
function same(input: unknown, context: CheckContext, label: string) {
  const fast = checkDraftWith(input, context, { fastPath: true });
  expect(fast, label).toStrictEqual(checkDraftWith(input, context, { fastPath: false }));
  return fast;
}

const examples = listExampleDrafts();

describe('checkDraft with and without the fast path', () => {
  test.each(examples.map((e) => [e.policy, e.program, e.draft] as const))(
    '%s %s: the example and its mutants check the same',
    (_policy, _program, draft) => {
      const clean = same(draft, { today: TODAY }, 'example');
      expect(clean.amount.status).not.toBe('incomplete');
      // Every third mutant of the data (rosters, program fields, standards), every twentieth of the
      // rest; the parse of all of them, on both days, is compared in tests/unit/shared/schemas/fast.
      const list = mutants(draft).filter((m, i) => i % (m.label.startsWith('data.') ? 3 : 20) === 0);
      const statuses = new Set<string>();
      list.forEach(({ label, draft: mutant }, i) => {
        const today = i % 4 === 0 ? EARLY : TODAY;
        statuses.add(same(mutant, { today }, `${label} (today ${today})`).amount.status);
      });
      expect(statuses).toContain('incomplete');
      expect(list.length).toBeGreaterThan(150);
    },
  );

  test.each(examples.map((e) => [e.policy, e.program, e.draft] as const))(
    '%s %s: checked against its own mutants as other drafts',
    (_policy, program, draft) => {
      const others = mutants(draft)
        .filter((m, i) => m.label.startsWith('data.') && i % 3 === 1)
        .map(({ draft: other }: { draft: Raw }) =>
          other !== null && typeof other === 'object' ? { ...other, id: 'other' } : other,
        );
      for (let i = 0; i < others.length; i += 100) {
        same(draft, { today: TODAY, otherDrafts: others.slice(i, i + 100) }, `others ${i}…`);
      }
      const result = same(draft, { today: TODAY, otherDrafts: [{ ...draft, id: 'other' }] }, 'a copy');
      // Team and specialty awards claim no person or invoice; every other program clashes with its copy.
      const claimsNothing = program === 'dual-teacher-team' || program === 'new-specialty';
      expect(result.findings.some((f) => f.ruleId.startsWith('cross-draft.'))).toBe(!claimsNothing);
    },
  );

  test.each([
    ['internship', 'interns'],
    ['one-plus-x', 'students'],
    ['apprenticeship', 'apprentices'],
    ['dual-teacher-team', 'teachers'],
    ['talent-allowance', 'people'],
  ] as const)('2,000-row %s rosters with random bad cells check the same', (program, key) => {
    const example = examples.find((e) => e.program === program)?.draft;
    const [big, ...rest] = fuzzed(example, key, 2_000, 6, 7);
    for (const { label, draft } of rest) same(draft, { today: TODAY }, label);
    same(
      big?.draft,
      { today: TODAY, otherDrafts: rest.map((m) => ({ ...m.draft, id: m.label })) },
      'against',
    );
  });
});
