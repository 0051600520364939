// Search terms of a roster row (names, ID and code numbers), kept in a multi-entry index for search.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** Roster fields whose values people search drafts by: person names, ID numbers, codes. */
const TERM_FIELDS = ['name', 'idNumber', 'mentor', 'uscc', 'invoiceNumber', 'certificateNumber'];
const MAX_TERM = 64;

/** How a term and a search text are compared: full-width folded, no spaces, upper case (身份证 x → X). */
export function searchKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The terms of one stored roster row. */
export function rosterTerms(row: unknown): string[] {
  if (row === null || typeof row !== 'object') return [];
  const values = TERM_FIELDS.map((k) => (row as Record<string, unknown>)[k]);
  const terms = values.flatMap((v) => (typeof v === 'string' ? [searchKey(v).slice(0, MAX_TERM)] : []));
  return [...new Set(terms.filter(Boolean))];
}

type Value = Record<string, unknown>;

function mapValues(req: DBCoreMutateRequest, map: (v: Value) => Value): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  if (!req.values.every((v) => v !== null && typeof v === 'object')) return req;
  return { ...req, values: req.values.map(map) };
}

const withTerms = (v: Value): Value => ({ ...v, terms: rosterTerms(v['row']) });

// A revision keeps the rows without their terms: they are derived, and restoring writes them anew.
function snapshotWithoutTerms(v: Value): Value {
  const snapshot = v['snapshot'] as { rosterRows?: unknown } | undefined;
  if (!snapshot || !Array.isArray(snapshot.rosterRows)) return v;
  const rosterRows = snapshot.rosterRows.map((r: Value) => {
    const { terms: _terms, ...row } = r;
    return row;
  });
  return { ...v, snapshot: { ...snapshot, rosterRows } };
}

/**
 * Adds `terms` to every roster row written, whoever writes it (editor, import, restore of a backup
 * or revision, duplicate), so the index can never lag behind the rows; revisions are stored without them.
 */
export const rosterTermsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rosterTerms',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const map = name === 'rosterRows' ? withTerms : name === 'revisions' ? snapshotWithoutTerms : null;
      if (!map) return table;
      return { ...table, mutate: (req) => table.mutate(mapValues(req, map)) };
    },
  }),
};
