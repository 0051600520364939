import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../../shared/policy/engine';
import { useServices } from '../../app/services';
import {
  createAutosaver,
  recordRevision,
  saveApplicantOfDraft,
  saveDraft,
  type AutosaveState,
  type DraftRow,
  type RevisionReason,
} from '../../db';
import { createEditJournal, type CellDraft } from './edit-journal';
import { warmMirror } from './journal-mirror';
import { revisionLabels } from './revision-labels';
import { followedTitle } from './title-follow';
import { tableKeys, type EditableDraft } from './draft-mapping';
import {
  divergence,
  patchFor,
  rebase,
  unitOf,
  unitValue,
  type DraftDoc,
  type Divergence,
} from './draft-units';
import { readDraft, type ReadDraft } from './read-draft';
import { useDraftChecks } from './use-draft-checks';

export { EditorLoadError } from './read-draft';

export type TableRow = Record<string, unknown> & { _rowId?: string };

const NO_CELLS: readonly CellDraft[] = [];

export interface DraftEditor {
  row: DraftRow;
  draft: EditableDraft;
  check: CheckResult;
  save: AutosaveState;
  /** Counts the times the draft was read from the database: a form holding its own values resets then. */
  generation: number;
  /** Replaces one scalar value at a dotted path (`applicant.name`, `data.baseName`, `applicationDate`). */
  setValue(path: string, value: unknown): void;
  /** Replaces a whole table (`interns`, `investments` …). */
  setTable(key: string, rows: TableRow[]): void;
  /** Journals the text being typed into a cell of roster `table` (null once committed or cancelled). */
  setCellDraft(table: string, cell: CellDraft | null): void;
  /** Cells a closed page was typing into whose text did not read: opened again, one per roster. */
  openCells: readonly CellDraft[];
  setTitle(title: string): void;
  flush(): Promise<boolean>;
  /** Re-reads the draft after a change made elsewhere (status, restore of a revision). */
  reload(): Promise<void>;
  /** Saves what is pending, then keeps the stored state as a revision (导入前 before an import). */
  keepRevision(reason: RevisionReason): Promise<void>;
  /** Set when another window saved this draft after the edits here were made; null otherwise. */
  conflict: DraftConflict | null;
  /** Lays this window's changed fields over the other window's save; `keepTheirs` names clashes to give up. */
  keepMine(keepTheirs: readonly string[]): void;
  /** Drops this window's unsaved edits and shows the other window's save. */
  loadTheirs(): void;
}

/** Another window's save met by this window's unsaved edits: which fields each side changed. */
export interface DraftConflict {
  units: Divergence;
  theirs: DraftDoc;
  theirsRow: DraftRow;
}

function setAtPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return target;
  if (rest.length === 0) {
    const copy = { ...target };
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = (target[head] ?? {}) as Record<string, unknown>;
  return { ...target, [head]: setAtPath(child, rest.join('.'), value) };
}

