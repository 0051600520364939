import { z } from 'zod';
import { type Applicant, applicantFieldMeta, applicantSchema } from './applicant';
import { type Attachment, attachmentFieldMeta, attachmentSchema } from './attachment';
import {
  PACK_VERSION_PATTERN,
  POLICY_ID_PATTERN,
  PROGRAM_APPLICANT,
  PROGRAM_IDS,
  type PolicyId,
  type ProgramId,
} from './catalog';
import { type SchemaOptions, zIsoDate } from './common';
import { bi, type FieldMeta, type FieldMetaMap, metaKey } from './field-meta';
import { PROGRAM_SCHEMAS, type ProgramDataMap } from './program-schemas';

/** The `format` of every draft file this version reads and writes. */
export const DRAFT_FORMAT = 'grantdesk/draft@1';

/** A pack id as drafts carry it: the shape only; whether the pack is loaded is the checker's finding. */
export const policyIdSchema = z.string().regex(POLICY_ID_PATTERN);

/**
 * The pack version a draft is pinned to (`2025.1`); absent in drafts from before pins, which then
 * take the newest version of their pack.
 */
export const policyVersionSchema = z.string().regex(PACK_VERSION_PATTERN);

/** A parsed draft of program `P`: identifiers normalised, money in fen, dates YYYY-MM-DD. */
export type Draft<P extends ProgramId = ProgramId> = {
  [K in P]: {
    format: typeof DRAFT_FORMAT;
    id: string;
    policy: PolicyId;
    /** The pack version the draft is pinned to; absent: the newest version of `policy`. */
    policyVersion?: string;
    program: K;
    applicationDate: string;
    applicant: Applicant;
    data: ProgramDataMap[K];
    attachments: Attachment[];
  };
}[P];

/**
 * The envelope alone: enough to tell a draft from any other JSON and to pick the program schema.
 * Other keys pass through untouched.
 */
export const draftHeaderSchema = z.looseObject({
  format: z.literal(DRAFT_FORMAT),
  program: z.enum(PROGRAM_IDS),
  policy: policyIdSchema,
  policyVersion: policyVersionSchema.optional(),
});

function buildDraftSchema(program: ProgramId, opts: SchemaOptions) {
  return z.object({
    format: z.literal(DRAFT_FORMAT),
    id: z.string().trim().min(1).max(100),
    policy: policyIdSchema,
    policyVersion: policyVersionSchema.optional(),
    program: z.literal(program),
    applicationDate: zIsoDate,
    applicant: applicantSchema(PROGRAM_APPLICANT[program]),
    data: PROGRAM_SCHEMAS[program].data(opts),
    attachments: z.array(attachmentSchema),
  });
}

const cache = new Map<string, ReturnType<typeof buildDraftSchema>>();

/**
 * The full zod schema of a program's draft. Schemas are memoised per program and `asOf`, so calling
 * this per check costs nothing after the first time. Unknown keys are dropped, not refused.
 */
export function draftSchema(
  program: ProgramId,
  opts: SchemaOptions = {},
): ReturnType<typeof buildDraftSchema> {
  const key = `${program}|${opts.asOf ?? ''}`;
  let schema = cache.get(key);
  if (!schema) {
    schema = buildDraftSchema(program, opts);
    cache.set(key, schema);
  }
  return schema;
}

const envelopeMeta: FieldMetaMap = {
  format: { label: bi('文件格式', 'Format'), input: 'text', section: 'project', required: true },
  id: { label: bi('草稿编号', 'Draft id'), input: 'text', section: 'project', required: true },
  policy: { label: bi('政策文件', 'Policy'), input: 'select', section: 'project', required: true },
  policyVersion: {
    label: bi('政策包版本', 'Policy pack version'),
    input: 'text',
    section: 'project',
    required: false,
  },
  program: { label: bi('申报项目', 'Program'), input: 'select', section: 'project', required: true },
  applicationDate: {
    label: bi('申报日期', 'Application date'),
    input: 'date',
    section: 'project',
    required: true,
  },
  applicant: { label: bi('申报单位', 'Applicant'), input: 'group', section: 'applicant', required: true },
  data: { label: bi('申报内容', 'Application data'), input: 'group', section: 'project', required: true },
};

/**
 * Field metadata of a whole draft, keyed from the draft root (`applicant.phone`,
 * `data.interns[].idNumber`, `attachments[].name`), for the editor and for naming fields in messages.
 */
export function draftFieldMeta(program: ProgramId): FieldMetaMap {
  const data: Record<string, FieldMeta> = {};
  for (const [key, meta] of Object.entries(PROGRAM_SCHEMAS[program].meta)) data[`data.${key}`] = meta;
  return {
    ...envelopeMeta,
    ...applicantFieldMeta(PROGRAM_APPLICANT[program]),
    ...data,
    ...attachmentFieldMeta,
  };
}

/** The metadata of the field at `path` (a finding's or issue's path), if there is any. */
export function fieldMetaAt(program: ProgramId, path: readonly PropertyKey[]): FieldMeta | undefined {
  return draftFieldMeta(program)[metaKey(path)];
}
