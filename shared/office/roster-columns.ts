// The rosters of a program and their columns, as the editor's grid, the import, the blank template and
// the Excel export all name them: one definition, so an exported file re-imports unchanged.
import { draftFieldMeta, SECTIONS, type Bilingual, type FieldMeta, type ProgramId } from '../schemas';

/** One roster column: what the import matches (label, required) and what the export writes. */
export interface RosterColumn {
  /** Field key in the roster row object (`idNumber`). */
  key: string;
  /** Header as users write it (身份证号). */
  label: string;
  labelEn: string;
  required: boolean;
  /** Identifier columns (身份证号, 统一社会信用代码, 发票号码, 证书编号) are text: Excel would drop digits. */
  identifier: boolean;
  meta: FieldMeta;
}

/** One roster of a draft: `data.interns` with its label and columns. */
export interface RosterTable {
  /** Dotted key in the draft (`data.interns`). */
  key: string;
  /** Key inside `data` (`interns`). */
  field: string;
  label: Bilingual;
  columns: RosterColumn[];
}

const IDENTIFIER_INPUTS = new Set<FieldMeta['input']>(['resident-id', 'uscc', 'org-code', 'bank-account']);
const IDENTIFIER_KEY = /idNumber|certificateNumber|invoiceNumber|uscc|bankAccount|orgCode/;

/** True for a column whose values are identifiers, kept as text in spreadsheets. */
export function isIdentifierColumn(key: string, meta: FieldMeta): boolean {
  return IDENTIFIER_INPUTS.has(meta.input) || IDENTIFIER_KEY.test(key);
}

/**
 * The columns of a roster from its field metadata (keys `data.interns[].name` or bare `name`),
 * in the order the editor shows them.
 */
export function rosterColumns(columns: readonly (readonly [string, FieldMeta])[]): RosterColumn[] {
  return columns.map(([full, meta]) => {
    const key = full.slice(full.lastIndexOf('.') + 1);
    return {
      key,
      label: meta.label.zh,
      labelEn: meta.label.en,
      required: meta.required,
      identifier: isIdentifierColumn(key, meta),
      meta,
    };
  });
}

/** A column's header in a template or export: its label, with * when it is required. */
export function rosterHeader(column: Pick<RosterColumn, 'label' | 'required'>): string {
  return column.required ? `${column.label}*` : column.label;
}

/**
 * The rosters of a program (tables under `data`, without the user-supplied standard's items and the
 * attachment list), section by section as the editor lays them out.
 */
export function rosterTables(program: ProgramId): RosterTable[] {
  const meta = draftFieldMeta(program);
  const entries = Object.entries(meta);
  const order = Object.keys(SECTIONS);
  const section = (key: string) => order.indexOf(meta[key]!.section);
  return entries
    .filter(
      ([key, m]) =>
        m.input === 'table' &&
        key.startsWith('data.') &&
        !key.includes('[]') &&
        !key.startsWith('data.userStandard'),
    )
    .sort(([a], [b]) => section(a) - section(b))
    .map(([key, m]) => ({
      key,
      field: key.slice('data.'.length),
      label: m.label,
      columns: rosterColumns(
        entries.filter(([k]) => k.startsWith(`${key}[].`) && !k.slice(key.length + 3).includes('.')),
      ),
    }));
}
