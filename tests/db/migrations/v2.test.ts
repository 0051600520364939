// Version 2: a v1 database (seeded by raw IndexedDB in the v1 shape) upgrades; its roster rows become
// searchable by name and ID number, its attachments are present files, its applicants found by code.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GrantDeskDb } from '../../../renderer/db/grantdesk-db';
import { listDrafts } from '../../../renderer/db/draft-list';
import { listAttachments, removeAttachment } from '../../../renderer/db/attachments';
import { loadDraft } from '../../../renderer/db/drafts';
import { CURRENT_VERSION } from '../../../renderer/db/versions';
import { seedRawDatabase } from '../helpers/raw-idb';
import { V1_RAW_STORES } from './v1-shape';

const ID = '33080219900307123X';
const applicant = {
  id: 'a1',
  kind: 'enterprise',
  name: '衢州智造精工机械有限公司',
  code: '91330803MA2DK7Q30T',
  profile: { address: '衢州市' },
  updatedAt: 1,
};
const draft = (id: string, title: string, applicantId?: string) => ({
  id,
  policy: 'quzhou-2025',
  program: 'internship',
  title,
  status: 'draft',
  deadline: null,
  applicationDate: '2025-10-20',
  createdAt: 10,
  updatedAt: 20,
  ...(applicantId ? { applicantId } : {}),
  data: { applicant: { name: '某公司' }, data: {}, attachments: [] },
  statusHistory: [{ status: 'draft', at: 10 }],
});
const file = {
  id: 'f1',
  draftId: 'd1',
  name: '营业执照.pdf',
  mime: 'application/pdf',
  size: 3,
  sha256: 'b'.repeat(64),
  blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }),
};

describe('schema version 2', () => {
  it('upgrades v1: rosters searchable by name and ID, attachments present, applicants by code', async () => {
    await seedRawDatabase('migration-v2', 10, V1_RAW_STORES, {
      applicants: [applicant],
      drafts: [draft('d1', '实习补贴', 'a1'), draft('d2', '另一份')],
      rosterRows: [
        { id: 'r1', draftId: 'd1', roster: 'interns', order: 0, row: { name: '王小明', idNumber: ID } },
        { id: 'r2', draftId: 'd2', roster: 'interns', order: 0, row: { name: '李四', idNumber: '1' } },
      ],
      attachments: [file],
      revisions: [],
      exports: [],
    });
    const db = new GrantDeskDb({ name: 'migration-v2' });
    await db.open();
    expect(db.backendDB().version).toBe(CURRENT_VERSION * 10);
    const rows = (await db.rosterRows.orderBy('id').toArray()) as unknown as { terms: string[] }[];
    expect(rows.map((r) => r.terms)).toEqual([
      ['王小明', ID],
      ['李四', '1'],
    ]);
    const ids = async (search: string) => (await listDrafts(db, { search })).items.map((d) => d.id);
    expect(await ids(ID.toLowerCase())).toEqual(['d1']);
    expect(await ids('王小明')).toEqual(['d1']);
    expect(await ids('91330803MA2DK7Q30T')).toEqual(['d1']);
    expect(await db.applicants.where('code').equals(applicant.code).primaryKeys()).toEqual(['a1']);
    // A v1 file is a present file; removed, it is kept (soft) and no longer listed.
    expect((await listAttachments(db, 'd1')).map((a) => a.name)).toEqual(['营业执照.pdf']);
    await removeAttachment(db, 'f1');
    expect(await listAttachments(db, 'd1')).toEqual([]);
    expect((await db.attachments.get('f1'))?.removedAt).toBeTypeOf('number');
    // The rows themselves read back as they were written.
    expect((await loadDraft(db, 'd1'))?.rosterRows.map((r) => r.row)).toEqual([
      { name: '王小明', idNumber: ID },
    ]);
    db.close();
  });
});
