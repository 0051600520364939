// Draft values as the Word form shows them: the same formatting as the printed form and the
// fillable PDF (select labels, 是/否, 2025年03月01日, amounts without ¥ since labels say 元).
import { formatValue, metaKeyOf, valueAt } from '../../forms';
import { formatYuan, toChineseAmount } from '../../money';
import type { AmountResult } from '../../policy/types';
import { dateParts, type BlankValues } from './inline-slots';
import { SPAN } from './labels';
import { getPack, getProgram } from '../../policy/registry';
import { draftFieldMeta, type Draft, type FieldMetaMap, type ProgramId } from '../../schemas';

/** Paths a Word label can name beyond the draft's own fields. */
export const COMPOSITE_PATHS = [
  'applicant.contact',
  'applicant.bank',
  'amount.figures',
  'amount.uppercase',
] as const;

export interface ValueSource {
  draft: Draft;
  amount?: AmountResult;
}

const OPTS = { money: 'bare', date: 'long', unit: false } as const;

// draftFieldMeta builds the whole map each call; a roster of thousands asks for it per cell.
const metaCache = new Map<ProgramId, FieldMetaMap>();
function metaOf(program: ProgramId): FieldMetaMap {
  let meta = metaCache.get(program);
  if (!meta) metaCache.set(program, (meta = draftFieldMeta(program)));
  return meta;
}

/** The text for a draft path (`''` when the draft has none); `program` and `policy` print their titles. */
export function valueText(source: ValueSource, path: string): string {
  const { draft, amount } = source;
  switch (path) {
    case 'amount.figures':
      return amount?.amountFen === undefined ? '' : formatYuan(amount.amountFen);
    case 'amount.uppercase':
      return amount?.amountFen === undefined ? '' : (amount.amountText ?? toChineseAmount(amount.amountFen));
    case 'applicant.contact':
      return [draft.applicant.contactPerson, draft.applicant.phone].filter(Boolean).join(' ');
    case 'applicant.bank':
      return [draft.applicant.bankName, draft.applicant.bankAccount].filter(Boolean).join(' ');
    case 'program':
      return getProgram(draft.policy, draft.program)?.title.zh ?? draft.program;
    case 'policy':
      return getPack(draft.policy)?.docNumber ?? draft.policy;
  }
  const meta = metaOf(draft.program)[metaKeyOf(path)];
  return formatValue(valueAt(draft, path), meta, OPTS);
}

/** One roster cell: `field` of row `index` of the roster at `roster`. */
export function rosterCellText(source: ValueSource, roster: string, index: number, field: string): string {
  // 「起止日期」: both dates, 「2025年05月26日至2025年09月30日」.
  if (field.includes(SPAN)) {
    const [from, to] = field.split(SPAN).map((f) => valueText(source, `${roster}[${index}].${f}`));
    return from || to ? `${from}至${to}` : '';
  }
  return valueText(source, `${roster}[${index}].${field}`);
}

/** The raw value of a path, for ticking boxes (booleans stay booleans). */
export function rawValue(source: ValueSource, path: string): unknown {
  return path.startsWith('amount.') || path.includes('.contact') ? undefined : valueAt(source.draft, path);
}

/** A value with the parts a template or a 年/月/日 blank may ask for: date parts, figures and 大写. */
export function blankValues(source: ValueSource, path: string, text: string): BlankValues {
  const amount = path === 'amount.figures' || path === 'amount.uppercase';
  return {
    main: text,
    ...(dateParts(rawValue(source, path)) ? { date: dateParts(rawValue(source, path)) } : {}),
    ...(amount
      ? { figures: valueText(source, 'amount.figures'), uppercase: valueText(source, 'amount.uppercase') }
      : {}),
  };
}
