import type { z } from 'zod';
import { isRealDate } from '../../ids/calendar-date';

/** What an acceptor returns for a value it cannot prove valid; the caller then asks zod. */
export const REJECT: unique symbol = Symbol('fast-path: ask zod');

/**
 * Returns exactly what the schema it stands for would output for `value`, or {@link REJECT}. It may
 * reject valid values, never accept invalid ones.
 */
export type Acceptor = (value: unknown) => unknown;

// Keyed by schema instance, not a zod registry: a registry hands its metadata on to derived schemas
// (`zText(50).max(20)`), whose acceptor would then be wrong.
const acceptors = new WeakMap<z.core.$ZodType, Acceptor>();

/** Declares `accept` as the fast path of exactly this schema instance; returns the schema. */
export function withAcceptor<T extends z.core.$ZodType>(schema: T, accept: Acceptor): T {
  acceptors.set(schema, accept);
  return schema;
}

/** The acceptor declared for this very instance, if any. */
export function declaredAcceptor(schema: z.core.$ZodType): Acceptor | undefined {
  return acceptors.get(schema);
}

/** Counts code points the way zod's length checks do: a high surrogate followed by a low one is one. */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i += 1) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

/** `value` passes zod's `min_length` and `max_length` checks for strings (counted in code points). */
function lengthWithin(value: string, min: number, max: number): boolean {
  const units = value.length;
  // Within `max` units is within `max` code points; over it, zod counts exactly and we let it.
  if (units < min || units > max) return false;
  return units >= min * 2 || codePoints(value) >= min;
}

/**
 * Marks `schema` (built as `z.string().trim()` followed only by `.min()`/`.max()`) as trimmed text and
 * gives it an acceptor that reads the bounds from its own checks.
 * @throws Error if the schema is built differently, so that a marked schema cannot drift from its acceptor.
 */
export function trimmedText<T extends z.ZodString>(schema: T): T {
  const [first, ...rest] = schema._zod.def.checks ?? [];
  const overwrite = first?._zod.def as z.core.$ZodCheckOverwriteDef | undefined;
  // An overwrite is a function; this probe tells .trim() from .toLowerCase(), .normalize() and the like.
  const probe = ' \u3000\tAb１ｃ\u00a0 ';
  if (overwrite?.check !== 'overwrite' || overwrite.tx(probe) !== probe.trim()) {
    throw new Error('trimmedText: the first check must be .trim()');
  }
  let min = 0;
  let max = Infinity;
  for (const check of rest) {
    const def = check._zod.def;
    if (def.check === 'min_length') min = Math.max(min, (def as z.core.$ZodCheckMinLengthDef).minimum);
    else if (def.check === 'max_length') max = Math.min(max, (def as z.core.$ZodCheckMaxLengthDef).maximum);
    else throw new Error(`trimmedText: unexpected check ${def.check}`);
  }
  return withAcceptor(schema, (value) => {
    if (typeof value !== 'string') return REJECT;
    const trimmed = value.trim();
    return lengthWithin(trimmed, min, max) ? trimmed : REJECT;
  });
}

/** The number of the `length` ASCII digits at `start`, or -1 if any is not a digit. */
function digitsAt(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i += 1) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True exactly when zod's `z.iso.date()` pattern matches: YYYY-MM-DD, a real Gregorian date. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isRealDate(year, month, day);
}

/** The acceptor of `z.iso.date()`: the value itself when it is a real YYYY-MM-DD date. */
export const acceptIsoDate: Acceptor = (value) =>
  typeof value === 'string' && isIsoDate(value) ? value : REJECT;
