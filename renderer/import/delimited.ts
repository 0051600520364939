import { MAX_CELL_CHARS, MAX_ROSTER_ROWS, rosterRefusals } from './roster-limits';

/**
 * Parses CSV (comma) or what Excel puts on the clipboard (tab-separated) into rows of cells:
 * RFC 4180 quoting ("" inside quotes), CRLF or LF line ends, a trailing newline ignored, rows that
 * are entirely empty dropped (or, with `keepEmptyRows`, kept as [] so later rows keep Excel's row
 * numbers). Cells are trimmed of surrounding spaces and full-width spaces.
 * One pass, so a quote left open costs no more than a closed one: it is refused at the end of the
 * text, or as soon as its cell passes Excel's cell length.
 * @throws UserError past MAX_ROSTER_ROWS rows or MAX_CELL_CHARS in a cell, or for a quote never closed.
 */
export function parseDelimited(
  text: string,
  delimiter: ',' | '\t' = ',',
  { keepEmptyRows = false }: { keepEmptyRows?: boolean } = {},
): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let blank = true;
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  const endCell = () => {
    row.push(cell);
    cell = '';
    blank = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && blank) {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
      if (rows.length > MAX_ROSTER_ROWS) throw rosterRefusals.tooManyRows();
    } else {
      cell += c;
      if (blank && c.trim() !== '') blank = false;
    }
    if (cell.length > MAX_CELL_CHARS) throw rosterRefusals.cellTooLong(quoted ? quoteLine : line);
  }
  if (quoted) throw rosterRefusals.unclosedQuote(quoteLine);
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
    if (rows.length > MAX_ROSTER_ROWS) throw rosterRefusals.tooManyRows();
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
