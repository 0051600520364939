// The declarative document model: a program's template produces it; the engine knows no programs.
import { z } from 'zod';

const text = z.string();
const positiveMm = z.number().positive().max(1000);
const fontSize = z.number().min(4).max(72);
/** `regular` uses the regular font; `bold` uses the bold font when given, otherwise a stroked regular font. */
const weight = z.enum(['regular', 'bold']);
const align = z.enum(['left', 'center', 'right']);

/** Paging hints every block may carry. */
const keep = {
  /** Never split across pages: moved whole to the next page when it does not fit (split only if taller than a page). */
  keepTogether: z.boolean().default(false),
  /** Placed with the next block as one keep-together unit (a heading with its table, a text with its signatures). */
  keepWithNext: z.boolean().default(false),
};

export const marginsSchema = z.object({
  top: positiveMm.default(25),
  right: positiveMm.default(20),
  bottom: positiveMm.default(20),
  left: positiveMm.default(20),
});

export const titleBlockSchema = z.object({
  kind: z.literal('title'),
  ...keep,
  text,
  size: fontSize.default(18),
  weight: weight.default('bold'),
});

export const subtitleBlockSchema = z.object({
  kind: z.literal('subtitle'),
  ...keep,
  text,
  size: fontSize.default(12),
  weight: weight.default('regular'),
});

export const paragraphBlockSchema = z.object({
  kind: z.literal('paragraph'),
  ...keep,
  text,
  size: fontSize.default(10.5),
  weight: weight.default('regular'),
  align: align.default('left'),
  /** First-line indent in characters (Chinese prose indents two). */
  indent: z.number().int().min(0).max(8).default(0),
});

export const fieldCellSchema = z.object({
  kind: z.enum(['label', 'value']).default('value'),
  text,
  span: z.number().int().min(1).max(8).default(1),
  align: align.optional(),
});

export const fieldsBlockSchema = z
  .object({
    kind: z.literal('fields'),
    ...keep,
    columns: z.union([z.literal(2), z.literal(4)]),
    /** Relative column widths; defaults to label 1 : value 2 per pair. */
    widths: z.array(z.number().positive()).optional(),
    size: fontSize.default(10),
    rows: z.array(z.array(fieldCellSchema).min(1)),
  })
  .superRefine((block, ctx) => {
    if (block.widths && block.widths.length !== block.columns)
      ctx.addIssue({ code: 'custom', message: `widths needs ${block.columns} entries`, path: ['widths'] });
    block.rows.forEach((row, i) => {
      const spans = row.reduce((sum, cell) => sum + cell.span, 0);
      if (spans !== block.columns)
        ctx.addIssue({
          code: 'custom',
          message: `row spans ${spans} of ${block.columns} columns`,
          path: ['rows', i],
        });
    });
  });

export const columnWidthSchema = z.union([
  z.object({ mm: positiveMm }),
  z.object({ fr: z.number().positive() }),
]);

export const tableBlockSchema = z
  .object({
    kind: z.literal('table'),
    ...keep,
    caption: text.optional(),
    columns: z
      .array(
        z.object({
          header: text,
          /** Omitted on any column: widths come from the content (`mm` columns stay fixed). */
          width: columnWidthSchema.optional(),
          align: align.default('left'),
        }),
      )
      .min(1),
    rows: z.array(z.array(text)),
    size: fontSize.default(9),
    /** Vertical padding inside each cell, in mm (0.75 fits 40 rows of 9 pt on an A4 page). */
    padding: z.number().min(0).max(5).default(1.4),
    /** Repeat the header row at the top of every page the table continues on. */
    repeatHeader: z.boolean().default(true),
  })
  .superRefine((block, ctx) => {
    block.rows.forEach((row, i) => {
      if (row.length !== block.columns.length)
        ctx.addIssue({ code: 'custom', message: `row has ${row.length} cells`, path: ['rows', i] });
    });
  });

export const amountBlockSchema = z.object({
  kind: z.literal('amount'),
  ...keep,
  label: text.default('申请金额'),
  /** The amount in figures, already formatted (e.g. ¥500,000.00): the engine never computes money. */
  figures: text,
  /** 大写金额, already spelled out (e.g. 伍拾万元整). */
  uppercase: text,
  uppercaseLabel: text.default('大写金额'),
  /** How the amount was derived, one line each. */
  trace: z.array(text).default([]),
  size: fontSize.default(10.5),
});

export const checklistBlockSchema = z.object({
  kind: z.literal('checklist'),
  ...keep,
  title: text.optional(),
  items: z.array(z.object({ text, checked: z.boolean(), note: text.optional() })),
  size: fontSize.default(10),
});

export const signaturesBlockSchema = z.object({
  kind: z.literal('signatures'),
  ...keep,
  boxes: z
    .array(
      z.object({
        label: text,
        /** Lines under the label, e.g. an opinion left blank for the reviewer. */
        lines: z.array(text).default([]),
        date: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(4),
  height: positiveMm.default(45),
  size: fontSize.default(10),
});

export const pageBreakBlockSchema = z.object({ kind: z.literal('pageBreak'), ...keep });
export const spacerBlockSchema = z.object({ kind: z.literal('spacer'), height: positiveMm, ...keep });

export const blockSchema = z.discriminatedUnion('kind', [
  titleBlockSchema,
  subtitleBlockSchema,
  paragraphBlockSchema,
  fieldsBlockSchema,
  tableBlockSchema,
  amountBlockSchema,
  checklistBlockSchema,
  signaturesBlockSchema,
  pageBreakBlockSchema,
  spacerBlockSchema,
]);

export const pdfDocumentModelSchema = z.object({
  page: z
    .object({ size: z.literal('A4').default('A4'), margins: marginsSchema.default(marginsSchema.parse({})) })
    .default({ size: 'A4', margins: marginsSchema.parse({}) }),
  header: z.object({ left: text, right: text.optional() }).optional(),
  /** `{page}` and `{pages}` are replaced; an empty string hides the footer. */
  footer: text.default('第 {page} 页 共 {pages} 页'),
  blocks: z.array(blockSchema),
});

/** A document as templates write it (defaults optional). */
export type PdfDocumentModelInput = z.input<typeof pdfDocumentModelSchema>;
/** A parsed document with every default filled in. */
export type PdfDocumentModel = z.output<typeof pdfDocumentModelSchema>;
export type PdfBlock = z.output<typeof blockSchema>;
export type BlockOf<K extends PdfBlock['kind']> = Extract<PdfBlock, { kind: K }>;
