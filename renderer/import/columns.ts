/** One column of a roster as the import sees it. */
export interface ImportColumn {
  /** Field key in the roster row object. */
  key: string;
  /** Header as users write it, e.g. 身份证号. */
  label: string;
  /** The field's English label, for reports in the English interface. */
  labelEn?: string;
  /** Other headers that mean the same column (e.g. 身份证号码, 证件号码). */
  aliases?: readonly string[];
  required?: boolean;
  /** Identifier columns (ID, certificate numbers) must be text: a long number in Excel has lost digits. */
  identifier?: boolean;
}

export interface ColumnMapping {
  /** Column key → zero-based index in the sheet. */
  mapping: Record<string, number>;
  /** Labels of required columns not found in the header. */
  missing: string[];
  /** Headers the import does not use. */
  unused: string[];
}

/** A header as the matching compares it: no spaces, brackets, asterisks or colons, lower case. */
export const normalizeHeader = (s: string) => s.replace(/[\s\u3000（）()*＊:：]/g, '').toLowerCase();

/** Matches a header row to the columns by label or alias, ignoring spaces, brackets and asterisks. */
export function mapColumns(header: readonly string[], columns: readonly ImportColumn[]): ColumnMapping {
  const mapping: Record<string, number> = {};
  const used = new Set<number>();
  for (const col of columns) {
    const names = [col.label, ...(col.aliases ?? [])].map(normalizeHeader);
    const index = header.findIndex((h, i) => !used.has(i) && names.includes(normalizeHeader(h)));
    if (index >= 0) {
      mapping[col.key] = index;
      used.add(index);
    }
  }
  return {
    mapping,
    missing: columns.filter((c) => c.required && mapping[c.key] === undefined).map((c) => c.label),
    unused: header.filter((h, i) => h !== '' && !used.has(i)),
  };
}
