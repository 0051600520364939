/** A label or help text in both languages the app ships. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** How the editor renders a field. Money is stored in fen and shown (and typed) in yuan. */
export type InputKind =
  | 'text'
  | 'textarea'
  | 'money'
  | 'integer'
  | 'date'
  | 'year'
  | 'select'
  | 'boolean'
  | 'resident-id'
  | 'org-code'
  | 'uscc'
  | 'phone'
  | 'bank-account'
  | 'basis-points'
  | 'table'
  | 'group';

/** The unit a number is kept in, so the editor and the PDF can label it. */
export type FieldUnit = 'fen' | 'month' | 'hour' | 'person' | 'year' | 'station' | 'person-time' | 'byte';

/** Form sections, in display order. */
export const SECTIONS = {
  applicant: { zh: '申报单位', en: 'Applicant' },
  project: { zh: '项目情况', en: 'Project' },
  roster: { zh: '人员名单', en: 'Roster' },
  investment: { zh: '投资明细', en: 'Investment' },
  partners: { zh: '合作单位', en: 'Partners' },
  standard: { zh: '补助标准', en: 'Subsidy standard' },
  attachments: { zh: '附件', en: 'Attachments' },
} as const satisfies Record<string, Bilingual>;

export type SectionId = keyof typeof SECTIONS;

/** One choice of a select field; `value` is what the draft stores. */
export interface FieldOption {
  value: string;
  label: Bilingual;
}

/**
 * What the editor needs to render one field. Keys of a {@link FieldMetaMap} are dotted paths in
 * the program's `data` (or the envelope for `applicant.*`), with `[]` standing for any array index:
 * `investments[].amountFen`. An array field itself has `input: 'table'`, an object field `group`.
 */
export interface FieldMeta {
  label: Bilingual;
  help?: Bilingual;
  unit?: FieldUnit;
  input: InputKind;
  section: SectionId;
  options?: readonly FieldOption[];
  /** False for fields the schema marks optional. */
  required: boolean;
}

export type FieldMetaMap = Readonly<Record<string, FieldMeta>>;

/**
 * Turns an issue or finding path into a {@link FieldMetaMap} key: `['investments', 2, 'amountFen']`
 * → `investments[].amountFen`.
 */
export function metaKey(path: readonly PropertyKey[]): string {
  let key = '';
  for (const part of path) {
    if (typeof part === 'number') key += '[]';
    else key += key === '' ? String(part) : `.${String(part)}`;
  }
  return key;
}

/** Shorthand for a bilingual pair. */
export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

/** Shorthand for a select option. */
export function opt(value: string, zh: string, en: string): FieldOption {
  return { value, label: { zh, en } };
}
