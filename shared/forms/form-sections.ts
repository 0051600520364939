// Each template section as engine blocks. Values come through a `Cells` so the same layout serves the
// filled form, the blank fillable form and the pass that locates its value cells.
import { formatYuan, sumFen, toChineseAmount } from '../money';
import type { PdfDocumentModelInput } from '../pdf';
import type { FieldMetaMap } from '../schemas';
import { formatMoney, formatValue, unitSuffix, type FormatOptions } from './format-value';
import type { FormTemplate, SectionOf } from './template-schema';
import type { FormFacts, FormSource } from './build-form';
import { valueAt } from './draft-path';

type Block = PdfDocumentModelInput['blocks'][number];

/** Relative widths of the 4-column label/value grid. */
export const FIELD_WIDTHS = [1.25, 1.75, 1.25, 1.75];

/** What goes in a value cell; `path` is concrete (`data.interns[3].name`). */
export interface Cells {
  /** True for the blank fillable form: no draft, empty rows. */
  readonly blank: boolean;
  value(path: string, formatted: () => string): string;
}

export interface SectionContext {
  template: FormTemplate;
  meta: FieldMetaMap;
  draft: unknown;
  source: FormSource;
  facts: FormFacts | undefined;
  cells: Cells;
}

function headingBlock(text: string | undefined): Block[] {
  return text ? [{ kind: 'paragraph', text, size: 11.5, weight: 'bold' }] : [];
}

function fieldOpts(template: FormTemplate): FormatOptions {
  return { money: template.money, date: template.date, unit: true };
}

/** A 4-column label/value grid; wide fields take a whole row. */
export function fieldsBlocks(section: SectionOf<'fields'>, ctx: SectionContext): Block[] {
  type Cell = { kind: 'label' | 'value'; text: string; span?: number };
  const rows: Cell[][] = [];
  let half: Cell[] | undefined;
  const flushHalf = () => {
    if (half) rows.push([half[0]!, { ...half[1]!, span: 3 }]);
    half = undefined;
  };
  for (const field of section.fields) {
    const meta = ctx.meta[field.key];
    const label = field.label ?? meta?.label.zh ?? field.key;
    const value = ctx.cells.value(
      field.key,
      () => formatValue(valueAt(ctx.draft, field.key), meta, fieldOpts(ctx.template)) || '无',
    );
    const pair: Cell[] = [
      { kind: 'label', text: label },
      { kind: 'value', text: value },
    ];
    if (field.wide) {
      flushHalf();
      rows.push([pair[0]!, { ...pair[1]!, span: 3 }]);
    } else if (half) {
      rows.push([...half, ...pair]);
      half = undefined;
    } else half = pair;
  }
  flushHalf();
  return [
    ...headingBlock(section.heading),
    { kind: 'fields', columns: 4, widths: FIELD_WIDTHS, size: 10, rows },
  ];
}

/** A roster or list table bound to a draft array, with 序号 and an optional total row. */
export function tableBlocks(section: SectionOf<'table'>, ctx: SectionContext): Block[] {
  const columns = section.columns.map((c) => {
    const meta = ctx.meta[`${section.key}[].${c.key}`];
    const base = c.label ?? meta?.label.zh ?? c.key;
    const money = meta?.input === 'money';
    return {
      spec: c,
      meta,
      header:
        money && !base.includes('（') ? `${base}（元）` : `${base}${money ? '' : unitSuffix(meta, base)}`,
      align:
        c.align ??
        (money ? ('right' as const) : meta?.input === 'date' ? ('center' as const) : ('left' as const)),
      width: c.width ?? { fr: 1 },
    };
  });
  // Dates print as everywhere else on the form (the template's one date style).
  const opts: FormatOptions = { money: 'bare', date: ctx.template.date, unit: false };
  const items = ctx.cells.blank ? [] : ((valueAt(ctx.draft, section.key) as unknown[] | undefined) ?? []);
  const count = ctx.cells.blank ? section.blankRows : items.length;
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const row = columns.map((c) =>
      ctx.cells.value(`${section.key}[${i}].${c.spec.key}`, () =>
        formatValue(valueAt(items[i], c.spec.key), c.meta, opts),
      ),
    );
    rows.push(section.serial ? [String(i + 1), ...row] : row);
  }
  const width = section.serial ? columns.length + 1 : columns.length;
  if (count === 0) rows.push([section.emptyText, ...Array<string>(width - 1).fill('')]);
  if (section.total) {
    const column = section.total.column;
    const index = columns.findIndex((c) => c.spec.key === column);
    // A total past the safe range (a --force print of a draft with that error) reads 超出可计算范围, not a crash.
    const sum = () => {
      try {
        return formatYuan(sumFen(items.map((item) => Number(valueAt(item, column) ?? 0))));
      } catch (e) {
        if (e instanceof RangeError) return '超出可计算范围';
        throw e;
      }
    };
    const total = Array<string>(width).fill('');
    total[0] = section.total.label;
    total[index + (section.serial ? 1 : 0)] = ctx.cells.value(`${section.key}.total`, sum);
    rows.push(total);
  }
  // A filled table sizes its columns from what it holds; the blank form has only the template's widths.
  const sized = <T extends object>(col: T, width: { mm: number } | { fr: number }) =>
    ctx.cells.blank ? { ...col, width } : col;
  const header = columns.map((c) => sized({ header: c.header, align: c.align }, c.width));
  const serial = sized({ header: '序号', align: 'center' as const }, { mm: 10 });
  return [
    {
      kind: 'table',
      caption: section.heading,
      columns: section.serial ? [serial, ...header] : header,
      rows,
      size: section.size,
      padding: section.dense ? 0.75 : 1.4,
    },
  ];
}

