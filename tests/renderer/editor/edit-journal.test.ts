// The crash journal is per draft and per tab: one tab never clears another's, a killed browser's missing
// localStorage copy is made up by the IndexedDB mirror, and an entry too large for localStorage says so.
import { describe, expect, it } from 'vitest';
import {
  MAX_LOCAL_CHARS,
  createEditJournal,
  type JournalDeps,
  type KeyValueStore,
} from '../../../renderer/features/editor/edit-journal';
import type { JournalMirror } from '../../../renderer/features/editor/journal-mirror';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > MAX_LOCAL_CHARS) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

function memoryMirror(): JournalMirror & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    put: (k, v) => void map.set(k, v),
    remove: (k) => void map.delete(k),
    list: async (prefix) => new Map([...map].filter(([k]) => k.startsWith(prefix))),
  };
}

function tab(id: string, store: KeyValueStore, mirror: JournalMirror, at = { t: 1000 }): JournalDeps {
  return { store, mirror, tabId: () => id, now: () => ++at.t };
}

describe('the crash journal', () => {
  it('keys each entry by draft and tab; one tab clearing its entry leaves the other tab’s', async () => {
    const store = memoryStore();
    const mirror = memoryMirror();
    const a = createEditJournal('d1', tab('tabA', store, mirror));
    const b = createEditJournal('d1', tab('tabB', store, mirror));
    expect(a.record(5, { 'applicant.address': '百灵北路20号' })).toBe(true);
    expect(b.record(5, { 'applicant.contactPerson': '徐国平' })).toBe(true);
    expect([...store.map.keys()].sort()).toEqual(['grantdesk.pending.d1.tabA', 'grantdesk.pending.d1.tabB']);
    a.clear();
    expect([...store.map.keys()]).toEqual(['grantdesk.pending.d1.tabB']);
    expect([...mirror.map.keys()]).toEqual(['grantdesk.pending.d1.tabB']);
    const found = await a.leftovers();
    expect(found.map((f) => [f.tab, f.own])).toEqual([['tabB', false]]);
    expect(found[0]?.entry).toMatchObject({
      tab: 'tabB',
      base: 5,
      values: { 'applicant.contactPerson': '徐国平' },
    });
  });

  it('a killed browser lost localStorage: the mirror’s copy is found; the newer copy wins', async () => {
    const store = memoryStore();
    const mirror = memoryMirror();
    const a = createEditJournal('d1', tab('tabA', store, mirror));
    a.record(5, { 'applicant.address': '一' });
    const older = store.map.get('grantdesk.pending.d1.tabA')!;
    a.record(5, { 'applicant.address': '二' });
    store.map.set('grantdesk.pending.d1.tabA', older); // what reached the disk before the kill
    expect((await a.leftovers())[0]?.entry).toMatchObject({ values: { 'applicant.address': '二' } });
    store.map.clear();
    expect((await a.leftovers())[0]?.entry).toMatchObject({ values: { 'applicant.address': '二' } });
  });

  it('a roster over the localStorage limit is journalled whole in the mirror and reported for saving at once', async () => {
    const store = memoryStore();
    const mirror = memoryMirror();
    const a = createEditJournal('d1', tab('tabA', store, mirror));
    const rows = Array.from({ length: 40_000 }, (_, i) => ({
      name: `学生${i}`,
      idNumber: '330802200501010011',
    }));
    const values = { 'data.interns': rows, 'applicant.address': '百灵北路20号' };
    expect(JSON.stringify(values).length).toBeGreaterThan(MAX_LOCAL_CHARS);
    expect(a.record(5, values)).toBe(false);
    const local = JSON.parse(store.map.get('grantdesk.pending.d1.tabA')!) as {
      values: object;
      partial: string[];
    };
    expect(local).toMatchObject({
      values: { 'applicant.address': '百灵北路20号' },
      partial: ['data.interns'],
    });
    const found = (await a.leftovers())[0]?.entry as { values: Record<string, unknown[]> };
    expect(found.values['data.interns']).toHaveLength(40_000);
  });

  it('still finds a journal written before entries had tabs', async () => {
    const store = memoryStore();
    store.setItem('grantdesk.pending.d1', JSON.stringify({ at: 9, patch: { title: '旧' } }));
    const found = await createEditJournal('d1', tab('tabA', store, memoryMirror())).leftovers();
    expect(found.map((f) => [f.own, f.entry])).toEqual([[true, { at: 9, patch: { title: '旧' } }]]);
    found[0]?.forget();
    expect(store.map.size).toBe(0);
  });
});
