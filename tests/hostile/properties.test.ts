// Property tests of the readers users feed: whatever the bytes, each ends with its result or its
// named refusal (UserError, BackupError, FormError), never a raw exception.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { readBackup } from '../../renderer/backup/read-backup';
import { readRosterFile } from '../../renderer/features/editor/read-roster-file';
import { parseDelimited } from '../../renderer/import/delimited';
import { prepareAttachments } from '../../shared/forms/attachment-pages';
import { extractDraftFromPdf } from '../../shared/forms';
import { draftSchema, PROGRAM_IDS } from '../../shared/schemas';

const NAMED = new Set(['UserError', 'BackupError', 'FormError']);

/** Runs `read`; a throw is returned as its class name (so the property can say which it was). */
async function outcome(read: () => unknown): Promise<string> {
  try {
    await read();
    return 'ok';
  } catch (err) {
    return err instanceof Error ? err.name : typeof err;
  }
}

const named = (name: string) => name === 'ok' || NAMED.has(name);

/** Bytes that start like the real thing, then anything; or the real thing with some bytes changed. */
const mutated = (good: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((edits) => {
      const copy = good.slice();
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    });
const prefixed = (magic: number[]) =>
  fc.uint8Array({ maxLength: 400 }).map((tail) => new Uint8Array([...magic, ...tail]));

let goodXlsx: Uint8Array;
let goodPdf: Uint8Array;
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('名单').addRows([
    ['姓名', '身份证号'],
    ['张三', '11010519491231002X'],
  ]);
  goodXlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const doc = await PDFDocument.create();
  doc.addPage().drawText('x');
  goodPdf = await doc.save({ useObjectStreams: false });
});

describe('the roster reader', () => {
  test('CSV text of any characters parses or is refused by name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '张', ',', '"', '\n', '\r', '\t', ' ', '\u3000') }),
        (text) => {
          try {
            const rows = parseDelimited(text, ',', { keepEmptyRows: true });
            expect(rows.every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
          } catch (err) {
            expect((err as Error).name).toBe('UserError');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('any bytes named .csv or .xlsx, and a damaged .xlsx, read or are refused by name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ name: fc.constant('名单.csv'), bytes: fc.uint8Array({ maxLength: 2000 }) }),
          fc.record({ name: fc.constant('名单.xlsx'), bytes: prefixed([0x50, 0x4b, 0x03, 0x04]) }),
          fc.record({ name: fc.constant('名单.xlsx'), bytes: mutated(goodXlsx) }),
        ),
        async (file) => {
          expect(named(await outcome(() => readRosterFile(file)))).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);
});

describe('the backup reader', () => {
  test('any zip of any entries, and any bytes, read or are refused with a BackupError', async () => {
    const entries = fc.dictionary(
      fc.constantFrom('manifest.json', 'drafts/a.json', 'applicants/b.json', 'attachments/c', 'x/../y', ''),
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        fc.json().map((j) => new TextEncoder().encode(j)),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          entries.map((e) => zipSync(e)),
          fc.uint8Array({ maxLength: 500 }),
          entries.map((e) => zipSync(e)).chain((zip) => (zip.length > 0 ? mutated(zip) : fc.constant(zip))),
        ),
        async (bytes) => {
          const name = await outcome(() => readBackup(bytes));
          expect(name === 'BackupError' || name === 'ok').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('the PDF attachment reader', () => {
  test('bytes that start like a PDF, PNG or JPEG, and a damaged PDF, are read or refused by name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            mime: fc.constant('application/pdf'),
            bytes: prefixed([0x25, 0x50, 0x44, 0x46, 0x2d]),
          }),
          fc.record({ mime: fc.constant('application/pdf'), bytes: mutated(goodPdf) }),
          fc.record({
            mime: fc.constant('image/png'),
            bytes: prefixed([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          }),
          fc.record({ mime: fc.constant('image/jpeg'), bytes: prefixed([0xff, 0xd8, 0xff]) }),
        ),
        async ({ mime, bytes }) => {
          const file = { name: '附件', mime, bytes };
          expect(named(await outcome(() => prepareAttachments([file])))).toBe(true);
          if (mime === 'application/pdf')
            expect(named(await outcome(() => extractDraftFromPdf(bytes)))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('the draft schema', () => {
  test('any JSON value, and any draft-shaped object, is parsed or refused with issues, never thrown', () => {
    const draftLike = fc.record({
      format: fc.constantFrom('grantdesk/draft@1', 'x'),
      id: fc.string(),
      policy: fc.constantFrom('quzhou-2025', 'jining-2025', 'nowhere'),
      program: fc.constantFrom(...PROGRAM_IDS),
      applicationDate: fc.oneof(fc.string(), fc.constant('2025-02-30'), fc.constant('2025-10-20')),
      applicant: fc.object(),
      data: fc.object({ maxDepth: 3 }),
      attachments: fc.array(fc.object(), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAM_IDS), fc.oneof(fc.jsonValue(), draftLike), (program, value) => {
        const parsed = draftSchema(program).safeParse(value);
        if (!parsed.success) expect(parsed.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
