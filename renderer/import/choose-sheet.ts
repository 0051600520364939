// A workbook with several sheets (the 申报汇总表: 申报表, then one sheet per roster): the sheet a
// roster is imported from is, unless the user picks another, the one whose header names its columns.
import { proposeMapping } from './column-mapping';
import type { ImportColumn } from './columns';
import type { NumericIdentifierCell } from './xlsx-read';

/** One worksheet as read: its name as Excel shows it on the tab, and its rows. */
export interface XlsxSheet {
  name: string;
  rows: string[][];
  longNumbers: NumericIdentifierCell[];
}

/**
 * The index of the sheet whose header matches the most of `columns` (found among its top rows as
 * the import dialog finds it); the first sheet when none names any, and the earlier one on a tie.
 */
export function chooseSheet(sheets: readonly XlsxSheet[], columns: readonly ImportColumn[]): number {
  let best = 0;
  let bestHits = 0;
  sheets.forEach((sheet, i) => {
    const proposed = proposeMapping(sheet.rows, columns, () => null);
    const hits = proposed.headerRow === 0 ? 0 : proposed.assignment.filter((k) => k !== null).length;
    if (hits > bestHits) [best, bestHits] = [i, hits];
  });
  return best;
}
