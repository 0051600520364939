import type { Estimate, ProfileFacts } from './estimates';
import type { ApplicantKind, Bilingual, Draft, PolicyId, ProgramId, UserStandardBasis } from '../schemas';

/** `error` blocks printing as final; `warning` and `info` are shown but do not block. */
export type Severity = 'error' | 'warning' | 'info';

/** A field's location in the draft, from the root: `['data', 'interns', 3, 'idNumber']`. */
export type FieldPath = readonly (string | number)[];

/** One clause a pack relies on: its reference in the document and its text quoted verbatim. */
export interface Clause {
  /** As the document numbers it, e.g. `二(六)19`, `三.13`, `(八)`, `结尾`. */
  ref: string;
  /** Verbatim from the source file (for file 001: after removing the pinyin annotations). */
  text: string;
}

/** Where a finding comes from: a document number and clause reference. */
export interface ClauseCitation {
  policy: PolicyId;
  docNumber: string;
  ref: string;
}

/** One thing the checker has to say about a draft. */
export interface Finding {
  /** Stable id: `schema.<code>` for schema errors, `<program>.<rule>` or `<policy>.<program>.<rule>`. */
  ruleId: string;
  severity: Severity;
  path: FieldPath;
  /** Null for pure schema errors and checks that no clause states (e.g. missing attachments). */
  clause: ClauseCitation | null;
  message: string;
  messageEn: string;
}

/**
 * - `computed`: by the document's own formula;
 * - `user-supplied`: from a standard the user entered with its source (the document gives none, or
 *   the user entered a higher standard where the document sets a minimum);
 * - `no-amount`: the document gives no amount and the user entered none;
 * - `incomplete`: the draft has errors in the facts the amount depends on.
 */
export type AmountStatus = 'computed' | 'no-amount' | 'user-supplied' | 'incomplete';

/** The claimable amount as a derived fact, with the steps that produced it. */
export interface AmountResult {
  status: AmountStatus;
  /** Present when status is `computed` or `user-supplied`. */
  amountFen?: number;
  /** 大写金额 of `amountFen`, e.g. 伍拾万元整. */
  amountText?: string;
  /** Surcharge credit only: credit earned but not creditable this year. */
  remainderFen?: number;
  /** Steps in Chinese, e.g. `25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00`. */
  trace: string[];
  traceEn: string[];
  note: string;
  noteEn: string;
}

/** What a rule or an amount function sees: the parsed draft, its pack and the checking day. */
export interface RuleContext<P extends ProgramId = ProgramId> {
  draft: Draft<P>;
  pack: Pack;
  today: string;
}

/** A pure check; returns no findings when the draft passes it. */
export type Rule<P extends ProgramId = ProgramId> = (ctx: RuleContext<P>) => Finding[];

/** The amount plus, for cross-draft comparisons, the amount attributable to each claim key. */
export interface AmountComputation {
  result: AmountResult;
  perClaimFen?: ReadonlyMap<string, number>;
}

export type AmountFn<P extends ProgramId = ProgramId> = (ctx: RuleContext<P>) => AmountComputation;

/**
 * Something a draft claims money for and that must not be claimed twice: a person (by ID number)
 * or an invoice (by number). Without `from`/`to` the claim is one-time and clashes in any period.
 */
export interface Claim {
  kind: 'person' | 'invoice';
  key: string;
  label: string;
  path: FieldPath;
  from?: string;
  to?: string;
}

/** A document the applicant should attach; the UI shows the checklist, the checker warns on gaps. */
export interface EvidenceItem {
  id: string;
  label: Bilingual;
  required: boolean;
}

/** What a program is, independent of any pack. */
export interface ProgramSpec<P extends ProgramId = ProgramId> {
  id: P;
  applicant: ApplicantKind;
  title: Bilingual;
  evidence: readonly EvidenceItem[];
  /** Checks every pack applies (dates in order, duplicates …). */
  rules: readonly Rule<P>[];
  claims: (draft: Draft<P>) => Claim[];
  /** Bases a user-supplied standard may take for this program. */
  userStandardBases: readonly UserStandardBasis[];
}

/** A program as a pack offers it: clauses, pack rules and the amount formula. */
export interface ProgramOffering<P extends ProgramId = ProgramId> {
  /** Refs of the pack's clauses this program relies on; the first is the main one. */
  clauses: readonly string[];
  /** The formula in words, for the 政策库 and the PDF. */
  formula: Bilingual;
  rules: readonly Rule<P>[];
  amount: AmountFn<P>;
  /**
   * `used`: the amount reads `data.userStandard` (the document gives no amount, or sets a minimum
   * the user may exceed); `ignored`: the document's formula applies and a standard entered is
   * reported as ignored.
   */
  userStandard: 'used' | 'ignored';
  /** The amount from profile facts, for the eligibility finder; absent when the document gives none. */
  estimate?: Estimate;
  /** Profile facts that rule the applicant out (e.g. not a listed pilot enterprise). */
  excludes?: (facts: ProfileFacts) => { zh: string; en: string } | null;
}

export type PackPrograms = { readonly [P in ProgramId]?: ProgramOffering<P> };

/** How a pack's awards combine with other awards (the document's own words, by clause). */
export interface PackStacking {
  /**
   * The clause saying that where awards overlap the higher one applies and none is paid twice
   * (就高不就低): cross-draft findings then compare the amounts and cite it.
   */
  higherAward?: string;
}

/** One policy document as data. Dates are YYYY-MM-DD. */
export interface Pack {
  id: PolicyId;
  /** The pack's own revision, dot-separated numbers (`2025.1`); drafts pin `{id, version}`. */
  version: string;
  title: string;
  titleEn: string;
  docNumber: string;
  issuer: string;
  /** `areaCode` is the region's telephone area code (0746 for 永州), for examples in phone hints. */
  region: { code: string; name: string; province: string; areaCode: string };
  dates: {
    issued: string;
    inForceFrom: string;
    /** Last day the document applies, where it states one. */
    periodEnd?: string;
    note: Bilingual;
  };
  /** The source document's file name as published (the 政策库 shows it). */
  sourceFile: string;
  /** SHA-256 (hex) of the source text the clauses are quoted from, where the pack records it. */
  sourceSha256?: string;
  /** How the quoted clauses relate to the source file (e.g. encoding debris). */
  sourceNote?: string;
  clauses: readonly Clause[];
  /** Clause refs that state the period (for period findings). */
  periodClauses: { start: string; end?: string };
  /** Stacking rules the document states; absent when it states none. */
  stacking?: PackStacking;
  programs: PackPrograms;
}

/** A program resolved under one pack: everything the UI, the PDF and the checker need. */
export interface ProgramDefinition<P extends ProgramId = ProgramId> {
  id: P;
  policy: PolicyId;
  applicant: ApplicantKind;
  title: Bilingual;
  formula: Bilingual;
  clauses: readonly Clause[];
  citations: readonly ClauseCitation[];
  evidence: readonly EvidenceItem[];
  rules: readonly Rule<P>[];
  amount: AmountFn<P>;
  userStandard: 'used' | 'ignored';
  userStandardBases: readonly UserStandardBasis[];
  /** Names a person or invoice the draft claims money for; see {@link Claim}. */
  claims: (draft: Draft<P>) => Claim[];
  /** The pack's source document's file name. */
  sourceFile: string;
}
