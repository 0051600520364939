// What one window changed, field by field, so that its edits can be laid over another window's save: the
// unit of an edit is one applicant field, one program field or one whole table, the date, the attachment
// list or the title.
import type { DraftPatch } from '../../db';
import { storedData, storedTable, tableKeys, type EditableDraft } from './draft-mapping';

/** The draft as a window holds it: the envelope and the title (kept on the draft row, not in it). */
export interface DraftDoc {
  draft: EditableDraft;
  title: string;
}

/** The unit a dotted edit path belongs to: `applicant.address`, `data.partnerSchools`, `applicationDate`. */
export function unitOf(path: string): string {
  const [head = '', key] = path.split('.');
  return (head === 'applicant' || head === 'data') && key !== undefined ? `${head}.${key}` : head;
}

/** The value of one unit. */
export function unitValue(doc: DraftDoc, unit: string): unknown {
  if (unit === 'title') return doc.title;
  if (unit === 'applicationDate') return doc.draft.applicationDate;
  if (unit === 'attachments') return doc.draft.attachments;
  const [head, key = ''] = unit.split('.');
  return head === 'applicant' ? doc.draft.applicant[key] : doc.draft.data[key];
}

/** A copy of `doc` with one unit set to `value` (undefined removes a field). */
export function withUnit(doc: DraftDoc, unit: string, value: unknown): DraftDoc {
  if (unit === 'title') return { ...doc, title: typeof value === 'string' ? value : '' };
  const draft = doc.draft;
  if (unit === 'applicationDate')
    return { ...doc, draft: { ...draft, applicationDate: typeof value === 'string' ? value : '' } };
  if (unit === 'attachments')
    return { ...doc, draft: { ...draft, attachments: Array.isArray(value) ? value : [] } };
  const [head, key = ''] = unit.split('.');
  const field = head === 'applicant' ? 'applicant' : 'data';
  const copy = { ...draft[field] };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return { ...doc, draft: { ...draft, [field]: copy } };
}

/** Deep equality of JSON-like values; an absent key equals an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameValue(ra[k], rb[k])) return false;
  return true;
}

function unitsOf(doc: DraftDoc): string[] {
  return [
    'title',
    'applicationDate',
    'attachments',
    ...Object.keys(doc.draft.applicant).map((k) => `applicant.${k}`),
    ...Object.keys(doc.draft.data).map((k) => `data.${k}`),
  ];
}

/** The units whose values differ between two states of a draft. */
export function changedUnits(from: DraftDoc, to: DraftDoc): string[] {
  const units = new Set([...unitsOf(from), ...unitsOf(to)]);
  return [...units].filter((u) => !sameValue(unitValue(from, u), unitValue(to, u)));
}

export interface Divergence {
  /** Units this window changed from the base. */
  mine: string[];
  /** Units the other window's save changed from the base. */
  theirs: string[];
  /** Units both changed, to different values: the user chooses. */
  clashes: string[];
}

/** How this window's edits (on `base`) and another window's save (`theirs`, also on `base`) relate. */
export function divergence(
  base: DraftDoc,
  mine: DraftDoc,
  theirs: DraftDoc,
  touched: Iterable<string>,
): Divergence {
  const mineUnits = [...new Set(touched)].filter((u) => !sameValue(unitValue(base, u), unitValue(mine, u)));
  const theirUnits = changedUnits(base, theirs);
  const clashes = mineUnits.filter(
    (u) => theirUnits.includes(u) && !sameValue(unitValue(mine, u), unitValue(theirs, u)),
  );
  return { mine: mineUnits, theirs: theirUnits, clashes };
}

/** `theirs` with this window's units laid over it, except the clashing units the user kept as theirs. */
export function rebase(
  mine: DraftDoc,
  theirs: DraftDoc,
  units: Iterable<string>,
  keepTheirs: ReadonlySet<string> = new Set(),
): DraftDoc {
  let merged = theirs;
  for (const u of units) if (!keepTheirs.has(u)) merged = withUnit(merged, u, unitValue(mine, u));
  return merged;
}

/**
 * The save of a whole window state over the stored draft it is based on: every scalar field, the title
 * when changed, and only the tables among `units` (a keystroke elsewhere never rewrites a 2,000-row roster).
 */
export function patchFor(doc: DraftDoc, units: Iterable<string>): DraftPatch {
  const patch: DraftPatch = {
    data: storedData(doc.draft),
    applicationDate: doc.draft.applicationDate || null,
  };
  const tables = new Set(tableKeys(doc.draft.program));
  for (const u of units) {
    if (u === 'title') patch.title = doc.title;
    const key = u.startsWith('data.') ? u.slice(5) : '';
    if (tables.has(key)) (patch.rosters ??= {})[key] = storedTable(doc.draft, key);
  }
  return patch;
}
