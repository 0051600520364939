// `{name}` placeholders in template text: a fixed list, so a template cannot reach into anything else.
import { formatDate, type DateStyleName } from './format-value';

/** The placeholders a template may use. */
export const PLACEHOLDERS = [
  'pack.region.name',
  'pack.region.province',
  'pack.docNumber',
  'pack.title',
  'pack.issuer',
  'program.title',
  'program.formula',
  'draft.id',
  'draft.number',
  'draft.applicationDate',
  'applicant.name',
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** What placeholders are filled from; draft values are absent in a blank form. */
export interface PlaceholderValues {
  pack: { docNumber: string; title: string; issuer: string; region: { name: string; province: string } };
  program: { title: { zh: string }; formula: { zh: string } };
  draft?: { id: string; applicationDate: string; applicant: { name: string } };
  /** The 申报编号 (SXJD-2025-003); absent in a blank form. */
  number?: string;
  /** The form's one date style (the template's `date`). */
  date?: DateStyleName;
}

const PATTERN = /\{([a-zA-Z.]+)\}/g;

/** The placeholder names used in `text`, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[1] ?? '');
}

function valueOf(name: PlaceholderName, v: PlaceholderValues): string {
  switch (name) {
    case 'pack.region.name':
      return v.pack.region.name;
    case 'pack.region.province':
      return v.pack.region.province;
    case 'pack.docNumber':
      return v.pack.docNumber;
    case 'pack.title':
      return v.pack.title;
    case 'pack.issuer':
      return v.pack.issuer;
    case 'program.title':
      return v.program.title.zh;
    case 'program.formula':
      return v.program.formula.zh;
    case 'draft.id':
      return v.draft?.id ?? '';
    case 'draft.number':
      return v.number ?? '';
    case 'draft.applicationDate':
      return v.draft ? formatDate(v.draft.applicationDate, v.date ?? 'long') : '      年    月    日';
    case 'applicant.name':
      return v.draft?.applicant.name ?? '';
  }
}

/** Replaces every placeholder; an unknown one throws (templates are validated when they load). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (_, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) throw new Error(`unknown placeholder {${name}}`);
    return valueOf(name as PlaceholderName, values);
  });
}
