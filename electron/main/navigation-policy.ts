// Pure decisions of the window lock-down, kept free of `electron` so plain Node tests can run them.

/** True when `target` stays inside the app: same origin for http(s), same file for file:. */
export function isInAppUrl(target: string, appUrl: string): boolean {
  let t: URL;
  let a: URL;
  try {
    t = new URL(target);
    a = new URL(appUrl);
  } catch {
    return false;
  }
  if (a.protocol === 'file:') return t.protocol === 'file:' && t.pathname === a.pathname;
  return t.origin === a.origin;
}

/** Requests the app may make: its own files and in-memory data only. Offline means offline. */
export function isAllowedRequestUrl(url: string, appUrl: string): boolean {
  if (/^(data|blob|devtools|chrome-extension):/i.test(url)) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') return isInAppFolder(u, appUrl);
  return isInAppUrl(url, appUrl);
}

/** A file: URL inside the folder of the app's page (out/renderer), after `..` is resolved; nothing else on disk. */
function isInAppFolder(u: URL, appUrl: string): boolean {
  const a = new URL(appUrl);
  if (a.protocol !== 'file:' || u.host !== a.host) return false;
  // Encoded separators or dots could be decoded into a path outside the folder by the file loader.
  if (/%2f|%5c|%2e|\\/i.test(u.pathname)) return false;
  const folder = a.pathname.slice(0, a.pathname.lastIndexOf('/') + 1);
  return u.pathname.startsWith(folder);
}

/** Minimal shape of the event and contents the lock-down needs (Electron's satisfy it). */
export interface PreventableEvent {
  preventDefault(): void;
}
export interface LockableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (e: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Locks one web contents: no navigation away, no redirects out, no popups, no webviews. */
export function lockContents(
  contents: LockableContents,
  appUrl: () => string,
  onBlocked?: (what: string) => void,
): void {
  const guard = (e: PreventableEvent, url: string): void => {
    if (!isInAppUrl(url, appUrl())) {
      e.preventDefault();
      onBlocked?.(`navigation to ${url}`);
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (e) => {
    e.preventDefault();
    onBlocked?.('webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked?.(`window.open ${url}`);
    return { action: 'deny' };
  });
}
