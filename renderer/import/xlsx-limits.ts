// An .xlsx is a zip of XML parts: its directory, the parts' real unpacked sizes and the sheets'
// rows, columns and cells are checked here before exceljs builds a cell object for each of them.
import { strFromU8 } from 'fflate';
import { cappedInflate, InflateCapError } from '../../shared/zip/capped-inflate';
import {
  entryData,
  readZipDirectory,
  ZipDirectoryError,
  type ZipEntry,
} from '../../shared/zip/zip-directory';
import {
  MAX_ROSTER_COLUMNS,
  MAX_ROSTER_ROWS,
  MAX_XLSX_CELLS,
  MAX_XLSX_PART_BYTES,
  MAX_XLSX_PARTS,
  MAX_XLSX_TOTAL_BYTES,
  rosterRefusals,
} from './roster-limits';

/** Column number of letters such as A (1), Z (26), AA (27), XFD (16,384). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function unpack(bytes: Uint8Array, entry: ZipEntry, keep: boolean): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw rosterRefusals.damagedXlsx();
  try {
    // A part that unpacks to more than the directory says is damaged (or built to mislead).
    return cappedInflate(data, entry.size, { keep }).bytes;
  } catch (err) {
    if (err instanceof InflateCapError) throw rosterRefusals.damagedXlsx();
    throw rosterRefusals.damagedXlsx();
  }
}

const ROW = /<(?:\w+:)?row\b([^>]*)>/g;
const CELL = /<(?:\w+:)?c\b([^>]*)>/g;
const REF = /\br="([A-Z]{1,3})(\d+)"/;
const ROW_NUMBER = /\br="(\d+)"/;

function checkSheet(xml: string, cells: { count: number }): void {
  let rows = 0;
  for (const match of xml.matchAll(ROW)) {
    rows++;
    const number = Number(ROW_NUMBER.exec(match[1]!)?.[1] ?? rows);
    if (rows > MAX_ROSTER_ROWS || number > MAX_ROSTER_ROWS) throw rosterRefusals.tooManyRows();
  }
  for (const match of xml.matchAll(CELL)) {
    if (++cells.count > MAX_XLSX_CELLS) throw rosterRefusals.tooManyCells();
    const attrs = match[1]!;
    // A self-closing cell holds only formatting; one with content past the last usable column is refused.
    if (attrs.endsWith('/')) continue;
    const ref = REF.exec(attrs);
    if (ref && columnNumber(ref[1]!) > MAX_ROSTER_COLUMNS)
      throw rosterRefusals.tooManyColumns(ref[1]! + ref[2]!);
  }
}

/**
 * Checks an .xlsx against the roster limits without building it: parts and their sizes from the zip
 * directory, each part unpacked under a cap of its declared size, each sheet's rows, cells and columns.
 * @throws UserError naming the limit passed, or that the file is damaged.
 */
export function checkXlsx(bytes: Uint8Array): void {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, MAX_XLSX_PARTS);
  } catch (err) {
    if (err instanceof ZipDirectoryError && err.problem === 'too-many-entries')
      throw rosterRefusals.xlsxTooLarge();
    throw rosterRefusals.damagedXlsx();
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.size > MAX_XLSX_PART_BYTES) throw rosterRefusals.xlsxPartTooLarge(entry.name, entry.size);
    total += entry.size;
    if (total > MAX_XLSX_TOTAL_BYTES) throw rosterRefusals.xlsxTooLarge();
  }
  const cells = { count: 0 };
  for (const entry of entries) {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const data = (() => {
      try {
        return unpack(bytes, entry, sheet);
      } catch (err) {
        if (err instanceof ZipDirectoryError) throw rosterRefusals.damagedXlsx();
        throw err;
      }
    })();
    if (sheet) checkSheet(strFromU8(data), cells);
  }
}
