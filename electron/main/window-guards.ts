// What the window does when its page crashes or refuses to unload; free of `electron` so plain Node tests run it.
import { RECOVERED_FLAG } from '../../shared/ipc';
import type { PreventableEvent } from './navigation-policy';

/** Reloads after a crash at most this often in a minute; past it the page keeps crashing, so stop. */
const MAX_RELOADS_PER_MINUTE = 3;

/** The minimal shape of Electron's WebContents the guards use. */
export interface GuardedContents {
  on(event: 'render-process-gone', listener: (e: unknown, details: { reason: string }) => void): unknown;
  on(event: 'will-prevent-unload', listener: (e: PreventableEvent) => void): unknown;
  loadURL(url: string): Promise<void>;
}

export interface GuardDeps {
  appUrl: () => string;
  /** Shows a modal question; resolves synchronously to the index of the button chosen. */
  ask: (options: {
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
  }) => number;
  /** Shows an error the user must acknowledge (the page crashed again and again). */
  fail: (title: string, content: string) => void;
  now?: () => number;
  log?: (line: string) => void;
}

/** The app URL with the recovered flag set (query, so the hash route is kept clean). */
export function recoveredUrl(appUrl: string): string {
  const u = new URL(appUrl);
  u.searchParams.set(RECOVERED_FLAG, '1');
  return u.href;
}

/**
 * Crash: reloads the page with {@link RECOVERED_FLAG}, which the page shows as "nothing saved was
 * lost" (drafts are in IndexedDB, the journal replays the last edit). Unsaved changes at close or
 * reload: asks 离开 / 留下 instead of a close button that silently does nothing.
 */
export function guardWindow(contents: GuardedContents, deps: GuardDeps): void {
  const now = deps.now ?? Date.now;
  const reloads: number[] = [];
  contents.on('render-process-gone', (_e, details) => {
    deps.log?.(`[window] page process gone: ${details.reason}`);
    if (details.reason === 'clean-exit') return;
    const t = now();
    while (reloads.length > 0 && t - reloads[0]! > 60_000) reloads.shift();
    if (reloads.length >= MAX_RELOADS_PER_MINUTE) {
      deps.fail(
        'GrantDesk 页面反复崩溃 / The page keeps crashing',
        '页面在一分钟内崩溃多次，已停止自动重新载入。已保存的草稿不受影响，请重新启动应用。\n' +
          'The page crashed several times within a minute, so it is not reloaded again. Saved drafts are safe; restart the app.',
      );
      return;
    }
    reloads.push(t);
    void contents.loadURL(recoveredUrl(deps.appUrl()));
  });
  contents.on('will-prevent-unload', (e) => {
    const choice = deps.ask({
      message: '有未保存的修改，确定要离开吗？\nThere are unsaved changes. Leave anyway?',
      detail:
        '离开将丢失最后几秒的修改；留下可等待自动保存完成。\nLeaving loses the last few seconds of edits; stay to let autosave finish.',
      buttons: ['离开 Leave', '留下 Stay'],
      defaultId: 1,
      cancelId: 1,
    });
    // preventDefault here means: ignore the page's beforeunload and leave.
    if (choice === 0) e.preventDefault();
  });
}
