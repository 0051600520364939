// Which browser tab (or window) this page is, so that each keeps its own crash journal: the id lives in
// sessionStorage (a reload keeps it) and the tab holds a Web Lock of that name for as long as it lives, so
// another tab can tell a journal left by a closed tab from one a living tab is still writing.
import { newId } from '../../db';

const SESSION_KEY = 'grantdesk.tabId';
const LOCK_PREFIX = 'grantdesk.tab.';
/** A reload's old page may still hold the lock for a moment; a duplicated tab holds it for good. */
const TAKE_OVER_MS = 2000;

let tabId: string | null = null;

function lockManager(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

function hold(id: string): void {
  const locks = lockManager();
  if (!locks) return;
  locks
    .request(
      LOCK_PREFIX + id,
      { signal: AbortSignal.timeout(TAKE_OVER_MS) },
      () => new Promise<void>(() => {}),
    )
    .catch(() => {
      // Another living tab has this id (it was duplicated with its sessionStorage): become a new tab.
      if (tabId !== id) return;
      const fresh = newId();
      sessionStorage.setItem(SESSION_KEY, fresh);
      tabId = fresh;
      hold(fresh);
    });
}

/** This tab's id, made on first use and kept in sessionStorage. */
export function currentTabId(): string {
  if (tabId) return tabId;
  const stored = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SESSION_KEY);
  const id = stored ?? newId();
  if (!stored && typeof sessionStorage !== 'undefined') sessionStorage.setItem(SESSION_KEY, id);
  tabId = id;
  hold(id);
  return id;
}

/**
 * Runs `fn` while holding the lock of tab `id`, which proves that tab is closed (and keeps two opening
 * tabs from replaying its journal twice); resolves to false without running it while that tab lives.
 * Without Web Locks (no secure context) every other tab counts as closed, as before tabs had ids.
 */
export async function whileTabClosed(id: string, fn: () => Promise<void>, waitMs = 1000): Promise<boolean> {
  const locks = lockManager();
  if (!locks) {
    await fn();
    return true;
  }
  try {
    await locks.request(LOCK_PREFIX + id, { signal: AbortSignal.timeout(waitMs) }, fn);
    return true;
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError'))
      return false;
    throw error;
  }
}
