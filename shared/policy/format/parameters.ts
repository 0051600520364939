import type { Rate } from '../../money';
import type { ParameterDocument, ParameterUnit } from './document';
import { isoDate } from './document';

/** What a value of each unit becomes once read: fen, an exact rate (with the percentage), a whole number, a date, words. */
export interface UnitValues {
  yuan: number;
  percent: { rate: Rate; percent: number };
  count: number;
  months: number;
  date: string;
  'text-list': readonly string[];
}

/** One value of a parameter and the days it applies: `from` … `to` (both included; `to` open when absent). */
export interface DatedValue<T> {
  from: string;
  to?: string;
  value: T;
  clause: string;
}

/** The outcome of looking a parameter up on a day. */
export type Lookup<T> =
  { ok: true; value: T; clause: string } | { ok: false; reason: 'before' | 'gap' | 'after'; date: string };

/** A parameter with its values by date, as kinds read it. */
export interface Dated<T> {
  name: string;
  unit: ParameterUnit;
  label: { zh: string; en: string };
  values: readonly DatedValue<T>[];
  /** The value in force on `date`; none before the first value, in a gap, after the last `to` or after `packEnd`. */
  at(date: string): Lookup<T>;
  /** The newest value, for descriptions. */
  latest: T;
}

/** Why a value cannot be read in its unit (zh, en), or null. */
export function convertValue<U extends ParameterUnit>(
  unit: U,
  raw: unknown,
): { value: UnitValues[U] } | { zh: string; en: string } {
  const fail = (zh: string, en: string) => ({ zh, en });
  switch (unit) {
    case 'yuan': {
      if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > 1e12) {
        return fail('金额应为 0 至 1 万亿之间的数字（元）', 'an amount must be a number of yuan, 0 to 10^12');
      }
      const fen = Math.round(raw * 100);
      if (Math.abs(fen - raw * 100) > 1e-6)
        return fail('金额最多两位小数（到分）', 'an amount has at most 2 decimals');
      return { value: fen as UnitValues[U] };
    }
    case 'percent': {
      if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > 1000) {
        return fail('百分比应为 0 至 1000 之间的数字', 'a percentage must be a number from 0 to 1000');
      }
      for (let places = 0; places <= 4; places += 1) {
        const scale = 10 ** places;
        const numerator = Math.round(raw * scale);
        if (Math.abs(numerator - raw * scale) < 1e-9) {
          return { value: { rate: { numerator, denominator: 100 * scale }, percent: raw } as UnitValues[U] };
        }
      }
      return fail('百分比最多四位小数', 'a percentage has at most 4 decimals');
    }
    case 'count':
    case 'months':
      return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 && raw <= 1_000_000
        ? { value: raw as UnitValues[U] }
        : fail('应为不小于0的整数', 'must be a whole number, 0 or more');
    case 'date':
      return typeof raw === 'string' && isoDate.safeParse(raw).success
        ? { value: raw as UnitValues[U] }
        : fail('应为 YYYY-MM-DD 格式的真实日期（加引号）', 'must be a real date written YYYY-MM-DD (quoted)');
    case 'text-list':
      return Array.isArray(raw) && raw.every((s) => typeof s === 'string')
        ? { value: raw as unknown as UnitValues[U] }
        : fail('应为文字列表', 'must be a list of words');
  }
  return fail('未知单位', 'unknown unit');
}

/**
 * Makes a lookup from values already read and checked (in order, no overlap). A date after
 * `packEnd` has no value, so a rule never works from a value the document no longer sets.
 */
export function datedParameter<T>(
  name: string,
  doc: ParameterDocument,
  values: readonly DatedValue<T>[],
  packEnd: string | undefined,
): Dated<T> {
  const label = doc.label ?? { zh: name, en: name };
  const lastValue = values[values.length - 1] as DatedValue<T>;
  return {
    name,
    unit: doc.unit,
    label,
    values,
    latest: lastValue.value,
    at(date) {
      if (packEnd !== undefined && date > packEnd) return { ok: false, reason: 'after', date };
      for (let i = values.length - 1; i >= 0; i -= 1) {
        const v = values[i] as DatedValue<T>;
        if (date < v.from) continue;
        if (v.to !== undefined && date > v.to)
          return { ok: false, reason: i === values.length - 1 ? 'after' : 'gap', date };
        return { ok: true, value: v.value, clause: v.clause };
      }
      return { ok: false, reason: 'before', date };
    },
  };
}

/** The same parameter with each value mapped (a percentage's number from its rate, for example). */
export function mapDated<T, U>(p: Dated<T>, fn: (value: T) => U): Dated<U> {
  const values = p.values.map((v) => ({ ...v, value: fn(v.value) }));
  return {
    ...p,
    values,
    latest: fn(p.latest),
    at(date) {
      const found = p.at(date);
      return found.ok ? { ...found, value: fn(found.value) } : found;
    },
  };
}
