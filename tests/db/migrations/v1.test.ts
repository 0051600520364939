// Version 1: a database written by raw IndexedDB in the v1 shape opens with the current class.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GrantDeskDb } from '../../../renderer/db/grantdesk-db';
import { getApplicant } from '../../../renderer/db/applicants';
import { loadDraft } from '../../../renderer/db/drafts';
import { listDrafts } from '../../../renderer/db/draft-list';
import { listRevisions } from '../../../renderer/db/revisions';
import { listAttachments } from '../../../renderer/db/attachments';
import { listExports } from '../../../renderer/db/exports';
import { seedRawDatabase } from '../helpers/raw-idb';
import { CURRENT_VERSION } from '../../../renderer/db/versions';
import { V1_RAW_STORES } from './v1-shape';

const applicant = {
  id: 'a1',
  kind: 'school',
  name: '某某职业技术学院',
  code: '4132010001',
  profile: { address: '南京市' },
  updatedAt: 1,
};
const draft = {
  id: 'd1',
  policy: 'js-2025',
  program: 'apprenticeship',
  title: '2025 年学徒制补贴',
  status: 'printed',
  deadline: '2025-06-30',
  applicationDate: '2025-05-01',
  createdAt: 10,
  updatedAt: 20,
  applicantId: 'a1',
  data: { unit: { name: '某某职业技术学院' }, amountFen: 1200000 },
  statusHistory: [
    { status: 'draft', at: 10 },
    { status: 'ready', at: 15 },
    { status: 'printed', at: 20 },
  ],
  printedHash: 'a'.repeat(64),
};
const rows = [1, 0].map((order) => ({
  id: `r${order}`,
  draftId: 'd1',
  roster: 'apprentices',
  order,
  row: { name: `学徒${order}` },
}));

describe('schema version 1', () => {
  it('opens a v1 database written by raw IndexedDB and gives the typed rows back', async () => {
    await seedRawDatabase('migration-v1', 10, V1_RAW_STORES, {
      applicants: [applicant],
      drafts: [draft],
      rosterRows: rows,
      attachments: [
        {
          id: 'f1',
          draftId: 'd1',
          name: '营业执照.pdf',
          mime: 'application/pdf',
          size: 3,
          sha256: 'b'.repeat(64),
          blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }),
        },
      ],
      revisions: [
        {
          id: 'v1',
          draftId: 'd1',
          seq: 1,
          createdAt: 12,
          reason: 'edit',
          summary: '首个存档',
          snapshot: { draft: { ...draft, status: 'draft' }, rosterRows: rows },
        },
      ],
      exports: [{ id: 'e1', draftId: 'd1', at: 20, policyPackVersion: '2025.1', pdfSha256: 'a'.repeat(64) }],
    });
    const db = new GrantDeskDb({ name: 'migration-v1' });
    await db.open();
    // Dexie upgraded it to the current version (v2's own test checks what that upgrade adds).
    expect(db.backendDB().version).toBe(CURRENT_VERSION * 10);
    expect(await getApplicant(db, 'a1')).toEqual(applicant);
    const loaded = await loadDraft(db, 'd1');
    expect(loaded?.draft).toEqual(draft);
    expect(loaded?.rosterRows.map((r) => r.row)).toEqual([{ name: '学徒0' }, { name: '学徒1' }]);
    const page = await listDrafts(db);
    expect(page.items.map((d) => [d.id, d.applicantName])).toEqual([['d1', '某某职业技术学院']]);
    expect((await listRevisions(db, 'd1')).map((r) => r.summary)).toEqual(['首个存档']);
    expect((await listAttachments(db, 'd1')).map((a) => a.name)).toEqual(['营业执照.pdf']);
    expect((await listExports(db, 'd1')).map((e) => e.policyPackVersion)).toEqual(['2025.1']);
    db.close();
  });
});
