// A fresh fake-indexeddb database per test, with a controllable clock and readable ids.
import 'fake-indexeddb/auto';
import { GrantDeskDb } from '../../../renderer/db/grantdesk-db';

let databases = 0;

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

export const START = Date.UTC(2025, 2, 1, 1, 0, 0);

export function createTestDb(name = `test-${++databases}`): { db: GrantDeskDb; clock: TestClock } {
  let time = START;
  let ids = 0;
  const clock = { now: () => time, advance: (ms: number) => void (time += ms) };
  const db = new GrantDeskDb({ name, now: clock.now, newId: () => `id${String(++ids).padStart(4, '0')}` });
  return { db, clock };
}

/** Every row of every table, Blobs turned into their bytes, sorted by id: for before/after comparisons. */
export async function dumpDatabase(db: GrantDeskDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables()) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    const plain = await Promise.all(
      rows.map(async (row) => {
        const blob = row.blob;
        if (!(blob instanceof Blob)) return row;
        return {
          ...row,
          blob: { type: blob.type, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) },
        };
      }),
    );
    out[table.name] = plain.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}
