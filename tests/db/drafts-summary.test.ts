// 导出汇总 as the drafts list runs it: 20 stored drafts loaded from IndexedDB (fake), written in English,
// read back with exceljs; every amount is checkDraft's of the draft as it was created.
import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildDraftsSummary, localMinute } from '../../renderer/export/drafts-summary';
import { exportMessages } from '../../renderer/export/export-messages';
import { asEnvelope, createDraftFromEnvelope } from '../../renderer/features/drafts/create-draft';
import { checkDraft } from '../../shared/policy/engine';
import { listExampleDrafts } from '../../shared/policy/examples';
import { getPack, PROGRAM_SPECS } from '../../shared/policy/registry';
import { START, createTestDb } from './helpers/test-db';

describe('drafts summary from the database', () => {
  test('20 drafts in English: applicant, program, 文号, status, the checker’s amount, last saved', async () => {
    const { db } = createTestDb('drafts-summary');
    const examples = listExampleDrafts();
    const ids: string[] = [];
    const expected: {
      applicant: string;
      program: string;
      docNumber: string;
      amountFen: number | undefined;
    }[] = [];
    for (const { draft, policy, program } of examples) {
      const envelope = { ...asEnvelope(draft), attachments: [] };
      ids.push((await createDraftFromEnvelope(db, envelope, { lang: 'en' })).id);
      expected.push({
        applicant: (draft['applicant'] as { name: string }).name,
        program: PROGRAM_SPECS[program].title.en,
        docNumber: getPack(policy)!.docNumber,
        amountFen: checkDraft({ ...draft, attachments: [] }).amount.amountFen,
      });
    }
    expect(ids).toHaveLength(20);
    expect(expected.filter((e) => e.amountFen !== undefined).length).toBeGreaterThan(0);

    const bytes = await buildDraftsSummary(db, ids, 'en', exportMessages.en);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Applications summary (20)');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Applicant',
      'Program',
      'Policy document no.',
      'Status',
      'Amount (yuan)',
      'Deadline',
      'Last saved',
    ]);
    const saved = localMinute(START);
    expected.forEach((e, i) => {
      const row = sheet.getRow(3 + i);
      expect([
        row.getCell(1).value,
        row.getCell(2).value,
        row.getCell(3).value,
        row.getCell(4).value,
      ]).toEqual([e.applicant, e.program, e.docNumber, 'Draft']);
      const amount = row.getCell(5).value;
      if (e.amountFen === undefined) expect(amount).toBe('Not computed');
      else expect(Math.round((amount as number) * 100)).toBe(e.amountFen);
      expect((row.getCell(7).value as Date).toISOString().slice(0, 16)).toBe(saved);
    });
    expect(sheet.getCell('A23').value).toBe('Total');
  });
});
