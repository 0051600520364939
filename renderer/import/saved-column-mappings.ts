import {
  checkAssignment,
  headerFingerprint,
  normalizedHeader,
  type ColumnAssignment,
} from './column-mapping';
import type { ImportColumn } from './columns';

/** The part of localStorage the saved mappings use; tests pass a Map-backed one. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

interface StoredMapping {
  header: string[];
  assignment: (string | null)[];
}

const PREFIX = 'grantdesk.roster-columns.';

/** Where the mapping of one roster (`internship:interns`) for one header row is kept. */
export function columnMappingKey(roster: string, header: readonly string[]): string {
  return `${PREFIX}${roster}.${headerFingerprint(header)}`;
}

/**
 * The assignment the user confirmed last time for a file with these headers, or null when there is
 * none or it no longer fits the roster (a field gone, two columns on one field, other headers).
 */
export function loadColumnMapping(
  store: KeyValueStore,
  roster: string,
  header: readonly string[],
  columns: readonly ImportColumn[],
): ColumnAssignment | null {
  let stored: StoredMapping | null;
  try {
    stored = JSON.parse(store.getItem(columnMappingKey(roster, header)) ?? 'null') as StoredMapping | null;
  } catch {
    return null;
  }
  if (!stored || !Array.isArray(stored.header) || !Array.isArray(stored.assignment)) return null;
  // The fingerprint is a hash: compare the headers themselves before trusting it.
  if (stored.header.join('\u001f') !== normalizedHeader(header).join('\u001f')) return null;
  const keys = new Set(columns.map((c) => c.key));
  const assignment = stored.assignment;
  if (!assignment.every((k) => k === null || (typeof k === 'string' && keys.has(k)))) return null;
  if (checkAssignment(assignment, columns).duplicates.length > 0) return null;
  return assignment;
}

/** Remembers the assignment for these headers; false when storage refused it (full or disabled). */
export function saveColumnMapping(
  store: KeyValueStore,
  roster: string,
  header: readonly string[],
  assignment: ColumnAssignment,
): boolean {
  const stored: StoredMapping = { header: normalizedHeader(header), assignment: [...assignment] };
  try {
    store.setItem(columnMappingKey(roster, header), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
