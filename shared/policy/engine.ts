import {
  type Draft,
  draftHeaderSchema,
  draftSchema,
  isProgramId,
  type PolicyId,
  type ProgramId,
} from '../schemas';
import { safeParseFast } from '../schemas/fast/compile';
import { computeAmount, incompleteAmount } from './amount';
import { type ClaimSet, claimSet, crossDraftFindings } from './cross-draft';
import { todayIso } from './dates';
import { evidenceClause } from './evidence-kind';
import { getPack, programOf, PROGRAM_SPECS } from './registry';
import { resolveDraftPack } from './registry-pin';
import { finding, runRules } from './rules/common';
import { schemaFindings } from './schema-findings';
import { textFindings } from './text-findings';
import type {
  AmountComputation,
  AmountResult,
  Finding,
  Pack,
  ProgramDefinition,
  RuleContext,
  Severity,
} from './types';

/** What a check may know beyond the draft. */
export interface CheckContext {
  /** Other drafts (raw JSON) to look for the same person or invoice claimed twice. */
  otherDrafts?: readonly unknown[];
  /** YYYY-MM-DD; ID birth dates after it are refused. Defaults to today's local date. */
  today?: string;
  /**
   * The pack to check against when the draft names its id, instead of the registry's: a draft's
   * pinned version, or a pack being imported whose tests run before it is registered.
   */
  pack?: Pack;
}

export interface CheckResult {
  policy: PolicyId | null;
  program: ProgramId | null;
  findings: Finding[];
  amount: AmountResult;
}

/** Errors, then warnings, then info, each kept in the order found: a stable partition, no sort. */
function sortFindings(findings: Finding[]): Finding[] {
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) bySeverity[f.severity].push(f);
  return [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
}

/** Not yet in force, or past the period the document states. */
function periodFindings(pack: Pack, applicationDate: string): Finding[] {
  const { inForceFrom, periodEnd } = pack.dates;
  if (applicationDate < inForceFrom) {
    return [
      finding(
        pack,
        'policy.not-in-force',
        'error',
        ['applicationDate'],
        pack.periodClauses.start,
        `申报日期 ${applicationDate} 早于${pack.docNumber}的施行日期 ${inForceFrom}`,
        `The application date ${applicationDate} is before ${pack.docNumber} took effect (${inForceFrom})`,
      ),
    ];
  }
  if (periodEnd !== undefined && applicationDate > periodEnd) {
    return [
      finding(
        pack,
        'policy.period-ended',
        'error',
        ['applicationDate'],
        pack.periodClauses.end ?? pack.periodClauses.start,
        `申报日期 ${applicationDate} 已超出${pack.docNumber}的适用期限（至 ${periodEnd}），请改用现行政策`,
        `The application date ${applicationDate} is after the end of ${pack.docNumber} (${periodEnd}); use a policy in force`,
      ),
    ];
  }
  return [];
}

/** The draft names a pack that is not loaded (removed, or never imported on this machine). */
function unknownPackFinding(policy: string): Finding {
  return finding(
    null,
    'policy.unknown',
    'error',
    ['policy'],
    null,
    `没有找到政策包「${policy}」：它未随本应用提供，也未导入；请在政策库导入该政策包，或改选其他政策`,
    `The policy pack "${policy}" is not available: it is neither bundled nor imported; import it in the policy library or choose another policy`,
  );
}

function envelopeFindings<P extends ProgramId>(def: ProgramDefinition<P>, draft: Draft<P>): Finding[] {
  const findings: Finding[] = [];
  const attached = new Set(draft.attachments.map((a) => a.evidence));
  for (const item of def.evidence) {
    if (item.required && !attached.has(item.id)) {
      // Cites the clause the 政策库 lists the material under, as every other finding cites its clause.
      findings.push({
        ...finding(
          null,
          'evidence.missing',
          'warning',
          ['attachments'],
          null,
          `缺少证明材料：${item.label.zh}`,
          `Missing evidence: ${item.label.en}`,
        ),
        clause: evidenceClause(def),
      });
    }
  }
  const standard = 'userStandard' in draft.data ? draft.data.userStandard : undefined;
  if (standard && def.userStandard === 'ignored') {
    findings.push(
      finding(
        null,
        'user-standard.ignored',
        'warning',
        ['data', 'userStandard'],
        null,
        '本政策文件已规定计算方法，填写的自填标准不予采用',
        'The document sets the formula; the user-supplied standard is ignored',
      ),
    );
  } else if (standard && !(def.userStandardBases as readonly string[]).includes(standard.basis)) {
    findings.push(
      finding(
        null,
        'user-standard.basis',
        'error',
        ['data', 'userStandard', 'basis'],
        null,
        `本项目的自填标准不能按“${standard.basis}”计算`,
        `This program's standard cannot use the basis "${standard.basis}"`,
      ),
    );
  }
  return findings;
}

/** How {@link checkDraftWith} parses drafts; the result is the same either way. */
export interface ParseOptions {
  /** Try the roster fast path before zod (the default); off only to compare the two. */
  fastPath: boolean;
}

function parseDraft(program: ProgramId, input: unknown, today: string, options: ParseOptions) {
  const schema = draftSchema(program, { asOf: today });
  return options.fastPath ? safeParseFast(schema, input) : schema.safeParse(input);
}

