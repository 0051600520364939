// One line saying what changed between two snapshots, in Chinese or English; pure, so the wording is easy to test.
import type { RosterRow, Snapshot } from './row-schemas';
import { STATUS_LABELS, STATUS_LABELS_EN } from './status';

export type SummaryLang = 'zh' | 'en';

/**
 * Label of a field path such as "data.unit.name" or "rosters.interns" in a language; undefined falls
 * back to the default.
 */
export type LabelLookup = (path: string, lang: SummaryLang) => string | undefined;

const DRAFT_FIELD_LABELS: Readonly<Record<SummaryLang, Readonly<Record<string, string>>>> = {
  zh: { title: '标题', deadline: '截止日期', applicationDate: '申报日期', applicantId: '申报单位' },
  en: { title: 'Title', deadline: 'Deadline', applicationDate: 'Application date', applicantId: 'Applicant' },
};

const WORDS = {
  zh: {
    status: (from: string, to: string) => `状态 ${from} → ${to}`,
    changed: (listed: string, more: number | null) =>
      `修改了 ${listed}${more === null ? '' : ` 等 ${more} 项`}`,
    listSeparator: '、',
    added: (n: number) => `+${n} 行`,
    removed: (n: number) => `-${n} 行`,
    modified: (n: number) => `修改 ${n} 行`,
    reordered: '调整顺序',
    segmentSeparator: '，',
    roster: (name: string) => `花名册 ${name}`,
    partSeparator: '；',
    statusLabels: STATUS_LABELS,
  },
  en: {
    status: (from: string, to: string) => `Status ${from} → ${to}`,
    changed: (listed: string, more: number | null) =>
      `Changed ${listed}${more === null ? '' : ` (${more} fields in all)`}`,
    listSeparator: ', ',
    added: (n: number) => `+${n} ${n === 1 ? 'row' : 'rows'}`,
    removed: (n: number) => `-${n} ${n === 1 ? 'row' : 'rows'}`,
    modified: (n: number) => `${n} ${n === 1 ? 'row' : 'rows'} changed`,
    reordered: 'reordered',
    segmentSeparator: ', ',
    roster: (name: string) => `Roster ${name}`,
    partSeparator: '; ',
    statusLabels: STATUS_LABELS_EN,
  },
} as const;
const COMPARED_FIELDS = ['title', 'deadline', 'applicationDate', 'applicantId'] as const;
const MAX_LISTED_FIELDS = 5;

export const FIRST_REVISION_SUMMARY = '首个存档';
export const NO_CHANGE_SUMMARY = '无改动';
export const FIRST_REVISION_SUMMARY_EN = 'First saved version';
export const NO_CHANGE_SUMMARY_EN = 'No changes';

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
export function labelOf(path: string, label?: LabelLookup, lang: SummaryLang = 'zh'): string {
  const wildcard = path.replace(/\.\d+(?=\.|$)/g, '.*');
  return label?.(path, lang) ?? label?.(wildcard, lang) ?? DRAFT_FIELD_LABELS[lang][path] ?? path;
}

function rosterPart(
  name: string,
  before: RosterRow[],
  after: RosterRow[],
  label: LabelLookup | undefined,
  lang: SummaryLang,
): string | null {
  const words = WORDS[lang];
  const old = new Map(before.map((r) => [r.id, r]));
  const kept = after.filter((r) => old.has(r.id));
  const added = after.length - kept.length;
  const removed = before.length - kept.length;
  const modified = kept.filter((r) => diffPaths(old.get(r.id)?.row, r.row).length > 0).length;
  const keptIds = new Set(kept.map((r) => r.id));
  const keptBefore = before.filter((r) => keptIds.has(r.id)).map((r) => r.id);
  const reordered = added === 0 && removed === 0 && kept.some((r, i) => keptBefore[i] !== r.id);
  const segments = [
    added > 0 ? words.added(added) : '',
    removed > 0 ? words.removed(removed) : '',
    modified > 0 ? words.modified(modified) : '',
    reordered ? words.reordered : '',
  ].filter(Boolean);
  if (segments.length === 0) return null;
  const title = label?.(`rosters.${name}`, lang) ?? words.roster(name);
  return `${title} ${segments.join(words.segmentSeparator)}`;
}

function byRoster(rows: readonly RosterRow[]): Map<string, RosterRow[]> {
  const out = new Map<string, RosterRow[]>();
  for (const r of rows) out.set(r.roster, [...(out.get(r.roster) ?? []), r]);
  for (const list of out.values()) list.sort((a, b) => a.order - b.order);
  return out;
}

/**
 * What changed from `before` to `after`, e.g. "修改了 申报单位名称、实训基地名称；花名册 +3 行" (or in
 * English: "Changed Applicant name, Base name; Roster +3 rows"). Null when nothing the user edits
 * changed; FIRST_REVISION_SUMMARY (or its English) when there is no `before`.
 */
export function summarizeChange(
  before: Snapshot | null,
  after: Snapshot,
  label?: LabelLookup,
  lang: SummaryLang = 'zh',
): string | null {
  if (!before) return lang === 'zh' ? FIRST_REVISION_SUMMARY : FIRST_REVISION_SUMMARY_EN;
  const words = WORDS[lang];
  const parts: string[] = [];
  if (before.draft.status !== after.draft.status) {
    parts.push(words.status(words.statusLabels[before.draft.status], words.statusLabels[after.draft.status]));
  }
  const paths = [
    ...COMPARED_FIELDS.filter((f) => diffPaths(before.draft[f], after.draft[f]).length > 0),
    ...diffPaths(before.draft.data, after.draft.data, 'data'),
  ];
  const labels = [...new Set(paths.map((p) => labelOf(p, label, lang)))];
  if (labels.length > 0) {
    const listed = labels.slice(0, MAX_LISTED_FIELDS).join(words.listSeparator);
    parts.push(words.changed(listed, labels.length > MAX_LISTED_FIELDS ? labels.length : null));
  }
  const oldRosters = byRoster(before.rosterRows);
  const newRosters = byRoster(after.rosterRows);
  const names = [...newRosters.keys(), ...[...oldRosters.keys()].filter((n) => !newRosters.has(n))];
  for (const name of names) {
    const part = rosterPart(name, oldRosters.get(name) ?? [], newRosters.get(name) ?? [], label, lang);
    if (part) parts.push(part);
  }
  return parts.length > 0 ? parts.join(words.partSeparator) : null;
}
