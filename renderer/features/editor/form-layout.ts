import {
  draftFieldMeta,
  SECTIONS,
  type FieldMeta,
  type ProgramId,
  type SectionId,
  withPhoneHints,
} from '../../../shared/schemas';
import type { PhoneHints } from '../../../shared/ids';

/** Keys the editor never shows as inputs: the envelope's identity and attachment metadata. */
const HIDDEN = new Set(['format', 'id', 'policy', 'policyVersion', 'program']);

export interface SectionLayout {
  id: SectionId;
  /** Scalar fields: dotted key → metadata. */
  fields: [string, FieldMeta][];
  /** Tables of this section: `data.<key>` with their column metadata. */
  tables: { key: string; meta: FieldMeta; columns: [string, FieldMeta][] }[];
  /** The user-supplied standard block lives in its own component (a union of shapes). */
  userStandard: boolean;
}

/** The editor's sections for a program, in display order, generated from the schema's field metadata. */
export function formLayout(program: ProgramId, hints: PhoneHints = {}): SectionLayout[] {
  const meta = withPhoneHints(draftFieldMeta(program), hints);
  const sections = new Map<SectionId, SectionLayout>();
  const section = (id: SectionId) => {
    let s = sections.get(id);
    if (!s) sections.set(id, (s = { id, fields: [], tables: [], userStandard: false }));
    return s;
  };
  const keys = Object.keys(meta);
  // A key that other keys extend (`applicant`, `data`) is a container, not an input.
  const isContainer = (key: string) => keys.some((k) => k.startsWith(`${key}.`));
  for (const [key, m] of Object.entries(meta)) {
    if (HIDDEN.has(key) || key.startsWith('attachments')) continue;
    if (m.input !== 'table' && key !== 'data.userStandard' && isContainer(key)) continue;
    if (key === 'data.userStandard') {
      section(m.section).userStandard = true;
      continue;
    }
    if (key.startsWith('data.userStandard.')) continue;
    if (key.includes('[]')) continue;
    if (m.input === 'table') {
      const columns = Object.entries(meta).filter(
        ([k]) => k.startsWith(`${key}[].`) && !k.slice(key.length + 3).includes('.'),
      );
      section(m.section).tables.push({ key, meta: m, columns });
      continue;
    }
    section(m.section).fields.push([key, m]);
  }
  section('attachments');
  return (Object.keys(SECTIONS) as SectionId[]).flatMap((id) =>
    sections.has(id) ? [sections.get(id) as SectionLayout] : [],
  );
}

/** Path prefixes that belong to a section, for counting its findings. */
export function sectionPrefixes(layout: SectionLayout): string[] {
  return [
    ...layout.fields.map(([k]) => k),
    ...layout.tables.map((t) => t.key),
    ...(layout.userStandard ? ['data.userStandard'] : []),
    ...(layout.id === 'attachments' ? ['attachments'] : []),
  ];
}

/** Reads a dotted path from a plain object. */
export function valueAt(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
