// One line of Chinese saying what changed between two snapshots; pure, so the wording is easy to test.
import type { RosterRow, Snapshot } from './row-schemas';
import { STATUS_LABELS } from './status';

/** Label of a field path such as "data.unit.name" or "rosters.interns"; undefined falls back to the default. */
export type LabelLookup = (path: string) => string | undefined;

const DRAFT_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '标题',
  deadline: '截止日期',
  applicationDate: '申报日期',
  applicantId: '申报单位',
};
const COMPARED_FIELDS = ['title', 'deadline', 'applicationDate', 'applicantId'] as const;
const MAX_LISTED_FIELDS = 5;

export const FIRST_REVISION_SUMMARY = '首个存档';
export const NO_CHANGE_SUMMARY = '无改动';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Paths of the leaves that differ between two JSON values ("data.a.0.b"), in the order met. */
export function diffPaths(before: unknown, after: unknown, path = ''): string[] {
  const join = (key: string): string => (path ? `${path}.${key}` : key);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    return keys.flatMap((k) => diffPaths(before[k], after[k], join(k)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffPaths(before[i], after[i], join(String(i)))).flat();
  }
  if (before === after) return [];
  if (before !== null && after !== null && typeof before === 'object' && typeof after === 'object') {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [path];
  }
  return [path];
}

/** The label of a path: exact lookup, then with list indexes as "*", then the built-in or the path. */
export function labelOf(path: string, label?: LabelLookup): string {
  const wildcard = path.replace(/\.\d+(?=\.|$)/g, '.*');
  return label?.(path) ?? label?.(wildcard) ?? DRAFT_FIELD_LABELS[path] ?? path;
}

function rosterPart(
  name: string,
  before: RosterRow[],
  after: RosterRow[],
  label?: LabelLookup,
): string | null {
  const old = new Map(before.map((r) => [r.id, r]));
  const kept = after.filter((r) => old.has(r.id));
  const added = after.length - kept.length;
  const removed = before.length - kept.length;
  const modified = kept.filter((r) => diffPaths(old.get(r.id)?.row, r.row).length > 0).length;
  const keptIds = new Set(kept.map((r) => r.id));
  const keptBefore = before.filter((r) => keptIds.has(r.id)).map((r) => r.id);
  const reordered = added === 0 && removed === 0 && kept.some((r, i) => keptBefore[i] !== r.id);
  const segments = [
    added > 0 ? `+${added} 行` : '',
    removed > 0 ? `-${removed} 行` : '',
    modified > 0 ? `修改 ${modified} 行` : '',
    reordered ? '调整顺序' : '',
  ].filter(Boolean);
  if (segments.length === 0) return null;
  const title = label?.(`rosters.${name}`) ?? `花名册 ${name}`;
  return `${title} ${segments.join('，')}`;
}

function byRoster(rows: readonly RosterRow[]): Map<string, RosterRow[]> {
  const out = new Map<string, RosterRow[]>();
  for (const r of rows) out.set(r.roster, [...(out.get(r.roster) ?? []), r]);
  for (const list of out.values()) list.sort((a, b) => a.order - b.order);
  return out;
}

/**
 * What changed from `before` to `after`, e.g. "修改了 申报单位名称、实训基地名称；花名册 +3 行".
 * Null when nothing the user edits changed; FIRST_REVISION_SUMMARY when there is no `before`.
 */
export function summarizeChange(
  before: Snapshot | null,
  after: Snapshot,
  label?: LabelLookup,
): string | null {
  if (!before) return FIRST_REVISION_SUMMARY;
  const parts: string[] = [];
  if (before.draft.status !== after.draft.status) {
    parts.push(`状态 ${STATUS_LABELS[before.draft.status]} → ${STATUS_LABELS[after.draft.status]}`);
  }
  const paths = [
    ...COMPARED_FIELDS.filter((f) => diffPaths(before.draft[f], after.draft[f]).length > 0),
    ...diffPaths(before.draft.data, after.draft.data, 'data'),
  ];
  const labels = [...new Set(paths.map((p) => labelOf(p, label)))];
  if (labels.length > 0) {
    const listed = labels.slice(0, MAX_LISTED_FIELDS).join('、');
    parts.push(`修改了 ${listed}${labels.length > MAX_LISTED_FIELDS ? ` 等 ${labels.length} 项` : ''}`);
  }
  const oldRosters = byRoster(before.rosterRows);
  const newRosters = byRoster(after.rosterRows);
  const names = [...newRosters.keys(), ...[...oldRosters.keys()].filter((n) => !newRosters.has(n))];
  for (const name of names) {
    const part = rosterPart(name, oldRosters.get(name) ?? [], newRosters.get(name) ?? [], label);
    if (part) parts.push(part);
  }
  return parts.length > 0 ? parts.join('；') : null;
}
