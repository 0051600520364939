/**
 * Parses CSV (comma) or what Excel puts on the clipboard (tab-separated) into rows of cells:
 * RFC 4180 quoting ("" inside quotes), CRLF or LF line ends, a trailing newline ignored, rows that
 * are entirely empty dropped (or, with `keepEmptyRows`, kept as [] so later rows keep Excel's row
 * numbers). Cells are trimmed of surrounding spaces and full-width spaces.
 */
export function parseDelimited(
  text: string,
  delimiter: ',' | '\t' = ',',
  { keepEmptyRows = false }: { keepEmptyRows?: boolean } = {},
): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const trimmed = rows.map((r) => r.map((s) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')));
  return keepEmptyRows
    ? trimmed.map((r) => (r.some((s) => s !== '') ? r : []))
    : trimmed.filter((r) => r.some((s) => s !== ''));
}

/** Clipboard text from Excel/WPS is tab-separated; a single column pasted has no tabs at all. */
export function parseClipboard(text: string): string[][] {
  return parseDelimited(text, '\t');
}
