import { z } from 'zod';
import { zText } from './common';
import { bi, type FieldMetaMap } from './field-meta';

/**
 * Metadata of one attached file; the file itself is never in the draft. `evidence` is the id of an
 * item of the program's evidence checklist (e.g. `business-license`), or `other`.
 */
export const attachmentSchema = z.object({
  name: zText(200),
  mime: z.string().trim().min(3).max(100),
  size: z.number().int().min(0),
  sha256: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/)
    .transform((s) => s.toLowerCase()),
  evidence: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/),
});

export type Attachment = z.output<typeof attachmentSchema>;

export const attachmentFieldMeta: FieldMetaMap = {
  attachments: { label: bi('附件', 'Attachments'), input: 'table', section: 'attachments', required: true },
  'attachments[].name': {
    label: bi('文件名', 'File name'),
    input: 'text',
    section: 'attachments',
    required: true,
  },
  'attachments[].mime': {
    label: bi('文件类型', 'MIME type'),
    input: 'text',
    section: 'attachments',
    required: true,
  },
  'attachments[].size': {
    label: bi('大小', 'Size'),
    unit: 'byte',
    input: 'integer',
    section: 'attachments',
    required: true,
  },
  'attachments[].sha256': {
    label: bi('SHA-256 摘要', 'SHA-256'),
    help: bi('用于核对打印时附上的是同一份文件', 'Proves the printed attachment is the same file'),
    input: 'text',
    section: 'attachments',
    required: true,
  },
  'attachments[].evidence': {
    label: bi('证明材料类别', 'Evidence kind'),
    input: 'select',
    section: 'attachments',
    required: true,
  },
};
