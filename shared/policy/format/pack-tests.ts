import { z } from 'zod';
import { PROGRAM_IDS } from '../../schemas';
import { checkDraft } from '../engine';
import { buildExampleDraft } from '../examples';
import type { Pack } from '../types';
import { isoDate } from './document';
import type { PackProblem } from './problems';
import { readYaml } from './yaml-source';
import { zodProblem } from './zod-problems';

/** The `format` of tests.yaml. */
export const PACK_TESTS_FORMAT = 'grantdesk/pack-tests@1';

const path = z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.([A-Za-z][A-Za-z0-9]*|\d{1,5}))*$/, {
  message: '应为以点分隔的字段路径，如 data.investments.0.amountFen',
});

const testCase = z.strictObject({
  name: z.string().trim().min(1).max(200),
  program: z.enum(PROGRAM_IDS),
  /** The checking day; defaults to the draft's application date. */
  today: isoDate.optional(),
  /** Fields of the program's example draft to set, by path; a value replaces what is there. */
  changes: z.record(path, z.unknown()).optional(),
  expect: z.strictObject({
    status: z.enum(['computed', 'no-amount', 'user-supplied', 'incomplete']).optional(),
    amountFen: z.number().int().min(0).optional(),
    /** Every finding's rule id, in the checker's order (errors, warnings, info); `[]` for a clean draft. */
    findings: z.array(z.string().max(120)).max(200).optional(),
  }),
});

/** tests.yaml: cases as data, each a program's example draft plus changes, and what the check must say. */
export const packTestsSchema = z.strictObject({
  format: z.literal(PACK_TESTS_FORMAT),
  cases: z.array(testCase).min(1).max(500),
});

/** One case's outcome, with the line it starts on. */
export interface PackTestResult {
  name: string;
  line: number;
  passed: boolean;
  /** What differed, in both languages. */
  failures: { zh: string; en: string }[];
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): boolean {
  const steps = dotted.split('.');
  let node: unknown = target;
  for (const step of steps.slice(0, -1)) {
    node = (node as Record<string, unknown> | null)?.[step];
    if (node === null || typeof node !== 'object') return false;
  }
  (node as Record<string, unknown>)[steps[steps.length - 1] as string] = structuredClone(value);
  return true;
}

/**
 * Runs tests.yaml against a pack (registered or not): each case builds the program's example draft
 * under this pack, applies its changes and checks it; the expected status, amount and findings must
 * all match. Problems of the file itself (syntax, schema, a path that is not in the draft) come back
 * with their place and count as failures.
 */
export function runPackTests(
  pack: Pack,
  testsYaml: string,
): { results: PackTestResult[]; problems: PackProblem[] } {
  const read = readYaml('tests.yaml', testsYaml);
  if (!read.source) return { results: [], problems: read.problems };
  const source = read.source;
  const parsed = packTestsSchema.safeParse(source.value);
  if (!parsed.success)
    return { results: [], problems: parsed.error.issues.map((i) => zodProblem(source, i)) };
  const problems: PackProblem[] = [];
  const results = parsed.data.cases.map((c, index): PackTestResult => {
    const line = source.placeOf(['cases', index]).line;
    const failures: { zh: string; en: string }[] = [];
    const draft = buildExampleDraft(pack.id, c.program, pack);
    if (!draft) {
      failures.push({ zh: `本政策包不提供项目 ${c.program}`, en: `The pack does not offer ${c.program}` });
      return { name: c.name, line, passed: false, failures };
    }
    for (const [dotted, value] of Object.entries(c.changes ?? {})) {
      if (!setPath(draft, dotted, value)) {
        problems.push(
          source.problem(
            ['cases', index, 'changes', dotted],
            'test-path',
            `草稿中没有「${dotted}」`,
            `The draft has no "${dotted}"`,
            { key: true },
          ),
        );
        failures.push({ zh: `草稿中没有「${dotted}」`, en: `The draft has no "${dotted}"` });
      }
    }
    const today = c.today ?? String(draft.applicationDate);
    const r = checkDraft(draft, { today, pack });
    const want = c.expect;
    if (want.status !== undefined && r.amount.status !== want.status) {
      failures.push({
        zh: `金额状态应为 ${want.status}，实为 ${r.amount.status}`,
        en: `status ${r.amount.status}, expected ${want.status}`,
      });
    }
    if (want.amountFen !== undefined && r.amount.amountFen !== want.amountFen) {
      failures.push({
        zh: `金额应为 ${want.amountFen} 分，实为 ${String(r.amount.amountFen ?? '无')}`,
        en: `amount ${String(r.amount.amountFen ?? 'none')} fen, expected ${want.amountFen}`,
      });
    }
    const ids = r.findings.map((f) => f.ruleId);
    if (want.findings !== undefined && JSON.stringify(ids) !== JSON.stringify(want.findings)) {
      failures.push({
        zh: `提示应为 [${want.findings.join(', ')}]，实为 [${ids.join(', ')}]`,
        en: `findings [${ids.join(', ')}], expected [${want.findings.join(', ')}]`,
      });
    }
    return { name: c.name, line, passed: failures.length === 0, failures };
  });
  return { results, problems };
}
