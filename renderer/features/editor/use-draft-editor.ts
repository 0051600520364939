import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkDraft, type CheckResult } from '../../../shared/policy/engine';
import { useServices } from '../../app/services';
import {
  createAutosaver,
  listApplicantDrafts,
  loadDraft,
  mergeDraftPatches,
  recordRevision,
  saveApplicantOfDraft,
  saveDraft,
  type AutosaveState,
  type DraftPatch,
  type DraftRow,
  type GrantDeskDb,
  type RevisionReason,
} from '../../db';
import { createEditJournal } from './edit-journal';
import { revisionLabels } from './revision-labels';
import { followedTitle } from './title-follow';
import {
  fromStored,
  storedData,
  storedTable,
  tableKeys,
  toEnvelope,
  type EditableDraft,
} from './draft-mapping';

/** Quiet time before the checks run again, so typing stays one frame per keystroke. */
const CHECK_DELAY_MS = 150;

export type TableRow = Record<string, unknown> & { _rowId?: string };

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
  setTitle(title: string): void;
  flush(): Promise<boolean>;
  /** Re-reads the draft after a change made elsewhere (status, restore of a revision). */
  reload(): Promise<void>;
  /** Saves what is pending, then keeps the stored state as a revision (导入前 before an import). */
  keepRevision(reason: RevisionReason): Promise<void>;
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

async function readDraft(
  db: GrantDeskDb,
  draftId: string,
): Promise<{ row: DraftRow; editable: EditableDraft }> {
  let loaded = await loadDraft(db, draftId);
  if (!loaded) throw new EditorLoadError('missing');
  // Edits the last page journalled but could not write before it unloaded are written now.
  const journal = createEditJournal(draftId);
  const leftover = loaded.draft.deletedAt === undefined ? journal.leftover(loaded.draft.updatedAt) : null;
  if (leftover) {
    await saveDraft(db, draftId, leftover.patch, { labels: revisionLabels(loaded.draft.program) });
    loaded = (await loadDraft(db, draftId)) ?? loaded;
  }
  journal.clear();
  if (loaded.draft.deletedAt !== undefined) throw new EditorLoadError('deleted');
  return { row: loaded.draft, editable: fromStored(loaded.draft, loaded.rosterRows) };
}

/** Loads one draft and keeps it: every edit is autosaved (500 ms) and re-checked against its policy. */
export function useDraftEditor(draftId: string): { editor: DraftEditor | null; error: unknown } {
  const { db } = useServices();
  const [row, setRow] = useState<DraftRow | null>(null);
  const [draft, setDraft] = useState<EditableDraft | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
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

  const apply = useCallback((loaded: { row: DraftRow; editable: EditableDraft }) => {
    draftRef.current = loaded.editable;
    titleRef.current = loaded.row.title;
    setGeneration((g) => g + 1);
    setRow(loaded.row);
    setDraft(loaded.editable);
    setSave((s) => ({ ...s, lastSavedAt: loaded.row.updatedAt }));
  }, []);

  useEffect(() => {
    readDraft(db, draftId).then(apply, setError);
  }, [db, draftId, apply]);

  const load = useCallback(() => readDraft(db, draftId).then(apply), [db, draftId, apply]);

  const journal = useMemo(() => createEditJournal(draftId), [draftId]);
  const autosaver = useMemo(
    () =>
      // eslint-disable-next-line react-hooks/refs -- draftRef is read when a save runs, never while rendering
      createAutosaver<DraftPatch>({
        save: async (patch) => {
          const program = draftRef.current?.program ?? '';
          const result = await saveDraft(db, draftId, patch, { labels: revisionLabels(program) });
          if (patch.data) await saveApplicantOfDraft(db, draftId);
          setRow(result.draft);
        },
        merge: mergeDraftPatches,
        onState: (state) => {
          if (!state.pending) journal.clear();
          setSave(state);
        },
      }),
    [db, draftId, journal],
  );

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

  // The applicant's other drafts, read once, for the checks of claims made twice (same person, same invoice).
  // Null until read: the first check waits for them, so it never flashes "no errors" and then adds some.
  const [others, setOthers] = useState<readonly unknown[] | null>(null);
  const applicantId = row?.applicantId;
  const loaded = row !== null;
  useEffect(() => {
    if (!applicantId) return;
    let live = true;
    listApplicantDrafts(db, applicantId, draftId).then(
      // Findings name the other draft by its id: give the user its title (and a short id, so two drafts
      // with one title stay apart and never equal this draft's own id).
      (list) =>
        live &&
        setOthers(
          list.map((o) => ({
            ...toEnvelope(fromStored(o.draft, o.rosterRows)),
            id: `${o.draft.title.slice(0, 80)}·${o.draft.id.slice(0, 8)}`,
          })),
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, applicantId, draftId]);

  // Checks are derived facts: recomputed from the draft, never stored.
  useEffect(() => {
    if (!draft || !loaded || (applicantId && others === null)) return;
    const run = () => setCheck(checkDraft(toEnvelope(draft), { otherDrafts: others ?? [] }));
    const timer = setTimeout(run, check ? CHECK_DELAY_MS : 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `check` only decides the first delay
  }, [draft, others, loaded, applicantId]);

  const commit = useCallback(
    (next: EditableDraft, changedTable?: string) => {
      draftRef.current = next;
      setDraft(next);
      // Only the table that changed is converted: a keystroke elsewhere must not copy a 2,000-row roster.
      const patch: DraftPatch = { data: storedData(next), applicationDate: next.applicationDate || null };
      if (changedTable !== undefined) patch.rosters = { [changedTable]: storedTable(next, changedTable) };
      journal.record(patch);
      autosaver.change(patch);
    },
    [autosaver, journal],
  );

  const setTitle = useCallback(
    (title: string) => {
      titleRef.current = title;
      journal.record({ title });
      autosaver.change({ title });
      setRow((r) => (r ? { ...r, title } : r));
    },
    [journal, autosaver],
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
      commit(next);
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
      commit({ ...current, data: { ...current.data, [key]: rows } }, key);
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
      setTitle,
      flush,
      reload: load,
      keepRevision,
    };
  }, [row, draft, check, save, generation, setValue, setTable, setTitle, flush, load, keepRevision]);

  return { editor, error };
}
