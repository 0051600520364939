// Autosave without React: debounced writes, flush on demand, one save at a time, retry after errors.
import { StorageError } from './errors';

export type AutosaveStatus = 'saved' | 'saving' | 'error' | 'dirty' | 'conflict';

export interface AutosaveState {
  status: AutosaveStatus;
  /** True while a change has not been written yet (also during 'saving' and 'error'). */
  pending: boolean;
  /** Epoch ms of the last successful save, null before the first. */
  lastSavedAt: number | null;
  /** Chinese message of the last failure, null after a success. */
  errorMessage: string | null;
  /** The same in English. */
  errorMessageEn: string | null;
}

export interface AutosaverOptions<T> {
  /** Writes one value; must reject when nothing was written. */
  save: (value: T) => Promise<void>;
  /** Quiet time after the last change before writing (default 500 ms). */
  delayMs?: number;
  now?: () => number;
  /** First retry delay after a failure (default 2 s), doubling up to maxRetryDelayMs (default 60 s). */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  onState?: (state: AutosaveState) => void;
  /**
   * Combines a value not yet written with a newer one (default: the newer replaces it). Give one when
   * values are partial patches, e.g. mergeDraftPatches, so that coalescing never drops an edit.
   */
  merge?: (older: T, newer: T) => T;
}

export interface Autosaver<T> {
  /** Records the latest value; it is written `delayMs` after the last change. */
  change(value: T): void;
  /** Writes any pending value now (after the save in flight). True when everything is saved. */
  flush(): Promise<boolean>;
  getState(): AutosaveState;
  /** Stops timers; call flush() first if the pending value matters. */
  dispose(): void;
  /** After a conflict (another window saved first): try again, once the editor has rebased its edits. */
  resume(): Promise<boolean>;
  /** Forgets the pending value and any failure (the user took the other window's version). */
  discard(): void;
}

function messagesOf(error: unknown): { zh: string; en: string } {
  if (error instanceof StorageError) return { zh: error.message, en: error.messageEn };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    zh: `自动保存失败（${detail}）。修改仍保留在本窗口中，稍后自动重试。`,
    en: `Autosave failed (${detail}). The changes are kept in this window and saving is retried shortly.`,
  };
}

/** Creates the autosave engine for one draft editor. See Autosaver for the contract. */
export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  const delayMs = options.delayMs ?? 500;
  const now = options.now ?? (() => Date.now());
  const firstRetry = options.retryDelayMs ?? 2000;
  const maxRetry = options.maxRetryDelayMs ?? 60_000;
  const merge = options.merge ?? ((_older: T, newer: T) => newer);
  let pending: { value: T } | null = null;
  let inFlight: Promise<boolean> | null = null;
  let lastSavedAt: number | null = null;
  let failure: { zh: string; en: string } | null = null;
  let retryDelay = firstRetry;
  // A save refused as stale is not retried: the same save would be refused again until the user chooses.
  let conflict = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const getState = (): AutosaveState => ({
    status: inFlight ? 'saving' : conflict ? 'conflict' : failure ? 'error' : pending ? 'dirty' : 'saved',
    pending: pending !== null || inFlight !== null,
    lastSavedAt,
    errorMessage: failure?.zh ?? null,
    errorMessageEn: failure?.en ?? null,
  });
  const emit = (): void => options.onState?.(getState());

  const startSave = (): Promise<boolean> => {
    const item = pending!;
    pending = null;
    const run = (async (): Promise<boolean> => {
      try {
        await Promise.resolve(); // so that even a save that throws at once ends after inFlight is set
        await options.save(item.value);
        lastSavedAt = now();
        failure = null;
        retryDelay = firstRetry;
        return true;
      } catch (error) {
        // Keep the failed value to retry, under any change made meanwhile.
        const newer = pending as { value: T } | null; // set by change() while this save ran
        pending = newer ? { value: merge(item.value, newer.value) } : item;
        failure = messagesOf(error);
        clearTimeout(retry);
        conflict = error instanceof StorageError && error.code === 'conflict';
        if (!conflict) {
          retry = setTimeout(() => void flush(), retryDelay);
          retryDelay = Math.min(retryDelay * 2, maxRetry);
        }
        return false;
      } finally {
        inFlight = null;
        emit();
      }
    })();
    inFlight = run;
    emit();
    return run;
  };

  async function flush(): Promise<boolean> {
    clearTimeout(debounce);
    for (;;) {
      if (inFlight) {
        await inFlight;
        continue;
      }
      if (!pending) return failure === null;
      if (conflict) return false;
      clearTimeout(retry);
      if (!(await startSave())) return false;
    }
  }

  return {
    change(value) {
      pending = { value: pending ? merge(pending.value, value) : value };
      clearTimeout(debounce);
      debounce = setTimeout(() => void flush(), delayMs);
      emit();
    },
    flush,
    getState,
    dispose() {
      clearTimeout(debounce);
      clearTimeout(retry);
    },
    resume() {
      conflict = false;
      failure = null;
      retryDelay = firstRetry;
      emit();
      return flush();
    },
    discard() {
      clearTimeout(debounce);
      clearTimeout(retry);
      pending = null;
      conflict = false;
      failure = null;
      emit();
    },
  };
}
