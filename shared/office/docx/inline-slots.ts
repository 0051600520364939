// What the blanks of a paragraph ask for: 「联系人：______ 联系电话：____」 gives two labelled
// blanks, 「填报日期：____年__月__日」 one date of three blanks; a value cell such as 「¥  元」 or
// 「（小写）  元 （大写）」 is a template whose gaps take the value, its figures or its 大写.
import type { Document, Element } from '@xmldom/xmldom';
import { appendToParagraph, fillGaps, findGaps, type Gap, type GapFill } from './inline';
import { normaliseLabel } from './labels';
import { kids } from './wml';

export const MAX_LABEL = 24;

/** One blank (or a 年/月/日 group) after its label in running text. */
export interface InlineBlank {
  /** Normalised label; `年月日` for a date group with no label before it. */
  label: string;
  gaps: Gap[];
  date: boolean;
}

const PARTS = ['年', '月', '日'] as const;
const trimStart = (s: string) => s.replace(/^[\s\u3000]+/, '');

/** True when gaps i, i+1, i+2 are followed by 年, 月, 日. */
function dateAt(gaps: Gap[], i: number): boolean {
  return PARTS.every((part, k) => {
    const after = gaps[i + k] && trimStart(gaps[i + k]!.after);
    return after !== undefined && (k === 2 ? after.startsWith(part) : after.replace(/\s+$/, '') === part);
  });
}

// A signature line (负责人签字：____) is for the hand, never for a value.
const SIGNATURE = /(签字|签名|签章)(）)?$/;

/** The label a blank follows: the last clause before it, ending in a colon. */
function labelBefore(before: string): string | undefined {
  const clause = before.split(/[。；;，,！!？?]/).pop() ?? '';
  if (!/[:：][\s\u3000]*$/.test(clause)) return undefined;
  const label = normaliseLabel(clause);
  return label && label.length <= MAX_LABEL && !SIGNATURE.test(label) ? label : undefined;
}

/**
 * The labelled blanks of a paragraph of running text, in order. `unlabelledDates` also takes a
 * bare 「  年  月  日」 (the date under a 盖章 line); in a table cell that is a template instead.
 */
export function inlineBlanks(p: Element, unlabelledDates: boolean): InlineBlank[] {
  const { gaps } = findGaps(p, 'dates');
  const out: InlineBlank[] = [];
  for (let i = 0; i < gaps.length; i++) {
    const date = dateAt(gaps, i);
    const gap = gaps[i]!;
    const label = labelBefore(gap.before);
    if (date) {
      const bare = !label && !/[:：][\s\u3000]*$/.test(gap.before) && unlabelledDates;
      if (label || bare) out.push({ label: label ?? '年月日', gaps: gaps.slice(i, i + 3), date });
      i += 2;
    } else if (gap.line && label) out.push({ label, gaps: [gap], date });
  }
  return out;
}

// What a value cell's template may hold besides its gaps: currency, 小写/大写, units, 年月日.
const TEMPLATE = /^(?:人民币|[¥￥]|[（(]?[小大]写[）)]?[:：]?|万?元|[年月日人名个家项天%])+$/;

/** A value cell that holds only a template: 「¥  元」, 「  年  月  日」, 「（小写）  元 （大写）」. */
export function isTemplateCell(tc: Element): boolean {
  let gaps = 0;
  let words = '';
  for (const p of kids(tc, 'p')) {
    const found = findGaps(p, 'all');
    gaps += found.gaps.length;
    let rest = found.text;
    for (const g of [...found.gaps].reverse()) rest = rest.slice(0, g.start) + rest.slice(g.end);
    words += rest.replace(/[\s\u3000_＿]/g, '');
  }
  return words.length > 0 && TEMPLATE.test(words) && (gaps > 0 || /写[）)]?[:：]?$/.test(words));
}

/** What a template or a blank can take: the text, and for a date or an amount its parts. */
export interface BlankValues {
  main: string;
  /** Year, month, day of a date value. */
  date?: [string, string, string];
  figures?: string;
  uppercase?: string;
}

/** A date value's 年/月/日 parts, when the raw value is `YYYY-MM-DD`. */
export function dateParts(raw: unknown): [string, string, string] | undefined {
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw) : null;
  return m ? [m[1]!, m[2]!, m[3]!] : undefined;
}

/** What one labelled blank or date group takes: the values for its gaps, and the text they make. */
export function planBlank(blank: InlineBlank, values: BlankValues): { fills: GapFill[]; text: string } {
  const date = values.date;
  if (blank.date && date)
    return {
      fills: blank.gaps.map((gap, k) => ({ gap, value: date[k]! })),
      text: `${date[0]}年${date[1]}月${date[2]}日`,
    };
  return { fills: [{ gap: blank.gaps[0]!, value: values.main }], text: values.main };
}

/** Writes a value into a template cell's gaps (date parts, figures after ¥/小写, 大写 after 大写). */
export function fillTemplate(doc: Document, tc: Element, values: BlankValues): string {
  const used = new Set<'main' | 'figures' | 'uppercase' | 'date'>();
  const written: string[] = [];
  const take = (kind: 'main' | 'figures' | 'uppercase'): string | undefined => {
    const key = values[kind] === undefined ? 'main' : kind;
    if (used.has(key) || (key === 'main' && used.has('date'))) return undefined;
    used.add(key);
    return values[key];
  };
  for (const p of kids(tc, 'p')) {
    const { text, gaps } = findGaps(p, 'all');
    const plan: { gap: Gap; value: string }[] = [];
    for (let i = 0; i < gaps.length; i++) {
      const gap = gaps[i]!;
      if (dateAt(gaps, i) && values.date && !used.has('date')) {
        const parts = values.date;
        [0, 1, 2].forEach((k) => plan.push({ gap: gaps[i + k]!, value: parts[k]! }));
        used.add('date');
        written.push(`${parts[0]}年${parts[1]}月${parts[2]}日`);
        i += 2;
        continue;
      }
      const kind = /大写[）)]?[:：]?[\s\u3000]*$/.test(gap.before)
        ? 'uppercase'
        : /(小写[）)]?|[¥￥]|人民币)[:：]?[\s\u3000]*$/.test(gap.before) ||
            /^[\s\u3000]*万?元/.test(gap.after)
          ? 'figures'
          : 'main';
      const value = take(kind);
      if (value) {
        plan.push({ gap, value });
        written.push(value);
      }
    }
    fillGaps(doc, p, plan);
    // 「……元 （大写）」 ends in its label with no gap after it: the 大写 goes at the end.
    if (/大写[）)]?[:：]?[\s\u3000]*$/.test(text) && !used.has('uppercase') && values.uppercase) {
      if (appendToParagraph(doc, p, values.uppercase)) written.push(values.uppercase);
      used.add('uppercase');
    }
  }
  return written.join(' ');
}
