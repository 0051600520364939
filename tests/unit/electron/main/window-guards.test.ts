// The window after a page crash and on close with unsaved changes, with a fake webContents (issue #12).
import { describe, expect, test } from 'vitest';
import { guardWindow, recoveredUrl, type GuardDeps } from '../../../../electron/main/window-guards';
import type { PreventableEvent } from '../../../../electron/main/navigation-policy';

const APP = 'file:///opt/grantdesk/out/renderer/index.html';

class FakeContents {
  listeners = new Map<string, (e: PreventableEvent, details: { reason: string }) => void>();
  loaded: string[] = [];
  on(event: string, listener: (e: PreventableEvent, details: { reason: string }) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  emit(event: string, details = { reason: '' }): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, details);
    return prevented;
  }
}

function setup(answer = 1) {
  const contents = new FakeContents();
  const asked: Parameters<GuardDeps['ask']>[0][] = [];
  const failures: string[] = [];
  let t = 1_000_000;
  guardWindow(contents, {
    appUrl: () => APP,
    ask: (o) => {
      asked.push(o);
      return answer;
    },
    fail: (title) => failures.push(title),
    now: () => t,
  });
  return { contents, asked, failures, advance: (ms: number) => (t += ms) };
}

describe('render-process-gone', () => {
  test('reloads the app page with the recovered flag the page shows as 已保存的内容没有丢失', () => {
    const { contents } = setup();
    contents.emit('render-process-gone', { reason: 'crashed' });
    expect(contents.loaded).toEqual([`${APP}?recovered=1`]);
  });

  test('the flag keeps a dev server address and its path', () => {
    expect(recoveredUrl('http://localhost:5173/')).toBe('http://localhost:5173/?recovered=1');
  });

  test('a clean exit is not a crash', () => {
    const { contents } = setup();
    contents.emit('render-process-gone', { reason: 'clean-exit' });
    expect(contents.loaded).toEqual([]);
  });

  test('a page that keeps crashing is reloaded 3 times a minute, then the user is told', () => {
    const { contents, failures, advance } = setup();
    for (const reason of ['crashed', 'oom', 'crashed', 'crashed'])
      contents.emit('render-process-gone', { reason });
    expect(contents.loaded).toHaveLength(3);
    expect(failures).toEqual(['GrantDesk 页面反复崩溃 / The page keeps crashing']);
    advance(61_000);
    contents.emit('render-process-gone', { reason: 'oom' });
    expect(contents.loaded).toHaveLength(4);
  });
});

describe('will-prevent-unload', () => {
  test('asks 有未保存的修改 with 离开 / 留下; 留下 keeps the window', () => {
    const { contents, asked } = setup(1);
    expect(contents.emit('will-prevent-unload')).toBe(false);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.message).toMatch(/^有未保存的修改，确定要离开吗？/);
    expect(asked[0]?.buttons).toEqual(['离开 Leave', '留下 Stay']);
    expect(asked[0]).toMatchObject({ defaultId: 1, cancelId: 1 });
  });

  test('离开 closes anyway (preventDefault overrides the page’s beforeunload)', () => {
    const { contents } = setup(0);
    expect(contents.emit('will-prevent-unload')).toBe(true);
  });
});
