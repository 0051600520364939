// Opening a draft: edits a closed, crashed or killed page journalled but never saved are saved first, laid
// over whatever was saved since (a revision keeps what they overwrite), so nothing typed is lost.
import { DraftConflictError, loadDraft, saveDraft, type DraftRow, type GrantDeskDb } from '../../db';
import { fromStored, type EditableDraft } from './draft-mapping';
import { applyCellDrafts } from './cell-drafts';
import { changedUnits, patchFor, withUnit, type DraftDoc } from './draft-units';
import { createEditJournal, type CellDraft, type EditJournal, type FoundEntry } from './edit-journal';
import { revisionLabels } from './revision-labels';
import { whileTabClosed } from './tab-id';

/** Why a draft cannot be opened, worded by the page in the interface language. */
export class EditorLoadError extends Error {
  constructor(readonly reason: 'missing' | 'deleted') {
    super(
      reason === 'missing'
        ? '找不到这份申报（可能已被删除）'
        : '这份申报已被删除，可在草稿列表的回收站中恢复',
    );
    this.name = 'EditorLoadError';
  }
}

export interface ReadDraft {
  row: DraftRow;
  editable: EditableDraft;
  /** Cells a closed page was typing into whose text does not read: the grid opens them again, text kept. */
  openCells?: CellDraft[];
}

/** What one replayed entry did: saved (or had nothing new), and its cell texts that did not read. */
interface Replayed {
  done: boolean;
  open: CellDraft[];
}

async function readLive(db: GrantDeskDb, draftId: string): Promise<ReadDraft | null> {
  const loaded = await loadDraft(db, draftId);
  if (!loaded || loaded.draft.deletedAt !== undefined) return null;
  return { row: loaded.draft, editable: fromStored(loaded.draft, loaded.rosterRows) };
}

/**
 * Saves one journal entry over the stored draft; true when it is saved (or had nothing new). A save of the page
 * that just unloaded may land between the read and the write: the entry is then laid over that save instead.
 */
async function replay(db: GrantDeskDb, draftId: string, found: FoundEntry): Promise<Replayed> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await replayOnce(db, draftId, found);
    } catch (error) {
      if (!(error instanceof DraftConflictError) || attempt >= 3) throw error;
    }
  }
}

async function replayOnce(db: GrantDeskDb, draftId: string, found: FoundEntry): Promise<Replayed> {
  const stored = await readLive(db, draftId);
  // A deleted draft keeps the journal until it is restored.
  if (!stored) return { done: false, open: [] };
  const labels = revisionLabels(stored.row.program);
  const { entry } = found;
  if ('patch' in entry) {
    if (entry.at > stored.row.updatedAt) await saveDraft(db, draftId, entry.patch, { labels });
    return { done: true, open: [] };
  }
  const theirs: DraftDoc = { draft: stored.editable, title: stored.row.title };
  // Each unit the entry holds takes its journalled value over the stored one, then the cells being typed.
  const valued = Object.entries(entry.values).reduce<DraftDoc>(
    (doc, [unit, value]) => withUnit(doc, unit, value),
    theirs,
  );
  const { doc: merged, open } = applyCellDrafts(valued, entry.cells ?? []);
  const units = changedUnits(theirs, merged);
  if (units.length === 0) return { done: true, open };
  await saveDraft(db, draftId, patchFor(merged, units), {
    labels,
    baseUpdatedAt: stored.row.updatedAt,
    // Saved since these edits were made (another window): keep what they overwrite.
    keepOverwritten: entry.base !== stored.row.updatedAt,
  });
  return { done: true, open };
}

export interface ReadOptions {
  replayJournals: boolean;
  /** For tests: the journal and the check that a tab is closed (default: localStorage, Web Locks). */
  journal?: EditJournal;
  whileTabClosed?: (tab: string, fn: () => Promise<void>) => Promise<boolean>;
}

/**
 * Reads a draft for the editor after saving what this tab's previous page and closed tabs journalled
 * (`replayJournals`; a re-read after a status change or restore skips it). Entries of tabs still open are
 * left to them. Refuses missing and deleted drafts.
 */
export async function readDraft(
  db: GrantDeskDb,
  draftId: string,
  options: ReadOptions = { replayJournals: true },
): Promise<ReadDraft> {
  const first = await loadDraft(db, draftId);
  if (!first) throw new EditorLoadError('missing');
  // One open cell per roster: a later entry's replaces an earlier one's.
  const openCells = new Map<string, CellDraft>();
  if (options.replayJournals && first.draft.deletedAt === undefined) {
    const journal = options.journal ?? createEditJournal(draftId);
    const whenClosed = options.whileTabClosed ?? whileTabClosed;
    for (const found of await journal.leftovers()) {
      const run = async () => {
        const replayed = await replay(db, draftId, found);
        if (!replayed.done) return;
        for (const cell of replayed.open) openCells.set(cell.table, cell);
        found.forget();
      };
      if (found.own) await run();
      // Another tab's entry: saved only when that tab is closed; a failure leaves it for the next open.
      else await whenClosed(found.tab, run).catch(() => false);
    }
  }
  const read = await readLive(db, draftId);
  if (read) return openCells.size > 0 ? { ...read, openCells: [...openCells.values()] } : read;
  throw new EditorLoadError((await loadDraft(db, draftId)) ? 'deleted' : 'missing');
}
