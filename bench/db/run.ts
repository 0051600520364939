// Storage benchmark: prints figures, asserts nothing. Run: npx tsx bench/db/run.ts
import 'fake-indexeddb/auto';
import { loadStorageApi, type BenchDb } from './storage-api';

const {
  GrantDeskDb,
  REVISION_IDLE_MS,
  createDraft,
  saveDraft,
  listDrafts,
  addAttachment,
  exportBackup,
  restoreBackup,
} = await loadStorageApi();

let offset = 0;
const now = (): number => Date.now() + offset;
let dbCount = 0;
const openDb = (): BenchDb => new GrantDeskDb({ name: `bench-${++dbCount}`, now });

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(fn))[1]);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function draftData(i: number): Record<string, unknown> {
  return {
    unit: { name: `单位 ${i}`, code: `91320000${i}`, address: '江苏省南京市玄武区某某路 1 号' },
    contact: { name: '张老师', phone: '025-0000000' },
    items: Array.from({ length: 10 }, (_, k) => ({ label: `项目 ${k}`, amountFen: 100_000 * k })),
  };
}

function rosterOf(n: number, tag = ''): { row: Record<string, unknown> }[] {
  return Array.from({ length: n }, (_, k) => ({
    row: {
      name: `学员${k}${tag}`,
      idNumber: `32010219990101${String(k).padStart(4, '0')}`,
      major: '数控技术',
      months: 6,
    },
  }));
}

function randomBytes(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(out.subarray(at, at + 65_536));
  return out;
}

async function listBench(): Promise<void> {
  const db = openDb();
  const [, seedMs] = await time(async () => {
    for (let i = 0; i < 10_000; i++) {
      await createDraft(db, {
        policy: i % 2 ? 'js-2025' : 'zj-2025',
        program: ['internship', 'apprenticeship', 'teachers'][i % 3]!,
        title: `2025 年申报 ${i}`,
        data: draftData(i),
      });
    }
  });
  console.log(
    `10,000 drafts created one by one with createDraft: ${ms(seedMs)} (${ms(seedMs / 10_000)} each)`,
  );
  console.log(
    `  first page (50, by updatedAt): median ${ms(await median(7, () => listDrafts(db, { limit: 50 })))}`,
  );
  console.log(
    `  page 20 (offset 950): median ${ms(await median(5, () => listDrafts(db, { limit: 50, offset: 950 })))}`,
  );
  console.log(
    `  first page filtered by program: median ${ms(await median(5, () => listDrafts(db, { program: 'teachers' })))}`,
  );
  console.log(
    `  search with 1 match (scans all 10,000): median ${ms(await median(5, () => listDrafts(db, { search: '申报 4321' })))}`,
  );
  db.close();
}

async function saveBench(): Promise<void> {
  const db = openDb();
  const draft = await createDraft(db, {
    policy: 'p',
    program: 'q',
    data: draftData(0),
    rosters: { students: rosterOf(2000) },
  });
  let k = 0;
  const plain = await median(7, () =>
    saveDraft(db, draft.id, { data: draftData(++k), rosters: { students: rosterOf(2000, String(k)) } }),
  );
  console.log(`Save of a draft with a 2,000-row roster (fields + roster replaced): median ${ms(plain)}`);
  const fieldsOnly = await median(7, () => saveDraft(db, draft.id, { data: draftData(++k) }));
  console.log(`  save of the same draft, fields only: median ${ms(fieldsOnly)}`);
  const withRevision = await median(5, async () => {
    offset += REVISION_IDLE_MS;
    const { revision } = await saveDraft(db, draft.id, {
      data: draftData(++k),
      rosters: { students: rosterOf(2000, String(k)) },
    });
    if (!revision) throw new Error('expected a revision');
  });
  console.log(`  save that also records a revision (2,000-row snapshot + diff): median ${ms(withRevision)}`);
  db.close();
}

async function backupBench(): Promise<void> {
  const db = openDb();
  const ids: string[] = [];
  for (let i = 0; i < 100; i++) {
    const draft = await createDraft(db, {
      policy: 'p',
      program: 'q',
      title: `申报 ${i}`,
      data: draftData(i),
      rosters: { interns: rosterOf(20) },
    });
    await addAttachment(db, draft.id, {
      name: `扫描件${i}.pdf`,
      mime: 'application/pdf',
      bytes: randomBytes(512 * 1024),
    });
    ids.push(draft.id);
  }
  const [backup, exportMs] = await time(() => exportBackup(db, { appVersion: 'bench' }));
  console.log(
    `Backup of 100 drafts with ${mb(100 * 512 * 1024)} of attachments: ${ms(exportMs)}, zip ${mb(backup.blob.size)}`,
  );
  const target = openDb();
  const [, restoreMs] = await time(() => restoreBackup(target, backup.blob));
  console.log(`  restore into an empty database (checks + one transaction): ${ms(restoreMs)}`);
  const [, replaceMs] = await time(() => restoreBackup(target, backup.blob, { onConflict: 'replace' }));
  console.log(`  restore again over the same 100 drafts (replace, revision kept for each): ${ms(replaceMs)}`);
  db.close();
  target.close();
}

console.log(
  "GrantDesk storage benchmark: measures fake-indexeddb (in memory) in Node, NOT Chromium's IndexedDB.",
);
console.log('Use the figures to compare versions of this code, not as what users will see.\n');
await listBench();
await saveBench();
await backupBench();
