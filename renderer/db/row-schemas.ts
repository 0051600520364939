// The stored shapes, as zod schemas: writes, Dexie upgrade checks and backup restore parse with these.
import { z } from 'zod';
import { ID_PATTERN } from './ids';
import { DRAFT_STATUSES } from './status';

/** The schemas' own messages, in Chinese (what zod reports) and in English. */
const MESSAGES = {
  id: { zh: '应为由字母、数字、- 或 _ 组成的编号', en: 'must be an identifier of letters, digits, - or _' },
  date: { zh: '应为 YYYY-MM-DD 格式的日期', en: 'must be a date written YYYY-MM-DD' },
  sha256: { zh: '应为 64 位十六进制 SHA-256', en: 'must be a SHA-256 of 64 hexadecimal digits' },
  name: { zh: '名称不能为空', en: 'a name is required' },
} as const;

/** The English of a message these schemas give in Chinese; undefined for zod's own wording. */
export function rowMessageEn(message: string): string | undefined {
  return Object.values(MESSAGES).find((m) => m.zh === message)?.en;
}

const id = z.string().regex(ID_PATTERN, MESSAGES.id.zh);
const timestamp = z.number().int().nonnegative();
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, MESSAGES.date.zh)
  .nullable();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, MESSAGES.sha256.zh);
/** JSON object: stored data is always plain JSON so that backups round-trip exactly. */
export const jsonObjectSchema = z.record(z.string(), z.json());

export const applicantKindSchema = z.enum(['enterprise', 'school']);

export const applicantRowSchema = z.object({
  id,
  kind: applicantKindSchema,
  name: z.string().min(1, MESSAGES.name.zh),
  /** 统一社会信用代码 or school code; may be empty while drafting. */
  code: z.string(),
  profile: jsonObjectSchema,
  updatedAt: timestamp,
  /** When a draft's applicant block last changed this profile, and what it changed (newest last). */
  changedAt: timestamp.optional(),
  changes: z
    .array(
      z.object({
        at: timestamp,
        draftId: id,
        fields: z.array(z.string()),
        /** The values before the change, so a wrong overwrite can be seen and undone. */
        before: jsonObjectSchema,
      }),
    )
    .optional(),
});

export const draftStatusSchema = z.enum(DRAFT_STATUSES);

export const statusChangeSchema = z.object({ status: draftStatusSchema, at: timestamp });

export const draftRowSchema = z.object({
  id,
  policy: z.string().min(1),
  program: z.string().min(1),
  title: z.string(),
  status: draftStatusSchema,
  deadline: calendarDate,
  applicationDate: calendarDate,
  createdAt: timestamp,
  updatedAt: timestamp,
  applicantId: id.optional(),
  data: jsonObjectSchema,
  statusHistory: z.array(statusChangeSchema),
  printedHash: sha256.optional(),
  deletedAt: timestamp.optional(),
  /** The pack version the draft is checked under; none (older drafts): the app's bundled version. */
  policyVersion: z.string().min(1).max(64).optional(),
  /** A newer pack version the user chose not to move to (「保持旧版本」): not offered again. */
  declinedPolicyVersion: z.string().min(1).max(64).optional(),
});

export const rosterRowSchema = z.object({
  id,
  draftId: id,
  roster: z.string().min(1),
  order: z.number().int().nonnegative(),
  row: jsonObjectSchema,
});

export const attachmentMetaSchema = z.object({
  id,
  draftId: id,
  name: z.string().min(1),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256,
  /** Removed from the draft's list; the bytes stay while a revision or the bin still names the file. */
  removedAt: timestamp.optional(),
});

export const revisionReasonSchema = z.enum(['edit', 'import', 'restore', 'status', 'revert']);

export const snapshotSchema = z.object({
  draft: draftRowSchema,
  rosterRows: z.array(rosterRowSchema),
});

export const revisionRowSchema = z.object({
  id,
  draftId: id,
  seq: z.number().int().positive(),
  createdAt: timestamp,
  reason: revisionReasonSchema,
  summary: z.string(),
  /** The summary in English; revisions written before it existed have none. */
  summaryEn: z.string().optional(),
  snapshot: snapshotSchema,
});

export const exportRowSchema = z.object({
  id,
  draftId: id,
  at: timestamp,
  policyPackVersion: z.string(),
  pdfSha256: sha256,
});

/** The files of an imported policy pack, as text: what the pack is rebuilt from at every start. */
export const packFilesSchema = z.object({
  'pack.yaml': z.string(),
  'tests.yaml': z.string().optional(),
  'source.txt': z.string(),
});

/** An imported policy pack version; removed packs stay (soft) for the drafts pinned to them. */
export const packRowSchema = z.object({
  id,
  packId: z.string().min(1).max(64),
  version: z.string().min(1).max(64),
  files: packFilesSchema,
  /** SHA-256 of the files (see packFilesHash): the same version imported twice is recognised. */
  sha256,
  importedAt: timestamp,
  removedAt: timestamp.optional(),
  /**
   * `bundled`: a version an app build bundled, kept at its start so that drafts pinned to it still check
   * under it after an update drops it. Absent: imported by the user.
   */
  origin: z.literal('bundled').optional(),
});

export type ApplicantKind = z.infer<typeof applicantKindSchema>;
export type ApplicantRow = z.infer<typeof applicantRowSchema>;
export type DraftRow = z.infer<typeof draftRowSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type RosterRow = z.infer<typeof rosterRowSchema>;
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
/** An attachment as stored: its metadata and the bytes as a Blob (kept out of the JS heap by the browser). */
export type AttachmentRow = AttachmentMeta & { blob: Blob };
export type RevisionReason = z.infer<typeof revisionReasonSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type RevisionRow = z.infer<typeof revisionRowSchema>;
export type ExportRow = z.infer<typeof exportRowSchema>;
export type PackFiles = z.infer<typeof packFilesSchema>;
export type PackRow = z.infer<typeof packRowSchema>;
export type JsonObject = z.infer<typeof jsonObjectSchema>;
