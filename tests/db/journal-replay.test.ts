// Opening a draft saves what closed tabs journalled, laid over what other tabs saved since (a revision keeps
// the state it overwrites); a living tab's journal is left to that tab.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, loadDraft, saveDraft } from '../../renderer/db/drafts';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { listRevisions } from '../../renderer/db/revisions';
import { createEditJournal, type KeyValueStore } from '../../renderer/features/editor/edit-journal';
import type { JournalMirror } from '../../renderer/features/editor/journal-mirror';
import { readDraft } from '../../renderer/features/editor/read-draft';
import { createTestDb } from './helpers/test-db';

let db: GrantDeskDb;
beforeEach(() => ({ db } = createTestDb()));

const applicant = { name: '衢州智造', address: '百灵北路18号', contactPerson: '郑晓燕' };

function sharedStorage(): { store: KeyValueStore; mirror: JournalMirror; map: Map<string, string> } {
  const map = new Map<string, string>();
  const store: KeyValueStore = {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
  const mirror: JournalMirror = {
    put: () => undefined,
    remove: () => undefined,
    list: async () => new Map(),
  };
  return { store, mirror, map };
}

async function setUp() {
  const draft = await createDraft(db, {
    policy: 'quzhou-2025',
    program: 'training-base',
    title: '实训基地',
    data: { applicant, data: {}, attachments: [] },
  });
  const storage = sharedStorage();
  const journalOf = (tab: string) =>
    createEditJournal(draft.id, {
      store: storage.store,
      mirror: storage.mirror,
      tabId: () => tab,
      now: () => 1,
    });
  // Tab A typed 地址 on the version it opened, then was closed before saving.
  journalOf('tabA').record(draft.updatedAt, { 'applicant.address': '百灵北路20号' });
  // Tab B saved 联系人 since.
  await saveDraft(
    db,
    draft.id,
    { data: { applicant: { ...applicant, contactPerson: '徐国平' }, data: {}, attachments: [] } },
    { baseUpdatedAt: draft.updatedAt },
  );
  return { draft, storage, journal: journalOf('tabC') };
}

describe('replaying journals on opening a draft', () => {
  it('a closed tab’s edit is saved over the later save of another tab, which a revision keeps', async () => {
    const { draft, storage, journal } = await setUp();
    const read = await readDraft(db, draft.id, {
      replayJournals: true,
      journal,
      whileTabClosed: async (_tab, fn) => (await fn(), true),
    });
    expect(read.editable.applicant).toEqual({
      ...applicant,
      address: '百灵北路20号',
      contactPerson: '徐国平',
    });
    const stored = await loadDraft(db, draft.id);
    expect((stored?.draft.data as { applicant: object }).applicant).toEqual(read.editable.applicant);
    expect(await listRevisions(db, draft.id)).toHaveLength(1);
    expect(storage.map.size).toBe(0);
  });

  it('a living tab’s journal is not replayed and stays for that tab', async () => {
    const { draft, storage, journal } = await setUp();
    const read = await readDraft(db, draft.id, {
      replayJournals: true,
      journal,
      whileTabClosed: async () => false,
    });
    expect(read.editable.applicant['address']).toBe('百灵北路18号');
    expect([...storage.map.keys()]).toEqual([`grantdesk.pending.${draft.id}.tabA`]);
  });
});
