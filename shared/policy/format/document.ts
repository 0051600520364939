import { z } from 'zod';
import { POLICY_ID_PATTERN, PROGRAM_IDS } from '../../schemas';
import { PACK_VERSION_PATTERN } from '../version';

/** The `format` of every pack.yaml this version reads. */
export const PACK_FORMAT = 'grantdesk/pack@1';

/** Most clauses, parameters, values and checks a pack may hold: far beyond any real document. */
export const PACK_LIMITS = {
  clauses: 300,
  parameters: 200,
  values: 50,
  checks: 30,
  textChars: 5_000,
} as const;

const text = (max = 300) => z.string().trim().min(1).max(max);
const bilingual = z.strictObject({ zh: text(1_000), en: text(1_000) });

/** A real calendar date written YYYY-MM-DD (quoted or not: YAML 1.2 reads it as text). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '应为 YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '不是真实日期');

const clauseRef = text(40);

/** What a parameter's values are: money in yuan (kept as fen), a percentage, a count, months, a date, a list of words. */
export const PARAMETER_UNITS = ['yuan', 'percent', 'count', 'months', 'date', 'text-list'] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

const parameterValue = z.strictObject({
  from: isoDate,
  /** Last day the value applies; without it, until the next value starts (or open). */
  to: isoDate.optional(),
  value: z.union([z.number(), z.string().max(200), z.array(text(100)).min(1).max(100)]),
  /** The clause that states the value; a value without one is a problem of its own. */
  clause: clauseRef.optional(),
});

const parameter = z.strictObject({
  label: bilingual.optional(),
  unit: z.enum(PARAMETER_UNITS),
  values: z.array(parameterValue).min(1).max(PACK_LIMITS.values),
});

/** A rule kind as a pack names it: `kind` plus that kind's own fields, checked by the kind. */
export const kindNode = z.looseObject({ kind: text(60) });

const program = z.strictObject({
  /** The clauses the program relies on; the first is the main one. */
  clauses: z.array(clauseRef).min(1).max(20),
  amount: kindNode,
  checks: z.array(kindNode).max(PACK_LIMITS.checks).optional(),
});

/** pack.yaml, as zod reads it (kinds' own fields are checked afterwards, by each kind). */
export const packDocumentSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: z.string().regex(POLICY_ID_PATTERN, { message: '应为 3-40 个小写字母、数字或连字符' }),
  version: z.string().regex(PACK_VERSION_PATTERN, { message: '应为以点分隔的数字，如 2025.1' }),
  title: text(),
  titleEn: text(),
  docNumber: text(100),
  issuer: text(),
  region: z.strictObject({
    code: z.string().regex(/^\d{6}$/, { message: '应为6位行政区划代码' }),
    name: text(40),
    province: text(40),
    areaCode: z.string().regex(/^0\d{2,3}$/, { message: '应为以0开头的3-4位长途区号' }),
  }),
  dates: z.strictObject({
    issued: isoDate,
    inForceFrom: isoDate,
    /** The clause that says when the document takes effect. */
    inForceClause: clauseRef,
    periodEnd: isoDate.optional(),
    periodEndClause: clauseRef.optional(),
    note: bilingual,
  }),
  source: z.strictObject({
    /** The document's file name as published. */
    file: text(200),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '应为64位小写十六进制' }),
    /** Annotations the published text carries that quotes leave out (file 001's pinyin). */
    strip: z.enum(['pinyin-annotations']).optional(),
    note: text(1_000).optional(),
  }),
  clauses: z
    .array(z.strictObject({ ref: clauseRef, text: text(PACK_LIMITS.textChars) }))
    .min(1)
    .max(PACK_LIMITS.clauses),
  parameters: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, { message: '参数名应为小写字母、数字和连字符' }),
      parameter,
    )
    .optional(),
  stacking: z.strictObject({ higherAward: clauseRef.optional() }).optional(),
  programs: z.partialRecord(z.enum(PROGRAM_IDS), program),
});

export type PackDocument = z.infer<typeof packDocumentSchema>;
export type ParameterDocument = z.infer<typeof parameter>;
export type ProgramDocument = z.infer<typeof program>;
export type KindNode = z.infer<typeof kindNode>;