/** Loads one draft and keeps it: every edit is autosaved (500 ms) and re-checked against its policy. */
export function useDraftEditor(draftId: string): { editor: DraftEditor | null; error: unknown } {
  const { db } = useServices();
  const [row, setRow] = useState<DraftRow | null>(null);
  const [draft, setDraft] = useState<EditableDraft | null>(null);
  const [save, setSave] = useState<AutosaveState>({
    status: 'saved',
    pending: false,
    lastSavedAt: null,
    errorMessage: null,
    errorMessageEn: null,
  });
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const draftRef = useRef<EditableDraft | null>(null);
  // The title as last set, read when an edit of the applicant's name may carry it along.
  const titleRef = useRef('');
  // The stored state this window's unsaved edits are made on, and its updatedAt (the version a save names).
  const baseRef = useRef<{ doc: DraftDoc; updatedAt: number } | null>(null);
  // Units changed since the base, each with the number of the change that last touched it.
  const dirtyRef = useRef(new Map<string, number>());
  const seqRef = useRef(0);
  // The next save lays edits over another window's save: keep that save as a revision first.
  const keepOverwrittenRef = useRef(false);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  // Text typed into a roster cell and not yet committed, by roster: journalled with the edits.
  const cellDraftsRef = useRef(new Map<string, CellDraft>());
  const [openCells, setOpenCells] = useState<readonly CellDraft[]>(NO_CELLS);
  const lastStatusRef = useRef<AutosaveState['status']>('saved');

  const apply = useCallback((loaded: ReadDraft) => {
    draftRef.current = loaded.editable;
    titleRef.current = loaded.row.title;
    baseRef.current = {
      doc: { draft: loaded.editable, title: loaded.row.title },
      updatedAt: loaded.row.updatedAt,
    };
    dirtyRef.current.clear();
    cellDraftsRef.current = new Map((loaded.openCells ?? []).map((c) => [c.table, c]));
    setOpenCells(loaded.openCells ?? NO_CELLS);
    setGeneration((g) => g + 1);
    setRow(loaded.row);
    setDraft(loaded.editable);
    setSave((s) => ({ ...s, lastSavedAt: loaded.row.updatedAt }));
  }, []);

  const journal = useMemo(() => createEditJournal(draftId), [draftId]);
  const currentDoc = useCallback((): DraftDoc => ({ draft: draftRef.current!, title: titleRef.current }), []);

  // Journals every unit changed since the base, on the keystroke; false when it must be saved at once.
  const journalNow = useCallback((): boolean => {
    const base = baseRef.current;
    if (!base || !draftRef.current) return true;
    const cells = [...cellDraftsRef.current.values()];
    if (dirtyRef.current.size === 0 && cells.length === 0) {
      journal.clear();
      return true;
    }
    const doc = currentDoc();
    const values = Object.fromEntries([...dirtyRef.current.keys()].map((u) => [u, unitValue(doc, u)]));
    return journal.record(base.updatedAt, values, cells);
  }, [journal, currentDoc]);

  useEffect(() => {
    warmMirror();
    readDraft(db, draftId).then((loaded) => {
      apply(loaded);
      // A cell text that did not read stays journalled until it is committed or cancelled here.
      if (loaded.openCells?.length) journalNow();
    }, setError);
  }, [db, draftId, apply, journalNow]);

  const setCellDraft = useCallback(
    (table: string, cell: CellDraft | null) => {
      const drafts = cellDraftsRef.current;
      if (cell) drafts.set(table, cell);
      else if (drafts.has(table)) drafts.delete(table);
      else return;
      journalNow();
    },
    [journalNow],
  );

  // Another window's save met this window's edits: read it and say which fields each side changed.
  const openConflict = useCallback(async () => {
    const theirs = await readDraft(db, draftId, { replayJournals: false });
    const base = baseRef.current;
    if (!base || !draftRef.current) return;
    const theirsDoc: DraftDoc = { draft: theirs.editable, title: theirs.row.title };
    const found = divergence(base.doc, currentDoc(), theirsDoc, dirtyRef.current.keys());
    setConflict({ units: found, theirs: theirsDoc, theirsRow: theirs.row });
  }, [db, draftId, currentDoc, setConflict]);

  const autosaver = useMemo(
    () =>
      // eslint-disable-next-line react-hooks/refs -- the refs are read when a save runs, never while rendering
      createAutosaver<number>({
        save: async () => {
          const base = baseRef.current;
          if (!base || !draftRef.current || dirtyRef.current.size === 0) return;
          const startSeq = seqRef.current;
          const doc = currentDoc();
          const units = [...dirtyRef.current.keys()];
          const result = await saveDraft(db, draftId, patchFor(doc, dirtyRef.current.keys()), {
            labels: revisionLabels(doc.draft.program),
            baseUpdatedAt: base.updatedAt,
            keepOverwritten: keepOverwrittenRef.current,
          });
          keepOverwrittenRef.current = false;
          // The applicant block typed here is kept in its profile for the next application.
          if (units.some((u) => u.startsWith('applicant.'))) await saveApplicantOfDraft(db, draftId);
          baseRef.current = { doc, updatedAt: result.draft.updatedAt };
          for (const [unit, seq] of dirtyRef.current) if (seq <= startSeq) dirtyRef.current.delete(unit);
          journalNow();
          setRow({ ...result.draft, title: titleRef.current });
        },
        onState: (state) => {
          setSave(state);
          // Read the other window's save once, when a save is first refused (not on each keystroke after).
          if (state.status === 'conflict' && lastStatusRef.current !== 'conflict')
            openConflict().catch(setError);
          lastStatusRef.current = state.status;
        },
      }),
    [db, draftId, journalNow, currentDoc, openConflict],
  );

  const load = useCallback(async () => {
    await autosaver.flush();
    apply(await readDraft(db, draftId, { replayJournals: false }));
  }, [db, draftId, apply, autosaver]);

  const keepMine = useCallback(
    (keepTheirs: readonly string[]) => {
      const base = baseRef.current;
      if (!conflict || !base || !draftRef.current) return;
      const mine = currentDoc();
      const units = divergence(base.doc, mine, conflict.theirs, dirtyRef.current.keys()).mine;
      const skip = new Set(keepTheirs);
      const merged = rebase(mine, conflict.theirs, units, skip);
      baseRef.current = { doc: conflict.theirs, updatedAt: conflict.theirsRow.updatedAt };
      dirtyRef.current = new Map(units.filter((u) => !skip.has(u)).map((u) => [u, ++seqRef.current]));
      draftRef.current = merged.draft;
      titleRef.current = merged.title;
      keepOverwrittenRef.current = true;
      setGeneration((g) => g + 1);
      setDraft(merged.draft);
      setRow({ ...conflict.theirsRow, title: merged.title });
      setConflict(null);
      journalNow();
      autosaver.change(seqRef.current);
      void autosaver.resume();
    },
    [conflict, currentDoc, journalNow, autosaver],
  );

  const loadTheirs = useCallback(() => {
    if (!conflict) return;
    autosaver.discard();
    apply({ row: conflict.theirsRow, editable: conflict.theirs.draft });
    journal.clear();
    setConflict(null);
  }, [conflict, autosaver, apply, journal, setConflict]);

  // Flush on blur, on hiding the window and before unload: a reload right after typing loses nothing.
  useEffect(() => {
    const flushNow = () => void autosaver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      flushNow();
      if (autosaver.getState().pending) e.preventDefault();
    };
    window.addEventListener('blur', flushNow);
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', flushNow);
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void autosaver.flush().then(() => autosaver.dispose());
    };
  }, [autosaver]);

  const check = useDraftChecks(db, draftId, row, draft);

  // Every change is journalled before this returns (closing the window a moment later loses nothing),
  // then saved 500 ms after the last one, or at once when it is too large for the synchronous journal.
  const record = useCallback(
    (paths: readonly string[]) => {
      const seq = ++seqRef.current;
      for (const p of paths) dirtyRef.current.set(unitOf(p), seq);
      const journalled = journalNow();
      autosaver.change(seq);
      if (!journalled) void autosaver.flush();
    },
    [journalNow, autosaver],
  );

  const commit = useCallback(
    (next: EditableDraft, path: string) => {
      draftRef.current = next;
      setDraft(next);
      record([path]);
    },
    [record],
  );

  const setTitle = useCallback(
    (title: string) => {
      titleRef.current = title;
      record(['title']);
      setRow((r) => (r ? { ...r, title } : r));
    },
    [record],
  );

  // The verbs are stable across renders, so memoised parts (roster grids) skip keystrokes elsewhere.
  const setValue = useCallback(
    (path: string, value: unknown) => {
      const current = draftRef.current;
      if (!current) return;
      const next = setAtPath(
        current as unknown as Record<string, unknown>,
        path,
        value,
      ) as unknown as EditableDraft;
      commit(next, path);
      if (path === 'applicant.name' || path === 'applicationDate') {
        const title = followedTitle(titleRef.current, current, next);
        if (title !== null) setTitle(title);
      }
    },
    [commit, setTitle],
  );
  const setTable = useCallback(
    (key: string, rows: TableRow[]) => {
      const current = draftRef.current;
      if (!current || !tableKeys(current.program).includes(key)) return;
      commit({ ...current, data: { ...current.data, [key]: rows } }, `data.${key}`);
    },
    [commit],
  );
  const flush = useCallback(() => autosaver.flush(), [autosaver]);
  const keepRevision = useCallback(
    async (reason: RevisionReason) => {
      await autosaver.flush();
      await recordRevision(db, draftId, reason, { labels: revisionLabels(draftRef.current?.program ?? '') });
    },
    [autosaver, db, draftId],
  );

  const editor = useMemo((): DraftEditor | null => {
    if (!row || !draft || !check) return null;
    return {
      row,
      draft,
      check,
      save,
      generation,
      setValue,
      setTable,
      setCellDraft,
      openCells,
      setTitle,
      flush,
      reload: load,
      keepRevision,
      conflict,
      keepMine,
      loadTheirs,
    };
  }, [
    row,
    draft,
    check,
    save,
    generation,
    setValue,
    setTable,
    setCellDraft,
    openCells,
    setTitle,
    flush,
    load,
    keepRevision,
    conflict,
    keepMine,
    loadTheirs,
  ]);

  return { editor, error };
}
