// A save refused because another window saved first is not retried on a timer (it would be refused again):
// the autosaver waits in 'conflict' until the editor resumes it (after rebasing) or discards the edits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type AutosaveState } from '../../renderer/db/autosave';
import { DraftConflictError } from '../../renderer/db/drafts';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('autosave after a refused stale save', () => {
  it('stays in conflict without retrying, keeps the value, and saves it once resumed', async () => {
    const attempts: string[] = [];
    let stale = true;
    const states: AutosaveState[] = [];
    const saver = createAutosaver<string>({
      save: async (v) => {
        attempts.push(v);
        if (stale) throw new DraftConflictError(5);
      },
      onState: (s) => states.push(s),
    });
    saver.change('联系人');
    await vi.advanceTimersByTimeAsync(500);
    expect(attempts).toEqual(['联系人']);
    expect(saver.getState()).toMatchObject({
      status: 'conflict',
      pending: true,
      errorMessage: '此申报已在另一个窗口中修改，本次修改尚未保存。',
    });
    // Minutes pass and more typing comes: nothing is sent while the user has not chosen.
    saver.change('联系人2');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(attempts).toEqual(['联系人']);
    await expect(saver.flush()).resolves.toBe(false);
    stale = false;
    await expect(saver.resume()).resolves.toBe(true);
    expect(attempts).toEqual(['联系人', '联系人2']);
    expect(saver.getState()).toMatchObject({ status: 'saved', pending: false, errorMessage: null });
  });

  it('discard forgets the pending value and the conflict', async () => {
    const attempts: string[] = [];
    const saver = createAutosaver<string>({
      save: async (v) => {
        attempts.push(v);
        throw new DraftConflictError(5);
      },
    });
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.discard();
    expect(saver.getState()).toMatchObject({ status: 'saved', pending: false, errorMessage: null });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts).toEqual(['a']);
  });

  it('other failures are still retried on a timer', async () => {
    const attempts: string[] = [];
    const saver = createAutosaver<string>({
      save: async (v) => {
        attempts.push(v);
        if (attempts.length === 1) throw new Error('disk busy');
      },
    });
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.getState().status).toBe('error');
    await vi.advanceTimersByTimeAsync(2000);
    expect(attempts).toEqual(['a', 'a']);
    expect(saver.getState().status).toBe('saved');
  });
});
