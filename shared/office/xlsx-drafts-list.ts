// The drafts list as one sheet: a line per chosen draft with its applicant, program, 文号, status,
// amount (a number, from the checker), deadline and last save; headers in the user's language.
import { sumFen } from '../money';
import { setDate, setMoney, setText, DATE_TIME_FORMAT } from './xlsx-cells';
import { newWorkbook, workbookBytes } from './xlsx-roster';

/** One draft as the summary lists it (texts already in the user's language). */
export interface DraftListLine {
  applicant: string;
  program: string;
  docNumber: string;
  status: string;
  /** The checker's amount; undefined while it cannot be computed. */
  amountFen: number | undefined;
  /** YYYY-MM-DD, or none. */
  deadline: string | null | undefined;
  /** The last save as the user's clock showed it, YYYY-MM-DDTHH:mm. */
  savedAt: string;
}

/** The words of the sheet, from the page's messages in the user's language. */
export interface DraftListTexts {
  title: string;
  /** Seven headers: 申报单位, 项目, 政策文号, 状态, 金额（元）, 截止日期, 最后保存. */
  headers: readonly [string, string, string, string, string, string, string];
  /** In the amount cell of a draft whose amount is not computed. */
  notComputed: string;
  /** The label of the total row. */
  total: string;
}

/** Where the header is (row 1 is the title). */
export const DRAFT_LIST_HEADER_ROW = 2;

function savedDate(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  // A wall-clock time as Excel keeps it: no zone, so written as the same fields in UTC.
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
}

/**
 * The chosen drafts as .xlsx: title, header, one row per draft (amount in yuan as a number shown
 * #,##0.00, deadline a date, last saved a date and time), then the total of the computed amounts.
 */
export async function buildDraftsListWorkbook(
  lines: readonly DraftListLine[],
  texts: DraftListTexts,
): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(texts.title.slice(0, 31).replace(/[:\\/?*[\]]/g, '_'), {
    views: [{ state: 'frozen', ySplit: DRAFT_LIST_HEADER_ROW }],
  });
  sheet.columns = [36, 24, 22, 10, 16, 12, 18].map((width) => ({ width }));
  const title = sheet.getCell(1, 1);
  setText(title, texts.title);
  title.font = { bold: true, size: 14 };
  const header = sheet.getRow(DRAFT_LIST_HEADER_ROW);
  texts.headers.forEach((h, i) => setText(header.getCell(i + 1), h));
  header.font = { bold: true };
  lines.forEach((line, i) => {
    const row = sheet.getRow(DRAFT_LIST_HEADER_ROW + 1 + i);
    [line.applicant, line.program, line.docNumber, line.status].forEach((t, c) =>
      setText(row.getCell(c + 1), t),
    );
    if (line.amountFen === undefined) setText(row.getCell(5), texts.notComputed);
    else setMoney(row.getCell(5), line.amountFen);
    if (line.deadline) setDate(row.getCell(6), line.deadline);
    const saved = savedDate(line.savedAt);
    if (saved) {
      row.getCell(7).value = saved;
      row.getCell(7).numFmt = DATE_TIME_FORMAT;
    } else setText(row.getCell(7), line.savedAt);
  });
  const total = sheet.getRow(DRAFT_LIST_HEADER_ROW + 1 + lines.length);
  setText(total.getCell(1), texts.total);
  total.font = { bold: true };
  setMoney(total.getCell(5), sumFen(lines.flatMap((l) => (l.amountFen === undefined ? [] : [l.amountFen]))));
  return workbookBytes(workbook);
}