// 《》 inside a quoted title become 〈〉, as citations nest them.
function quoteTitle(title: string): string {
  return `《${title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
}

/** Policy basis, formula and the amount (or the note that the document sets none). */
export function amountBlocks(section: SectionOf<'amount'>, ctx: SectionContext): Block[] {
  const { pack, program } = ctx.source;
  const refs = [...new Set(program.citations.map((c) => c.ref))];
  const version = pack.id && pack.version ? `；政策包 ${pack.id}@${pack.version}` : '';
  const basis = `${quoteTitle(pack.title)}（${pack.docNumber}）${refs.length ? `，${refs.join('、')}` : ''}${version}`;
  // Heading, 政策依据, amount, 大写 and calculation are one keep-together unit: never split across pages.
  const blocks: Block[] = [
    {
      kind: 'table',
      keepWithNext: true,
      ...(section.heading ? { caption: section.heading } : {}),
      size: 10,
      repeatHeader: false,
      columns: [
        { header: '政策依据', width: { fr: 1.7 } },
        { header: '计算办法', width: { fr: 1 } },
      ],
      rows: [[basis, program.formula.zh]],
    },
  ];
  const amount = ctx.facts?.amount;
  if (ctx.cells.blank || !amount) {
    blocks.push({
      kind: 'amount',
      keepTogether: true,
      label: section.label,
      figures: ctx.cells.value('amount.figures', () => ''),
      uppercase: ctx.cells.value('amount.uppercase', () => ''),
    });
    return blocks;
  }
  if (amount.status === 'no-amount' || amount.status === 'incomplete' || amount.amountFen === undefined) {
    const text =
      amount.status === 'no-amount' ? section.noAmountText : `金额待定：${amount.note || '草稿信息不完整'}`;
    blocks.push({
      kind: 'fields',
      keepTogether: true,
      columns: 2,
      widths: [1.25, 4.75],
      rows: [[{ kind: 'label', text: section.label }, { text }]],
    });
    return blocks;
  }
  const trace = [...amount.trace];
  const userSupplied = amount.status === 'user-supplied';
  const source = (valueAt(ctx.draft, 'data.userStandard.source') as string | undefined) ?? '';
  if (userSupplied && !trace.some((t) => t.includes('出处')))
    trace.unshift(`补助标准为申报单位自填，出处：${source || '未注明'}`);
  if (amount.remainderFen !== undefined && amount.remainderFen > 0)
    trace.push(`留待以后年度抵免：${formatMoney(amount.remainderFen, 'suffix')}`);
  if (amount.note) trace.push(`说明：${amount.note}`);
  blocks.push({
    kind: 'amount',
    keepTogether: true,
    label: userSupplied ? `${section.label}（自填标准）` : section.label,
    figures: formatMoney(amount.amountFen, 'symbol'),
    uppercase: amount.amountText ?? toChineseAmount(amount.amountFen),
    trace: trace.map((t, i) => (i === 0 ? `计算过程：${t}` : t)),
  });
  return blocks;
}

/** The program's evidence list, ticked where a file of that kind is attached. */
export function evidenceBlocks(section: SectionOf<'evidence'>, ctx: SectionContext): Block[] {
  const attachments = ctx.cells.blank
    ? []
    : ((valueAt(ctx.draft, 'attachments') as { name: string; evidence: string }[] | undefined) ?? []);
  const present = new Set(ctx.facts?.attachmentsPresent ?? attachments.map((a) => a.evidence));
  const files = (id: string) => attachments.filter((a) => a.evidence === id).map((a) => a.name);
  const items = ctx.source.program.evidence.map((e) => {
    const names = files(e.id);
    const checked = !ctx.cells.blank && present.has(e.id);
    const note = ctx.cells.blank
      ? undefined
      : names.length
        ? `已附：${names.join('、')}`
        : checked
          ? '已附'
          : '未附';
    return { text: `${e.label.zh}${e.required ? '' : '（如有）'}`, checked, ...(note ? { note } : {}) };
  });
  const known = new Set(ctx.source.program.evidence.map((e) => e.id));
  const others = attachments.filter((a) => !known.has(a.evidence)).map((a) => a.name);
  if (others.length) items.push({ text: '其他材料', checked: true, note: `已附：${others.join('、')}` });
  return [{ kind: 'checklist', title: section.heading, items }];
}
