// Every roster of every example draft goes out as .xlsx and comes back through the import dialog's own
// steps (read, header found among the top rows, mapping by header text, row schema) as the same rows.
import { describe, expect, test } from 'vitest';
import { formLayout } from '../../../renderer/features/editor/form-layout';
import { importRowSchema, tableRowSchema } from '../../../renderer/features/editor/cell-values';
import { proposeMapping, toKeyIndex } from '../../../renderer/import/column-mapping';
import { importRoster } from '../../../renderer/import/roster-import';
import { readXlsx } from '../../../renderer/import/xlsx-read';
import { buildRosterTemplate } from '../../../renderer/import/xlsx-template';
import { listExampleDrafts } from '../../../shared/policy/examples';
import { rosterColumns, rosterTables } from '../../../shared/office/roster-columns';
import { buildRosterWorkbook, ROSTER_HEADER_ROW } from '../../../shared/office/xlsx-roster';
import type { ProgramId } from '../../../shared/schemas';

const ASOF = '2026-11-23';

/** The import as the dialog runs it on a file, with no saved mapping. */
async function reimport(bytes: Uint8Array, program: ProgramId, field: string) {
  const table = rosterTables(program).find((t) => t.field === field)!;
  const { rows, longNumbers } = await readXlsx(bytes);
  const proposed = proposeMapping(rows, table.columns, () => null);
  const typed = table.columns.map((c): [string, (typeof c)['meta']] => [c.key, c.meta]);
  const rowSchema = importRowSchema(typed, tableRowSchema(program, field, ASOF));
  const result = importRoster({
    rows,
    columns: table.columns,
    rowSchema,
    mapping: toKeyIndex(proposed.assignment),
    headerRow: proposed.headerRow,
    longNumbers,
    skipFooter: true,
  });
  return { proposed, result, rows };
}

const cases = listExampleDrafts().flatMap(({ policy, program, draft }) =>
  rosterTables(program).map((t) => ({ policy, program, draft, table: t })),
);

describe('roster export round trip', () => {
  test('the rosters are the tables the editor lays out, with the same columns', () => {
    for (const program of new Set(cases.map((c) => c.program))) {
      const editor = formLayout(program).flatMap((s) => s.tables);
      const mine = rosterTables(program);
      expect(mine.map((t) => t.key)).toEqual(editor.map((t) => t.key));
      mine.forEach((t, i) => expect(t.columns).toEqual(rosterColumns(editor[i]!.columns)));
    }
  });

  test.each(cases.map((c) => [`${c.policy} ${c.program} ${c.table.field}`, c] as const))(
    '%s re-imports to the same rows',
    async (_name, { program, draft, table }) => {
      const data = (draft as { data: Record<string, Record<string, unknown>[]> }).data;
      const original = data[table.field] ?? [];
      expect(original.length).toBeGreaterThan(0);
      const applicant = (draft as { applicant: { name: string } }).applicant.name;
      const bytes = await buildRosterWorkbook(table, original, { applicant });
      const { proposed, result, rows } = await reimport(bytes, program, table.field);
      expect(proposed.headerRow).toBe(ROSTER_HEADER_ROW);
      expect(rows[0]).toEqual([table.label.zh]);
      expect(rows[1]).toEqual([`申报单位：${applicant}`]);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const schema = tableRowSchema(program, table.field, ASOF);
      expect(result.rows).toEqual(original.map((r) => schema.parse(r)));
      // The header is the blank template's, cell for cell.
      const template = await readXlsx(await buildRosterTemplate(table.label.zh, table.columns));
      expect(rows[ROSTER_HEADER_ROW - 1]).toEqual(template.rows[0]);
    },
  );
});
