// Draft values as a printed form shows them, by the field's input kind and unit.
import { formatYuan } from '../money';
import type { FieldMeta, FieldUnit } from '../schemas';

export type DateStyleName = 'long' | 'dot' | 'iso';

export interface FormatOptions {
  /** `symbol` ¥1,234.56, `suffix` 1,234.56 元, `bare` 1,234.56 (table cells under a 金额（元） header). */
  money: 'symbol' | 'suffix' | 'bare';
  date: DateStyleName;
  /** Units go in the column header of tables, not in every cell. */
  unit: boolean;
}

const UNIT_ZH: Readonly<Record<FieldUnit, string>> = {
  fen: '元',
  month: '个月',
  hour: '学时',
  person: '人',
  year: '年',
  station: '个',
  'person-time': '人次',
  byte: '字节',
};

/** The unit as a table header suffix: `（元）`, `（人次）`; empty when the label already says it. */
export function unitSuffix(meta: FieldMeta | undefined, label: string): string {
  if (!meta?.unit || label.includes('（')) return '';
  if (meta.unit === 'year') return '';
  return `（${meta.unit === 'month' ? '月' : UNIT_ZH[meta.unit]}）`;
}

/** YYYY-MM-DD as 2025年03月01日, 2025.03.01 or itself (fixed width, so dates line up in columns); anything else unchanged. */
export function formatDate(value: string, style: DateStyleName): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || style === 'iso') return value;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return style === 'dot' ? `${y}.${mo}.${d}` : `${y}年${mo}月${d}日`;
}

/** Formats fen: `¥1,234.56`, `1,234.56 元` or `1,234.56`. */
export function formatMoney(fen: number, style: FormatOptions['money']): string {
  const figures = formatYuan(fen);
  return style === 'symbol' ? `¥${figures}` : style === 'suffix' ? `${figures} 元` : figures;
}

/** One draft value as printed; `''` for an absent optional value. */
export function formatValue(value: unknown, meta: FieldMeta | undefined, opts: FormatOptions): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const kind = meta?.input ?? 'text';
  if (typeof value === 'number') {
    if (kind === 'money' || meta?.unit === 'fen') return formatMoney(value, opts.money);
    if (kind === 'basis-points') return `${value / 100}%`;
    if (kind === 'year') return opts.unit ? `${value}年` : String(value);
    const unit = opts.unit && meta?.unit ? UNIT_ZH[meta.unit] : '';
    return `${value}${unit ? ` ${unit}` : ''}`;
  }
  if (typeof value === 'string') {
    if (kind === 'select') return meta?.options?.find((o) => o.value === value)?.label.zh ?? value;
    if (kind === 'date') return formatDate(value, opts.date);
    return value;
  }
  return JSON.stringify(value);
}
