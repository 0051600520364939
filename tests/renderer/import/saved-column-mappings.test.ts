import { describe, expect, test } from 'vitest';
import type { ImportColumn } from '../../../renderer/import/columns';
import {
  columnMappingKey,
  loadColumnMapping,
  saveColumnMapping,
  type KeyValueStore,
} from '../../../renderer/import/saved-column-mappings';

const columns: ImportColumn[] = [
  { key: 'name', label: '姓名', required: true },
  { key: 'idNumber', label: '身份证号', required: true },
];
const header = ['学生姓名', '证件号', '备注'];

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('saved column mappings', () => {
  test('a saved assignment comes back for the same roster and headers only', () => {
    const store = memoryStore();
    expect(saveColumnMapping(store, 'internship:interns', header, ['name', 'idNumber', null])).toBe(true);
    expect(loadColumnMapping(store, 'internship:interns', [' 学生姓名', '证件号*', '备注'], columns)).toEqual(
      ['name', 'idNumber', null],
    );
    expect(loadColumnMapping(store, 'one-plus-x:students', header, columns)).toBeNull();
    expect(loadColumnMapping(store, 'internship:interns', ['学生姓名', '证件号'], columns)).toBeNull();
  });

  test('a stored mapping whose headers differ from its key (a hash collision) is not trusted', () => {
    const store = memoryStore();
    store.setItem(
      columnMappingKey('internship:interns', header),
      JSON.stringify({ header: ['姓名', '身份证号', '备注'], assignment: ['name', 'idNumber', null] }),
    );
    expect(loadColumnMapping(store, 'internship:interns', header, columns)).toBeNull();
  });

  test('a mapping to a field the roster no longer has, two columns on one field, or bad JSON is dropped', () => {
    const store = memoryStore();
    const key = columnMappingKey('internship:interns', header);
    const stored = (assignment: unknown[]) =>
      JSON.stringify({ header: ['学生姓名', '证件号', '备注'], assignment });
    store.setItem(key, stored(['name', 'idNumber', 'remark']));
    expect(loadColumnMapping(store, 'internship:interns', header, columns)).toBeNull();
    store.setItem(key, stored(['name', 'name', null]));
    expect(loadColumnMapping(store, 'internship:interns', header, columns)).toBeNull();
    store.setItem(key, '{not json');
    expect(loadColumnMapping(store, 'internship:interns', header, columns)).toBeNull();
  });

  test('a full storage does not throw: saving says it failed', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveColumnMapping(full, 'internship:interns', header, ['name', 'idNumber', null])).toBe(false);
  });
});
