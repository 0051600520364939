// A roster cell typed into but never committed (the page went before Enter/Tab) is journalled with its row and
// column; opening the draft again commits it when it reads as the column's kind, and otherwise keeps the row's
// value and hands the text back so the grid opens the cell with it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, loadDraft } from '../../renderer/db/drafts';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createEditJournal, type KeyValueStore } from '../../renderer/features/editor/edit-journal';
import type { JournalMirror } from '../../renderer/features/editor/journal-mirror';
import { readDraft } from '../../renderer/features/editor/read-draft';
import { createTestDb } from './helpers/test-db';

let db: GrantDeskDb;
beforeEach(() => ({ db } = createTestDb()));

function memoryStore(): { store: KeyValueStore; map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    store: {
      get length() {
        return map.size;
      },
      key: (i) => [...map.keys()][i] ?? null,
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    },
  };
}
const noMirror: JournalMirror = {
  put: () => undefined,
  remove: () => undefined,
  list: async () => new Map(),
};

async function setUp() {
  const draft = await createDraft(db, {
    policy: 'quzhou-2025',
    program: 'training-base',
    title: '实训基地',
    data: { applicant: {}, data: {}, attachments: [] },
    rosters: {
      partnerSchools: [
        { id: 'r1', row: { name: '衢州职业技术学院', agreementDate: '2025-01-15' } },
        { id: 'r2', row: { name: '衢州中等专业学校', agreementDate: '2025-03-01' } },
      ],
    },
  });
  const { store, map } = memoryStore();
  const journal = createEditJournal(draft.id, { store, mirror: noMirror, tabId: () => 'tabA', now: () => 1 });
  return { draft, journal, map };
}

const rowsOf = async (id: string) =>
  (await loadDraft(db, id))!.rosterRows.filter((r) => r.roster === 'partnerSchools').map((r) => r.row);

describe('a cell typed into but not committed when the page went', () => {
  it('is committed on opening when it reads (a date typed 2025年6月30日 → 2025-06-30), by its row id', async () => {
    const { draft, journal, map } = await setUp();
    journal.record(draft.updatedAt, {}, [
      { table: 'partnerSchools', rowId: 'r2', row: 1, col: 'agreementDate', text: '2025年6月30日' },
    ]);
    expect(map.size).toBe(1);
    const read = await readDraft(db, draft.id, { replayJournals: true, journal });
    expect(read.openCells).toBeUndefined();
    expect(await rowsOf(draft.id)).toEqual([
      { name: '衢州职业技术学院', agreementDate: '2025-01-15' },
      { name: '衢州中等专业学校', agreementDate: '2025-06-30' },
    ]);
    expect(map.size).toBe(0);
  });

  it('with the journalled table edits of the same page: both are saved, the cell over its row', async () => {
    const { draft, journal } = await setUp();
    const rows = [
      { _rowId: 'r1', name: '衢州职业技术学院', agreementDate: '2025-01-15' },
      { _rowId: 'r3', name: '江山职业学校' },
    ];
    journal.record(draft.updatedAt, { 'data.partnerSchools': rows }, [
      { table: 'partnerSchools', rowId: 'r3', row: 1, col: 'name', text: '江山中等职业学校' },
    ]);
    await readDraft(db, draft.id, { replayJournals: true, journal });
    expect(await rowsOf(draft.id)).toEqual([
      { name: '衢州职业技术学院', agreementDate: '2025-01-15' },
      { name: '江山中等职业学校' },
    ]);
  });

  it('does not read (2025-02-30): the row keeps its value and the text comes back as the open cell', async () => {
    const { draft, journal, map } = await setUp();
    const cell = { table: 'partnerSchools', rowId: 'r1', row: 0, col: 'agreementDate', text: '2025-02-30' };
    journal.record(draft.updatedAt, {}, [cell]);
    const read = await readDraft(db, draft.id, { replayJournals: true, journal });
    expect(read.openCells).toEqual([cell]);
    expect((await rowsOf(draft.id))[0]).toEqual({ name: '衢州职业技术学院', agreementDate: '2025-01-15' });
    expect(map.size).toBe(0);
  });

  it('whose row was deleted since is dropped, and nothing else changes', async () => {
    const { draft, journal } = await setUp();
    journal.record(draft.updatedAt, {}, [
      { table: 'partnerSchools', rowId: 'gone', row: 5, col: 'name', text: '某学校' },
    ]);
    const before = await loadDraft(db, draft.id);
    const read = await readDraft(db, draft.id, { replayJournals: true, journal });
    expect(read.openCells).toBeUndefined();
    expect((await loadDraft(db, draft.id))!.draft.updatedAt).toBe(before!.draft.updatedAt);
  });
});
