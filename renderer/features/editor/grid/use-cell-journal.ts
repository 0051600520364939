// A cell being typed into is part of what a closed window must not lose: its text is reported on every
// keystroke (in the commit of that key's event, before the page can go), and the edit is committed when the
// page is hidden or unloaded, as Enter would commit it.
import { useEffect, useLayoutEffect, useRef } from 'react';

/** Text typed into a cell of the grid, not yet committed: its stored row index and column key. */
export interface CellText {
  row: number;
  col: string;
  text: string;
}

/**
 * Reports `draft` to `onDraft` each time it changes (null once the edit ends), and calls `commit` when the
 * page is hidden or goes away. While `paused` (an IME composition) neither happens: the last text stays.
 */
export function useCellJournal(
  draft: CellText | null,
  onDraft: ((draft: CellText | null) => void) | undefined,
  commit: () => void,
  paused: boolean,
): void {
  const report = useRef(onDraft);
  const commitNow = useRef(commit);
  const pausedNow = useRef(paused);
  useLayoutEffect(() => {
    report.current = onDraft;
    commitNow.current = commit;
    pausedNow.current = paused;
  });
  const { row, col, text } = draft ?? {};
  const open = draft !== null;
  // A layout effect runs in the keystroke's own task, so the journal has the text when the key is done.
  useLayoutEffect(() => {
    if (paused) return;
    report.current?.(open && row !== undefined && col !== undefined ? { row, col, text: text ?? '' } : null);
  }, [open, row, col, text, paused]);

  useEffect(() => {
    const onHide = () => {
      if (!pausedNow.current) commitNow.current();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
