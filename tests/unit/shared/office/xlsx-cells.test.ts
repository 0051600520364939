// What an exported roster's XML really says: formula-like text is a string cell, never a formula;
// identifiers are text; amounts numbers with #,##0.00; dates date serials with a date format.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { rosterTables } from '../../../../shared/office/roster-columns';
import { buildRosterWorkbook } from '../../../../shared/office/xlsx-roster';

interface XmlCell {
  ref: string;
  style: number;
  type: string | undefined;
  value: string | undefined;
  formula: boolean;
}

/** The cells of the first sheet, with shared strings resolved and each cell's number format code. */
function readSheet(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1]!)).join(''),
  );
  const styles = text('xl/styles.xml');
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      Number(m[1]),
      decode(m[2]!),
    ]),
  );
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g),
  ].map((m) => Number(/numFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0));
  const sheet = text('xl/worksheets/sheet1.xml');
  const cells = [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(
    (m): XmlCell => {
      const attrs = m[2] ?? '';
      const body = m[3] ?? '';
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      return {
        ref: m[1]!,
        style: Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0),
        type,
        value:
          type === 's' && raw !== undefined
            ? shared[Number(raw)]
            : raw === undefined
              ? undefined
              : decode(raw),
        formula: /<f[\s>]/.test(body),
      };
    },
  );
  const format = (cell: XmlCell) => {
    const id = xfs[cell.style] ?? 0;
    return formats.get(id) ?? BUILTIN_FORMATS[id] ?? `builtin ${id}`;
  };
  return { cells, format, sheet, byRef: new Map(cells.map((c) => [c.ref, c])) };
}

// Excel's built-in number formats that exceljs refers to by id instead of writing them out.
const BUILTIN_FORMATS: Readonly<Record<number, string>> = { 0: 'General', 4: '#,##0.00', 49: '@' };

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

const investments = rosterTables('training-base').find((t) => t.field === 'investments')!;
const interns = rosterTables('internship').find((t) => t.field === 'interns')!;

describe('exported roster cells', () => {
  test('text opening with = + - @ tab or CR is a string cell with the Text format, never a formula', async () => {
    const hostile = [
      '=1+1',
      '+SUM(A1:A3)',
      '-2+3',
      '@SUM(A1)',
      '\t=HYPERLINK("x")',
      '\r=1',
      '=cmd|"/c calc"!A0',
    ];
    const rows = hostile.map((name) => ({
      name,
      idNumber: '-110105194912310021',
      school: '@学校',
      major: '机电',
    }));
    const { cells, format, sheet } = readSheet(
      await buildRosterWorkbook(interns, rows, { applicant: '=申报单位' }),
    );
    expect(sheet).not.toMatch(/<f[\s>]/);
    for (const [i, text] of hostile.entries()) {
      const cell = cells.find((c) => c.ref === `A${4 + i}`)!;
      expect(cell.type).toBe('s');
      expect(cell.value).toBe(text);
      expect(cell.formula).toBe(false);
      expect(format(cell)).toBe('@');
      const school = cells.find((c) => c.ref === `C${4 + i}`)!;
      expect([school.type, school.value, format(school)]).toEqual(['s', '@学校', '@']);
    }
    // The 申报单位 line starts with its label, so it is plain text.
    expect(cells.find((c) => c.ref === 'A2')).toMatchObject({ type: 's', value: '申报单位：=申报单位' });
  });

  test('identifiers are text, amounts numbers shown #,##0.00, dates real dates', async () => {
    const rows = [
      {
        category: 'equipment',
        name: '数控车床',
        amountFen: 123_456_789,
        invoiceNumber: '012345678901234567890',
        invoiceDate: '2025-03-01',
      },
    ];
    const { byRef, format } = readSheet(
      await buildRosterWorkbook(investments, rows, { applicant: '某公司' }),
    );
    expect(byRef.get('A3')).toMatchObject({ type: 's', value: '类别*' });
    const amount = byRef.get('C4')!;
    expect([amount.type, amount.value, format(amount)]).toEqual([undefined, '1234567.89', '#,##0.00']);
    const invoice = byRef.get('D4')!;
    expect([invoice.type, invoice.value, format(invoice)]).toEqual(['s', '012345678901234567890', '@']);
    const date = byRef.get('E4')!;
    // 2025-03-01 is day 45717 of Excel's 1900 system.
    expect([date.type, date.value, format(date)]).toEqual([undefined, '45717', 'yyyy-mm-dd']);
    const id = readSheet(
      await buildRosterWorkbook(interns, [{ name: '张三', idNumber: '330802199803152010' }], {
        applicant: '',
      }),
    ).byRef.get('B4')!;
    expect([id.type, id.value]).toEqual(['s', '330802199803152010']);
  });
});
