// The declarative form template: one JSON file per program says what its 申报表 prints, in order.
import { z } from 'zod';
import { draftFieldMeta, PROGRAM_IDS, type ProgramId } from '../schemas';
import { PLACEHOLDERS, placeholdersIn } from './placeholders';

/** The `format` every template file declares. */
export const FORM_TEMPLATE_FORMAT = 'grantdesk/form-template@1';

const text = z.string().min(1);
const align = z.enum(['left', 'center', 'right']);
const width = z.union([
  z.strictObject({ mm: z.number().positive().max(200) }),
  z.strictObject({ fr: z.number().positive().max(20) }),
]);
/** How every date on the form prints (fields, tables, 申报日期): `long` 2025年03月01日, `dot` 2025.03.01, `iso` 2025-03-01. */
const dateStyle = z.enum(['long', 'dot', 'iso']);

const heading = text.optional();

/** A value cell bound to a draft field by its meta key (`applicant.name`, `data.stations`). */
const fieldRefSchema = z.union([
  z
    .string()
    .min(1)
    .transform((key) => ({ key, wide: false as boolean, label: undefined as string | undefined })),
  z.strictObject({
    key: text,
    /** Replaces the label from `draftFieldMeta`. */
    label: text.optional(),
    /** Takes a whole row: the label and a value spanning the other three columns. */
    wide: z.boolean().default(false),
  }),
]);

const columnSchema = z.strictObject({
  /** Key under the table's `[]`, e.g. `idNumber` for `data.interns[].idNumber`. */
  key: text,
  label: text.optional(),
  width: width.optional(),
  align: align.optional(),
});

const sectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fields'), heading, fields: z.array(fieldRefSchema).min(1) }),
  z.strictObject({
    kind: z.literal('table'),
    heading,
    /** The draft array, e.g. `data.interns`. */
    key: text,
    columns: z.array(columnSchema).min(1),
    /** Prepend a 序号 column. */
    serial: z.boolean().default(true),
    /** A last row summing a money column. */
    total: z.strictObject({ column: text, label: text.default('合计') }).optional(),
    /** Printed in the first column when the array is empty. */
    emptyText: text.default('无'),
    /** Empty rows in the blank fillable form. */
    blankRows: z.number().int().min(1).max(60).default(8),
    size: z.number().min(6).max(12).default(9),
    /** Tighter rows for long rosters (about 40 rows a page). */
    dense: z.boolean().default(false),
  }),
  z.strictObject({
    kind: z.literal('amount'),
    heading,
    label: text.default('申请补助金额'),
    /** Printed instead of an amount when the policy sets none (`no-amount`). */
    noAmountText: text.default('本文件未规定补助金额，本表不填写申请金额。'),
  }),
  z.strictObject({ kind: z.literal('evidence'), heading }),
  z.strictObject({ kind: z.literal('commitment'), heading: text.default('承诺书'), text }),
  z.strictObject({
    kind: z.literal('paragraph'),
    text,
    align: align.default('left'),
    indent: z.number().int().min(0).max(8).default(0),
    size: z.number().min(6).max(16).default(10.5),
  }),
  z.strictObject({
    kind: z.literal('signatures'),
    heading,
    boxes: z
      .array(z.strictObject({ label: text, lines: z.array(z.string()).default([]) }))
      .min(1)
      .max(4),
    height: z.number().min(20).max(120).default(45),
  }),
  z.strictObject({ kind: z.literal('pageBreak') }),
]);

const templateObject = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORM_TEMPLATE_FORMAT),
  program: z.enum(PROGRAM_IDS),
  /** e.g. `{pack.region.name}{program.title}申报表`. */
  title: text,
  subtitle: text.optional(),
  header: z
    .strictObject({
      left: z.string().default('{pack.docNumber}'),
      right: z.string().default('申报编号：{draft.number}'),
    })
    .default({ left: '{pack.docNumber}', right: '申报编号：{draft.number}' }),
  /** Money in fields: `symbol` ¥1,234.56 or `suffix` 1,234.56 元. Table cells print bare figures. */
  money: z.enum(['symbol', 'suffix']).default('suffix'),
  date: dateStyle.default('long'),
  sections: z.array(sectionSchema).min(1),
});

type TemplateInput = z.output<typeof templateObject>;

function strings(template: TemplateInput): { text: string; path: (string | number)[] }[] {
  const out: { text: string; path: (string | number)[] }[] = [
    { text: template.title, path: ['title'] },
    { text: template.header.left, path: ['header', 'left'] },
    { text: template.header.right, path: ['header', 'right'] },
  ];
  if (template.subtitle) out.push({ text: template.subtitle, path: ['subtitle'] });
  template.sections.forEach((s, i) => {
    if (s.kind === 'paragraph' || s.kind === 'commitment')
      out.push({ text: s.text, path: ['sections', i, 'text'] });
  });
  return out;
}

// Every key must name a field the program's draft has, so a typo fails when the template loads.
function checkKeys(template: TemplateInput, ctx: z.RefinementCtx): void {
  const meta = draftFieldMeta(template.program as ProgramId);
  const issue = (message: string, path: (string | number)[]) =>
    ctx.addIssue({ code: 'custom', message, path });
  template.sections.forEach((section, i) => {
    if (section.kind === 'fields')
      section.fields.forEach((f, j) => {
        const m = meta[f.key];
        if (!m) issue(`unknown field ${f.key}`, ['sections', i, 'fields', j]);
        else if (m.input === 'table')
          issue(`${f.key} is a table: use a table section`, ['sections', i, 'fields', j]);
      });
    if (section.kind === 'table') {
      if (meta[section.key]?.input !== 'table')
        issue(`${section.key} is not a table field`, ['sections', i, 'key']);
      section.columns.forEach((c, j) => {
        if (!meta[`${section.key}[].${c.key}`])
          issue(`unknown column ${section.key}[].${c.key}`, ['sections', i, 'columns', j]);
      });
      const total = section.total?.column;
      if (total !== undefined && meta[`${section.key}[].${total}`]?.input !== 'money')
        issue(`total column ${total} is not a money column`, ['sections', i, 'total']);
    }
  });
  for (const s of strings(template))
    for (const name of placeholdersIn(s.text))
      if (!PLACEHOLDERS.includes(name as (typeof PLACEHOLDERS)[number]))
        issue(`unknown placeholder {${name}}`, s.path);
}

/** A form template file, checked against the program's field metadata. */
export const formTemplateSchema = templateObject.superRefine(checkKeys);

/** A template as written in JSON (defaults optional). */
export type FormTemplateInput = z.input<typeof formTemplateSchema>;
/** A parsed template, defaults filled in. */
export type FormTemplate = z.output<typeof formTemplateSchema>;
export type FormSection = FormTemplate['sections'][number];
export type SectionOf<K extends FormSection['kind']> = Extract<FormSection, { kind: K }>;
export type DateStyle = z.output<typeof dateStyle>;
