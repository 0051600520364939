// Version 3: a v2 database (seeded by raw IndexedDB in the v2 shape) upgrades; its drafts read as before,
// unpinned (the bundled pack version), and imported policy packs can be stored, found, removed and brought back.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GrantDeskDb } from '../../../renderer/db/grantdesk-db';
import { CURRENT_VERSION } from '../../../renderer/db/versions';
import { listDrafts } from '../../../renderer/db/draft-list';
import { loadDraft } from '../../../renderer/db/drafts';
import { getStoredPack, listStoredPacks, removePack, storePack } from '../../../renderer/db/packs';
import { seedRawDatabase } from '../helpers/raw-idb';
import { V2_RAW_STORES } from './v2-shape';

const draft = {
  id: 'd1',
  policy: 'quzhou-2025',
  program: 'internship',
  title: '实习补贴',
  status: 'draft',
  deadline: null,
  applicationDate: '2025-10-20',
  createdAt: 10,
  updatedAt: 20,
  data: { applicant: { name: '某公司' }, data: {}, attachments: [] },
  statusHistory: [{ status: 'draft', at: 10 }],
};
const files = { 'pack.yaml': 'id: "xx-2026"\nversion: "1"\n', 'source.txt': '第一条 ……' };

describe('schema version 3', () => {
  it('upgrades v2: drafts as they were, unpinned; packs stored by pack and version', async () => {
    await seedRawDatabase('migration-v3', 20, V2_RAW_STORES, {
      applicants: [],
      drafts: [draft],
      rosterRows: [
        { id: 'r1', draftId: 'd1', roster: 'interns', order: 0, row: { name: '王小明' }, terms: ['王小明'] },
      ],
      attachments: [],
      revisions: [],
      exports: [],
    });
    let time = 1000;
    let ids = 0;
    const db = new GrantDeskDb({ name: 'migration-v3', now: () => time, newId: () => `p${++ids}` });
    await db.open();
    expect(CURRENT_VERSION).toBe(3);
    expect(db.backendDB().version).toBe(30);
    const loaded = await loadDraft(db, 'd1');
    expect(loaded?.draft).toEqual(draft);
    expect(loaded?.draft.policyVersion).toBeUndefined();
    expect(loaded?.rosterRows.map((r) => r.row)).toEqual([{ name: '王小明' }]);
    expect((await listDrafts(db, { search: '王小明' })).items.map((d) => d.id)).toEqual(['d1']);

    const first = await storePack(db, { packId: 'xx-2026', version: '1', files });
    expect(first.outcome).toBe('added');
    expect(first.row).toMatchObject({ id: 'p1', packId: 'xx-2026', version: '1', importedAt: 1000 });
    expect(first.row.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The same files again change nothing; other files under the same version are refused by name.
    expect((await storePack(db, { packId: 'xx-2026', version: '1', files })).outcome).toBe('unchanged');
    await expect(
      storePack(db, { packId: 'xx-2026', version: '1', files: { ...files, 'source.txt': '改过' } }),
    ).rejects.toThrow('政策包 xx-2026 的版本 1 已导入过，但内容不同。请在 pack.yaml 中提高版本号后再导入。');
    time = 2000;
    await storePack(db, { packId: 'xx-2026', version: '2', files: { ...files, 'tests.yaml': 'cases: []' } });
    expect((await listStoredPacks(db)).map((p) => p.version)).toEqual(['1', '2']);

    // Removed: gone from the list, still readable for pinned drafts; imported again, it is back.
    await removePack(db, 'p1');
    expect((await listStoredPacks(db)).map((p) => p.version)).toEqual(['2']);
    expect((await getStoredPack(db, 'xx-2026', '1'))?.removedAt).toBe(2000);
    expect((await listStoredPacks(db, { includeRemoved: true })).length).toBe(2);
    expect((await storePack(db, { packId: 'xx-2026', version: '1', files })).outcome).toBe('restored');
    expect((await listStoredPacks(db)).map((p) => p.version)).toEqual(['1', '2']);
    db.close();
  });
});
