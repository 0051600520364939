// The backup zip: manifest.json, drafts/<id>.json, attachments/<id>, applicants/<id>.json, packs/<id>.json.
import { z } from 'zod';
import {
  applicantRowSchema,
  attachmentMetaSchema,
  draftRowSchema,
  exportRowSchema,
  packRowSchema,
  revisionRowSchema,
  rosterRowSchema,
} from '../db/row-schemas';
import { isSafeId } from '../db/ids';

export const BACKUP_FORMAT = 'grantdesk/backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

export const manifestEntrySchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制 SHA-256'),
  size: z.number().int().nonnegative(),
});

/** Read first, alone, so that an unknown format or version is reported before anything else. */
export const manifestHeaderSchema = z.object({ format: z.unknown(), formatVersion: z.unknown() });

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  entries: z.array(manifestEntrySchema),
});

/** drafts/<id>.json: one draft with everything that belongs to it except attachment bytes. */
export const draftEntrySchema = z.object({
  draft: draftRowSchema,
  rosterRows: z.array(rosterRowSchema),
  attachments: z.array(attachmentMetaSchema),
  revisions: z.array(revisionRowSchema),
  exports: z.array(exportRowSchema),
});

export const applicantEntrySchema = applicantRowSchema;
/** packs/<id>.json: an imported policy pack version, removed ones too (drafts may pin them). */
export const packEntrySchema = packRowSchema;

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type DraftEntry = z.infer<typeof draftEntrySchema>;

export const draftPath = (id: string): string => `drafts/${id}.json`;
export const attachmentPath = (id: string): string => `attachments/${id}`;
export const applicantPath = (id: string): string => `applicants/${id}.json`;
export const packPath = (id: string): string => `packs/${id}.json`;

export type EntryKind = 'draft' | 'attachment' | 'applicant' | 'pack';

/** What an entry path names, or null for a path this format does not have. */
export function parseEntryPath(path: string): { kind: EntryKind; id: string } | null {
  const match = /^(drafts|attachments|applicants|packs)\/([^/]+?)(\.json)?$/.exec(path);
  if (!match?.[1] || !match[2]) return null;
  const kinds = {
    drafts: 'draft',
    attachments: 'attachment',
    applicants: 'applicant',
    packs: 'pack',
  } as const;
  const kind = kinds[match[1] as keyof typeof kinds];
  const isJson = match[3] === '.json';
  if (isJson !== (kind !== 'attachment') || !isSafeId(match[2])) return null;
  return { kind, id: match[2] };
}
