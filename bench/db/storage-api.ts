// tsconfig.node.json covers bench/ but not renderer/, so a static import of the storage layer would
// break `typecheck:node`. The bench loads it by a computed path instead and types what it uses here.

export interface BenchDb {
  close(): void;
}

export interface StorageApi {
  GrantDeskDb: new (options: { name: string; now: () => number }) => BenchDb;
  REVISION_IDLE_MS: number;
  createDraft(
    db: BenchDb,
    input: {
      policy: string;
      program: string;
      title?: string;
      data?: Record<string, unknown>;
      rosters?: Record<string, { row: Record<string, unknown> }[]>;
    },
  ): Promise<{ id: string }>;
  saveDraft(
    db: BenchDb,
    id: string,
    patch: { data?: Record<string, unknown>; rosters?: Record<string, { row: Record<string, unknown> }[]> },
  ): Promise<{ revision: unknown }>;
  listDrafts(
    db: BenchDb,
    query: { limit?: number; offset?: number; program?: string; search?: string },
  ): Promise<{ items: unknown[] }>;
  addAttachment(
    db: BenchDb,
    draftId: string,
    input: { name: string; mime?: string; bytes: Uint8Array },
  ): Promise<unknown>;
  exportBackup(db: BenchDb, options: { appVersion: string }): Promise<{ blob: Blob }>;
  restoreBackup(
    db: BenchDb,
    file: Blob,
    options?: { onConflict?: 'keep-both' | 'replace' },
  ): Promise<unknown>;
}

const FUNCTIONS = [
  'createDraft',
  'saveDraft',
  'listDrafts',
  'addAttachment',
  'exportBackup',
  'restoreBackup',
];

/** Loads renderer/db and renderer/backup (their index files) and checks the names the bench uses. */
export async function loadStorageApi(): Promise<StorageApi> {
  const root = new URL('../../renderer/', import.meta.url).href;
  const modules = await Promise.all([import(`${root}db/index.ts`), import(`${root}backup/index.ts`)]);
  const api = Object.assign({}, ...modules) as Record<string, unknown>;
  const missing = FUNCTIONS.filter((name) => typeof api[name] !== 'function');
  if (missing.length > 0 || typeof api.GrantDeskDb !== 'function') {
    throw new Error(`storage API changed, update bench/db/storage-api.ts: ${missing.join(', ')}`);
  }
  return api as unknown as StorageApi;
}
