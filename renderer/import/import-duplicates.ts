// Rows of a file whose identifier the roster already holds (or the file holds twice) are never added silently.

/** What the user chose for duplicate rows: 跳过重复 (the default), 替换已有, 仍然添加. */
export type DuplicateChoice = 'skip' | 'replace' | 'add';

type Row = Record<string, unknown>;

/** The identifier a roster's rows are told apart by, the one its checks refuse twice. */
const KEY_BY_ROSTER: Readonly<Record<string, string>> = { 'one-plus-x:students': 'certificateNumber' };
const KEY_FIELDS = ['idNumber', 'invoiceNumber', 'uscc'] as const;

/** The field a roster (`internship:interns`) is keyed by, or null when it has none (合作院校). */
export function rosterKeyField(roster: string, fieldKeys: readonly string[]): string | null {
  const own = KEY_BY_ROSTER[roster];
  if (own !== undefined) return fieldKeys.includes(own) ? own : null;
  return KEY_FIELDS.find((k) => fieldKeys.includes(k)) ?? null;
}

/** A row's identifier as compared: no spaces, upper case (x → X); '' when it has none. */
function keyOf(row: Row, field: string): string {
  const value = row[field];
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
        .replace(/[\s\u3000]/g, '')
        .toUpperCase()
    : '';
}

/** Which incoming rows repeat an identifier: of a roster row, or of an earlier row of the file. */
export interface Duplicates {
  /** Indexes (into the incoming rows) of rows whose identifier the roster already holds. */
  inRoster: number[];
  /** Indexes of rows whose identifier an earlier row of the file has (and the roster has not). */
  inFile: number[];
}

/** The incoming rows that repeat an identifier; none when the roster has no key field. */
export function findDuplicates(
  existing: readonly Row[],
  incoming: readonly Row[],
  field: string | null,
): Duplicates {
  const found: Duplicates = { inRoster: [], inFile: [] };
  if (field === null) return found;
  const held = new Set(existing.map((r) => keyOf(r, field)).filter((k) => k !== ''));
  const seen = new Set<string>();
  incoming.forEach((row, i) => {
    const key = keyOf(row, field);
    if (key === '') return;
    if (held.has(key)) found.inRoster.push(i);
    else if (seen.has(key)) found.inFile.push(i);
    seen.add(key);
  });
  return found;
}

/** The roster after the import, and what happened to the file's rows. */
export interface MergedImport<T extends Row> {
  rows: T[];
  added: number;
  replaced: number;
  skipped: number;
}

/**
 * The roster after importing `incoming` under `choice`: skip leaves out every row whose identifier is
 * already there (in the roster or earlier in the file); replace puts such a row in the place of the one
 * it repeats (keeping that row's `_rowId`); add appends every row. Rows without an identifier are added.
 */
export function mergeImport<T extends Row>(
  existing: readonly T[],
  incoming: readonly T[],
  field: string | null,
  choice: DuplicateChoice,
): MergedImport<T> {
  if (field === null || choice === 'add') {
    return { rows: [...existing, ...incoming], added: incoming.length, replaced: 0, skipped: 0 };
  }
  const rows = [...existing];
  const at = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = keyOf(r, field);
    if (key !== '' && !at.has(key)) at.set(key, i);
  });
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  for (const row of incoming) {
    const key = keyOf(row, field);
    const place = key === '' ? undefined : at.get(key);
    if (place === undefined) {
      if (key !== '') at.set(key, rows.length);
      rows.push(row);
      added++;
    } else if (choice === 'skip') skipped++;
    else {
      const old = rows[place];
      rows[place] = old && '_rowId' in old ? { ...row, _rowId: old['_rowId'] } : row;
      replaced++;
    }
  }
  return { rows, added, replaced, skipped };
}
