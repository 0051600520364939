// The fast path never accepts what zod rejects, and what it accepts comes out exactly as zod's output:
// the same values, the same keys in the same order, undefined where zod has undefined.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { listExampleDrafts } from '../../../../../shared/policy';
import { draftSchema, zText } from '../../../../../shared/schemas';
import { REJECT } from '../../../../../shared/schemas/fast/accept';
import { acceptorOf, safeParseFast } from '../../../../../shared/schemas/fast/compile';
import { fuzzed, type Mutant, mutants } from './mutations';

const TODAY = '2026-11-23';
/** A checking day before many example birth dates, so ID numbers fail on it. */
const EARLY = '2003-06-15';

/** The keys of every object in `value`, in order, nested as the value is. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  }
  return null;
}

/** Asserts that the acceptor agrees with zod on `input`; true if it took the fast path. */
function agrees(schema: z.ZodType, input: unknown, label: string): boolean {
  const fast = acceptorOf(schema)(input);
  const zod = schema.safeParse(input);
  if (fast === REJECT) return false;
  expect(zod.success, `${label}: fast path accepted what zod rejects`).toBe(true);
  expect(fast, label).toStrictEqual(zod.data);
  expect(keyOrder(fast), label).toEqual(keyOrder(zod.data));
  return true;
}

/** Runs `agrees` on every mutant on both days; returns how many the fast path took and left. */
function tally(program: Parameters<typeof draftSchema>[0], list: Mutant[]): { fast: number; zod: number } {
  const counts = { fast: 0, zod: 0 };
  for (const asOf of [TODAY, EARLY]) {
    const schema = draftSchema(program, { asOf });
    for (const { label, draft } of list) {
      if (agrees(schema, draft, `${label} (asOf ${asOf})`)) counts.fast += 1;
      else counts.zod += 1;
    }
  }
  return counts;
}

const examples = listExampleDrafts();

describe('fast path ≡ zod on drafts', () => {
  test.each(examples.map((e) => [e.policy, e.program, e.draft] as const))(
    'the %s %s example takes the fast path and comes out as zod parses it',
    (_policy, program, draft) => {
      expect(agrees(draftSchema(program, { asOf: TODAY }), draft, 'example')).toBe(true);
    },
  );

  test.each(examples.map((e) => [e.policy, e.program, e.draft] as const))(
    'every mutant of the %s %s example: fast path and zod agree',
    (_policy, program, draft) => {
      const list = mutants(draft);
      const { fast, zod } = tally(program, list);
      // Both sides are exercised: padded text, unknown keys and the like stay fast; bad values go to zod.
      expect(fast).toBeGreaterThan(list.length / 10);
      expect(zod).toBeGreaterThan(list.length / 2);
    },
  );

  const rosters = [
    ['internship', 'interns'],
    ['one-plus-x', 'students'],
    ['apprenticeship', 'apprentices'],
    ['dual-teacher-team', 'teachers'],
    ['talent-allowance', 'people'],
    ['training-base', 'investments'],
  ] as const;
  test.each(rosters)('300-row %s rosters with random bad cells: fast path and zod agree', (program, key) => {
    const example = examples.find((e) => e.program === program);
    const list = fuzzed(example?.draft, key, 300, 40, program.length);
    const { fast, zod } = tally(program, list);
    expect(fast + zod).toBe(80);
  });

  test('safeParseFast gives zod’s own result, errors included, when the fast path declines', () => {
    const draft = examples.find((e) => e.program === 'training-base')?.draft;
    const schema = draftSchema('training-base', { asOf: TODAY });
    expect(safeParseFast(schema, draft)).toStrictEqual(schema.safeParse(draft));
    const broken = { ...draft, applicationDate: '2025-02-30' };
    const result = safeParseFast(schema, broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toStrictEqual(schema.safeParse(broken).error?.issues);
  });
});

describe('what the compiler reads and what it hands to zod', () => {
  test('a transform, a refinement, a catchall and an exclusive bound are zod’s to decide', () => {
    expect(acceptorOf(z.string().transform((s) => `${s}!`))('a')).toBe('a!');
    const refined = z.object({ a: z.number() }).refine((o) => o.a > 1);
    expect(acceptorOf(refined)({ a: 1 })).toBe(REJECT);
    expect(acceptorOf(refined)({ a: 2, b: 3 })).toStrictEqual({ a: 2 });
    expect(acceptorOf(z.looseObject({ a: z.boolean() }))({ a: true, b: 1 })).toStrictEqual({ a: true, b: 1 });
    expect(acceptorOf(z.number().gt(0))(0)).toBe(REJECT);
    expect(acceptorOf(z.number().gt(0))(0.5)).toBe(0.5);
  });

  test('integers: bounds, safe range and type, as zod checks them', () => {
    const accept = acceptorOf(z.number().int().min(0).max(10_000_000).max(600));
    expect([0, 600, -0].map(accept)).toStrictEqual([0, 600, -0]);
    expect([601, -1, 1.5, NaN, Infinity, '1', null].map(accept)).toStrictEqual(Array(7).fill(REJECT));
    expect(acceptorOf(z.number().int())(2 ** 53)).toBe(REJECT);
  });

  test('optional keys: absent stays absent, present undefined stays present', () => {
    const accept = acceptorOf(z.object({ a: zText(5).optional(), b: z.boolean() }));
    expect(Object.keys(accept({ b: true }) as object)).toEqual(['b']);
    expect(Object.keys(accept({ b: true, a: undefined }) as object)).toEqual(['a', 'b']);
    expect(accept({ a: ' x ', b: false })).toStrictEqual({ a: 'x', b: false });
    expect(accept({ a: undefined })).toBe(REJECT);
  });

  test('a recursive schema compiles, its inner occurrences left to zod', () => {
    const node: z.ZodType = z.object({
      name: zText(10),
      get children() {
        return z.array(node);
      },
    });
    const tree = { name: ' a ', extra: 1, children: [{ name: 'b', children: [] }] };
    expect(acceptorOf(node)(tree)).toStrictEqual({ name: 'a', children: [{ name: 'b', children: [] }] });
    expect(acceptorOf(node)({ name: 'a', children: [{ name: '', children: [] }] })).toBe(REJECT);
  });

  test('a schema derived from a marked one does not inherit its acceptor', () => {
    const narrower = zText(50).max(20);
    expect(acceptorOf(narrower)('张'.repeat(30))).toBe(REJECT);
    expect(narrower.safeParse('张'.repeat(30)).success).toBe(false);
  });
});
