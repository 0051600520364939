import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type AutosaveState } from '../../renderer/db/autosave';
import { QUOTA_MESSAGE, QUOTA_MESSAGE_EN, StorageError } from '../../renderer/db/errors';
import { mergeDraftPatches, type DraftPatch } from '../../renderer/db/drafts';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

/** A save whose calls can be resolved or rejected one by one. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const save = (value: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      const done = () => (running -= 1);
      calls.push({
        value,
        resolve: () => (done(), resolve()),
        reject: (e) => (done(), reject(e)),
      });
    });
  return { calls, save, maxRunning: () => maxRunning };
}

describe('createAutosaver', () => {
  it('writes 500 ms after the last change, coalescing a burst into one save', async () => {
    const saved: string[] = [];
    const states: AutosaveState['status'][] = [];
    const saver = createAutosaver<string>({
      save: async (v) => void saved.push(v),
      onState: (s) => states.push(s.status),
    });
    saver.change('a');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    expect(saver.getState()).toMatchObject({ status: 'dirty', pending: true, lastSavedAt: null });
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(saver.getState()).toEqual({
      status: 'saved',
      pending: false,
      lastSavedAt: 1_000_800,
      errorMessage: null,
      errorMessageEn: null,
    });
    expect(states).toEqual(['dirty', 'dirty', 'saving', 'saved']);
  });

  it('flush() writes at once and resolves when saved', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>({ save: async (v) => void saved.push(v) });
    saver.change('x');
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['x']);
    expect(await saver.flush()).toBe(true);
  });

  it('never runs two saves at once: changes during a save are written after it, latest only', async () => {
    const ctl = controlledSave();
    const saver = createAutosaver<string>({ save: ctl.save });
    saver.change('1');
    await vi.advanceTimersByTimeAsync(500);
    expect(ctl.calls.map((c) => c.value)).toEqual(['1']);
    expect(saver.getState().status).toBe('saving');
    saver.change('2');
    saver.change('3');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(ctl.calls).toHaveLength(1);
    ctl.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(ctl.calls.map((c) => c.value)).toEqual(['1', '3']);
    ctl.calls[1]!.resolve();
    expect(await flushed).toBe(true);
    expect(ctl.maxRunning()).toBe(1);
    expect(saver.getState().status).toBe('saved');
  });

  it('on error keeps the change, reports it in Chinese and English and retries until saved', async () => {
    let failures = 2;
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      retryDelayMs: 1000,
      save: async (v) => {
        if (failures-- > 0) throw new StorageError('quota', QUOTA_MESSAGE, QUOTA_MESSAGE_EN);
        saved.push(v);
      },
    });
    saver.change('draft');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.getState()).toMatchObject({
      status: 'error',
      pending: true,
      errorMessage: QUOTA_MESSAGE,
      errorMessageEn: QUOTA_MESSAGE_EN,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
    expect(saver.getState().status).toBe('error');
    await vi.advanceTimersByTimeAsync(1999);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['draft']);
    expect(saver.getState()).toMatchObject({
      status: 'saved',
      pending: false,
      errorMessage: null,
      errorMessageEn: null,
    });
  });

  it('a newer change made while a save fails wins over the failed one', async () => {
    const ctl = controlledSave();
    const saver = createAutosaver<string>({ save: ctl.save, retryDelayMs: 1000 });
    saver.change('old');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('new');
    ctl.calls[0]!.reject(new Error('disk'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getState().errorMessage).toBe('自动保存失败（disk）。修改仍保留在本窗口中，稍后自动重试。');
    expect(saver.getState().errorMessageEn).toBe(
      'Autosave failed (disk). The changes are kept in this window and saving is retried shortly.',
    );
    await vi.advanceTimersByTimeAsync(500);
    expect(ctl.calls.map((c) => c.value)).toEqual(['old', 'new']);
    ctl.calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(5000);
    expect(ctl.calls).toHaveLength(2);
    expect(saver.getState().status).toBe('saved');
  });

  it('flush() reports false while the error persists, also for a save that throws at once', async () => {
    const saver = createAutosaver<string>({
      save: () => {
        throw new Error('x');
      },
    });
    saver.change('v');
    expect(await saver.flush()).toBe(false);
    expect(saver.getState()).toMatchObject({ status: 'error', pending: true });
    expect(await saver.flush()).toBe(false);
    saver.dispose();
  });

  it('with a merge, coalescing and retrying never drop an older partial edit', async () => {
    const saved: DraftPatch[] = [];
    let fail = true;
    const saver = createAutosaver<DraftPatch>({
      merge: mergeDraftPatches,
      retryDelayMs: 1000,
      save: async (patch) => {
        if (fail) {
          fail = false;
          throw new Error('busy');
        }
        saved.push(patch);
      },
    });
    saver.change({ title: '甲', rosters: { interns: [] } });
    saver.change({ deadline: '2025-06-30', title: undefined, rosters: { teachers: [] } });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.getState().status).toBe('error');
    saver.change({ data: { a: 1 } });
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([
      { title: '甲', deadline: '2025-06-30', data: { a: 1 }, rosters: { interns: [], teachers: [] } },
    ]);
  });
});
