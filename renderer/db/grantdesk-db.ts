// The one Dexie database of the app. Reach it only through the repository files next to this one.
import Dexie, { type Table } from 'dexie';
import type {
  ApplicantRow,
  AttachmentRow,
  DraftRow,
  ExportRow,
  PackRow,
  RevisionRow,
  RosterRow,
} from './row-schemas';
import { newId } from './ids';
import { declareVersions } from './versions';
import { rosterTermsMiddleware } from './search-terms';

export const DEFAULT_DB_NAME = 'grantdesk';

export interface GrantDeskDbOptions {
  name?: string;
  /** For tests and other hosts: an IndexedDB implementation (e.g. fake-indexeddb). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Clock in epoch milliseconds; injected by tests. */
  now?: () => number;
  /** Id generator; injected by tests. */
  newId?: () => string;
}

export class GrantDeskDb extends Dexie {
  declare readonly applicants: Table<ApplicantRow, string>;
  declare readonly drafts: Table<DraftRow, string>;
  declare readonly rosterRows: Table<RosterRow, string>;
  declare readonly attachments: Table<AttachmentRow, string>;
  declare readonly revisions: Table<RevisionRow, string>;
  declare readonly exports: Table<ExportRow, string>;
  declare readonly packs: Table<PackRow, string>;
  readonly now: () => number;
  readonly newId: () => string;

  constructor(options: GrantDeskDbOptions = {}) {
    super(options.name ?? DEFAULT_DB_NAME, {
      ...(options.indexedDB && options.IDBKeyRange
        ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
        : {}),
      // Drafts are the one thing we must not lose: ask Chromium to flush each transaction to disk.
      chromeTransactionDurability: 'strict',
    });
    declareVersions(this);
    this.use(rosterTermsMiddleware);
    // The browser closes the connection when site data is cleared or storage is evicted: open it again
    // so the next save does not fail with "connection closed" (a cleared database comes back empty).
    this.on('close', () => {
      this.open().catch(() => undefined);
    });
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? newId;
  }

  /** Every table, for transactions that must cover all of them (restore, purge). */
  allTables(): Table[] {
    return [
      this.applicants,
      this.drafts,
      this.rosterRows,
      this.attachments,
      this.revisions,
      this.exports,
      this.packs,
    ];
  }
}