function parseOther(input: unknown, today: string, options: ParseOptions): ClaimSet | null {
  const header = draftHeaderSchema.safeParse(input);
  if (!header.success) return null;
  const parsed = parseDraft(header.data.program, input, today, options);
  if (!parsed.success || !getPack(header.data.policy)) return null;
  return evaluate(parsed.data as Draft, today, { rules: false, claims: true }).claims;
}

interface Evaluation {
  findings: Finding[];
  amount: AmountComputation;
  claims: ClaimSet | null;
}

interface Wanted {
  rules: boolean;
  claims: boolean;
}

function evaluateProgram<P extends ProgramId>(
  draft: Draft<P>,
  pack: Pack,
  today: string,
  want: Wanted,
): Evaluation {
  const def = programOf(pack, draft.program as P);
  if (!def) {
    const offered = Object.keys(pack.programs).join('、');
    return {
      findings: [
        finding(
          null,
          'policy.program-not-offered',
          'error',
          ['program'],
          null,
          `${pack.docNumber}不支持申报「${PROGRAM_SPECS[draft.program].title.zh}」；可申报：${offered}`,
          `${pack.docNumber} does not offer ${draft.program}; it offers ${offered}`,
        ),
      ],
      amount: { result: incompleteAmount('该政策不支持本项目', 'The policy does not offer this program') },
      claims: null,
    };
  }
  const ctx: RuleContext<P> = { draft, pack, today };
  const { amount, findings: amountFindings } = computeAmount(def.amount, ctx);
  return {
    findings: want.rules
      ? [
          ...periodFindings(pack, draft.applicationDate),
          ...envelopeFindings(def, draft),
          ...runRules(def.rules, ctx),
          ...amountFindings,
        ]
      : [],
    amount,
    claims: want.claims ? claimSet(draft, def, amount.perClaimFen) : null,
  };
}

function evaluate(draft: Draft, today: string, want: Wanted, given?: Pack): Evaluation {
  const pack = given?.id === draft.policy ? given : getPack(draft.policy);
  if (!pack) throw new Error(`unknown policy ${draft.policy}`);
  return evaluateProgram(draft, pack, today, want);
}

/**
 * Checks a draft (raw JSON) against its schema and its policy pack, and computes its amount.
 *
 * Schema errors and policy findings come out in one list, errors first. Checking is in two phases:
 * while the draft has schema errors only those are reported (with the period check when the
 * envelope is readable) and the amount is `incomplete`; once it parses, every rule runs. With
 * `otherDrafts`, the same person or invoice claimed in another draft of an overlapping period is
 * reported (see {@link crossDraftFindings}). Pure: the result depends only on the arguments and
 * on `today`.
 */
export function checkDraft(input: unknown, context: CheckContext = {}): CheckResult {
  return checkDraftWith(input, context, { fastPath: true });
}

/** {@link checkDraft} with the parsing chosen: for the tests and the benchmark that compare both ways. */
export function checkDraftWith(input: unknown, context: CheckContext, options: ParseOptions): CheckResult {
  const today = context.today ?? todayIso();
  const header = draftHeaderSchema.safeParse(input);
  if (!header.success) {
    const program = isProgramId((input as { program?: unknown } | null)?.program)
      ? (input as { program: ProgramId }).program
      : undefined;
    return {
      policy: null,
      program: program ?? null,
      findings: schemaFindings(header.error.issues, program, input),
      amount: incompleteAmount('不是有效的 GrantDesk 草稿', 'Not a valid GrantDesk draft'),
    };
  }
  const { program, policy, policyVersion } = header.data;
  // The given pack (a pinned copy, a pack under test) wins; else the draft's pinned version, if here.
  const { pack, missing } =
    context.pack?.id === policy
      ? { pack: context.pack, missing: undefined }
      : resolveDraftPack(policy, policyVersion);
  const pinFindings = missing ? [missing] : [];
  const parsed = parseDraft(program, input, today, options);
  if (!pack || !parsed.success) {
    const issues = parsed.success ? [] : parsed.error.issues;
    const date = (input as { applicationDate?: unknown }).applicationDate;
    const period =
      pack && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? periodFindings(pack, date) : [];
    const fieldFindings = schemaFindings(issues, program, input, { areaCode: pack?.region.areaCode });
    const unknown = pack ? [] : [unknownPackFinding(policy)];
    return {
      policy,
      program,
      findings: sortFindings([
        ...unknown,
        ...pinFindings,
        ...fieldFindings,
        ...textFindings(input, program),
        ...period,
      ]),
      amount: incompleteAmount(
        `草稿有 ${fieldFindings.length} 处填写错误，修正后才能计算金额`,
        `Fix the ${fieldFindings.length} field errors to compute the amount`,
      ),
    };
  }
  const draft = parsed.data as Draft;
  const others = (context.otherDrafts ?? []).flatMap((o) => parseOther(o, today, options) ?? []);
  const own = evaluate(draft, today, { rules: true, claims: others.length > 0 }, pack);
  const cross = own.claims ? crossDraftFindings(own.claims, others) : [];
  const text = textFindings(draft, program);
  return {
    policy,
    program,
    findings: sortFindings([...pinFindings, ...text, ...own.findings, ...cross]),
    amount: own.amount.result,
  };
}
