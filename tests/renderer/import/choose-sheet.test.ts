// A 申报汇总表 exported by the app (申报表, then one sheet per roster) re-imports each roster from its
// own sheet: the dialog's default sheet is the one whose header names the roster's columns.
import { describe, expect, test } from 'vitest';
import { importRowSchema, tableRowSchema } from '../../../renderer/features/editor/cell-values';
import { chooseSheet } from '../../../renderer/import/choose-sheet';
import { proposeMapping, toKeyIndex } from '../../../renderer/import/column-mapping';
import { importRoster } from '../../../renderer/import/roster-import';
import { readXlsx } from '../../../renderer/import/xlsx-read';
import { checkForPrint } from '../../../shared/forms';
import { rosterTables } from '../../../shared/office/roster-columns';
import { buildDraftSummaryWorkbook, FORM_SHEET } from '../../../shared/office/xlsx-summary';
import { listExampleDrafts } from '../../../shared/policy/examples';
import { formTemplate } from '../../../templates';

const ASOF = '2026-11-23';

const cases = listExampleDrafts()
  .filter(({ program }) => rosterTables(program).length > 0)
  .map((e) => [`${e.policy} ${e.program}`, e] as const);

describe('the 申报汇总表 re-imported roster by roster', () => {
  test.each(cases)('%s: each roster comes from its own sheet, as the same rows', async (_name, e) => {
    const { check, source } = checkForPrint(e.draft, { today: ASOF });
    const bytes = await buildDraftSummaryWorkbook({
      draft: { ...e.draft, program: e.program },
      template: formTemplate(e.program),
      source: source!,
      amount: check.amount,
    });
    const { sheets, rows } = await readXlsx(bytes);
    const tables = rosterTables(e.program);
    expect(sheets.map((s) => s.name)).toEqual([FORM_SHEET, ...tables.map((t) => t.label.zh)]);
    // The first sheet is still what `rows` gives (a one-sheet file reads as before).
    expect(rows).toBe(sheets[0]!.rows);
    for (const [i, table] of tables.entries()) {
      const chosen = chooseSheet(sheets, table.columns);
      expect(sheets[chosen]!.name, table.field).toBe(table.label.zh);
      expect(chosen).toBe(i + 1);
      const sheet = sheets[chosen]!;
      const proposed = proposeMapping(sheet.rows, table.columns, () => null);
      const typed = table.columns.map((c): [string, (typeof c)['meta']] => [c.key, c.meta]);
      const schema = tableRowSchema(e.program, table.field, ASOF);
      const result = importRoster({
        rows: sheet.rows,
        columns: table.columns,
        rowSchema: importRowSchema(typed, schema),
        mapping: toKeyIndex(proposed.assignment),
        headerRow: proposed.headerRow,
        longNumbers: sheet.longNumbers,
        skipFooter: true,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const original = (e.draft['data'] as Record<string, Record<string, unknown>[]>)[table.field] ?? [];
      expect(result.rows).toEqual(original.map((r) => schema.parse(r)));
    }
  });

  test('a workbook whose sheets name none of the columns opens on its first sheet', () => {
    const table = rosterTables('internship')[0]!;
    const sheet = (name: string, header: string[]) => ({ name, rows: [header, ['x', 'y']], longNumbers: [] });
    expect(chooseSheet([sheet('说明', ['甲', '乙']), sheet('其他', ['丙', '丁'])], table.columns)).toBe(0);
    expect(
      chooseSheet([sheet('说明', ['甲', '乙']), sheet('名单', ['姓名', '身份证号'])], table.columns),
    ).toBe(1);
  });
});
