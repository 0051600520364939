// Calendar arithmetic on YYYY-MM-DD strings; ISO dates of equal length compare correctly as strings.

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** `Number(iso.slice(start, start + length))`, without the slice when every character is a digit. */
function numberAt(iso: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i += 1) {
    const digit = iso.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(iso.slice(start, start + length));
    n = n * 10 + digit;
  }
  return n;
}

function parse(iso: string): Ymd {
  return { y: numberAt(iso, 0, 4), m: numberAt(iso, 5, 2), d: numberAt(iso, 8, 2) };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a year (leap years included). */
export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (DAYS[m - 1] ?? 31);
}

/** `iso` moved by `days` (negative goes back). */
export function addDays(iso: string, days: number): string {
  const { y, m, d } = parse(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The day after `iso`. */
export function nextDay(iso: string): string {
  return addDays(iso, 1);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

/** The calendar year of an ISO date. */
export function yearOf(iso: string): number {
  return numberAt(iso, 0, 4);
}

/**
 * Whole months served from `start` to `end`, both days included. A month runs from a day to the day
 * before the same day of the next month (2025-07-10 … 2025-08-09 is one month); when that day does
 * not exist the next month starts on the month's last day (2025-01-31 … 02-27 is one month). A part
 * month is not counted.
 * Returns 0 when `end` is before `start`.
 */
export function fullMonths(start: string, end: string): number {
  if (end < start) return 0;
  // Plain numbers rather than parse(): this runs once per roster row.
  const sy = numberAt(start, 0, 4);
  const sm = numberAt(start, 5, 2);
  const sd = numberAt(start, 8, 2);
  let ey = numberAt(end, 0, 4);
  let em = numberAt(end, 5, 2);
  let ed = numberAt(end, 8, 2);
  // Move to the day after `end`, without Date.
  if (ed < daysInMonth(ey, em)) {
    ed += 1;
  } else {
    ed = 1;
    if (em === 12) {
      ey += 1;
      em = 1;
    } else {
      em += 1;
    }
  }
  let months = (ey - sy) * 12 + (em - sm);
  const anniversary = Math.min(sd, daysInMonth(ey, em));
  if (ed < anniversary) months -= 1;
  return Math.max(months, 0);
}

/** True if [aFrom, aTo] and [bFrom, bTo] share a day; a missing bound is open. */
export function periodsOverlap(aFrom?: string, aTo?: string, bFrom?: string, bTo?: string): boolean {
  if (aFrom !== undefined && bTo !== undefined && bTo < aFrom) return false;
  if (bFrom !== undefined && aTo !== undefined && aTo < bFrom) return false;
  return true;
}

/** Today's local date as YYYY-MM-DD. */
export function todayIso(): string {
  const now = new Date();
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `2025-05-22` → `2025年5月22日`. */
export function chineseDate(iso: string): string {
  const { y, m, d } = parse(iso);
  return `${y}年${m}月${d}日`;
}
