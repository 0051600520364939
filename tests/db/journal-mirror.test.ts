// The journal's IndexedDB mirror starts its write in the keystroke's own task and commits it at once, without
// waiting for the put's answer: the bench (bench/journal/kill-after-key.ts) found the mirror is what a killed
// browser keeps, so every round trip saved before the commit narrows the window in which a kill loses the key.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDbMirror, warmMirror } from '../../renderer/features/editor/journal-mirror';

describe('the journal mirror', () => {
  it('starts and commits the write in the calling task once the database is open, and keeps the order', async () => {
    warmMirror();
    await indexedDbMirror.list('grantdesk.pending.');
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    indexedDbMirror.put('grantdesk.pending.d1.tabA', '{"at":1}');
    // No await between: both happened synchronously in this task.
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.calls[0]?.[2]).toEqual({ durability: 'relaxed' });
    expect(commit).toHaveBeenCalledTimes(1);
    indexedDbMirror.put('grantdesk.pending.d1.tabA', '{"at":2}');
    indexedDbMirror.put('grantdesk.pending.d2.tabA', '{"at":3}');
    indexedDbMirror.remove('grantdesk.pending.d2.tabA');
    expect(commit).toHaveBeenCalledTimes(4);
    await expect(indexedDbMirror.list('grantdesk.pending.')).resolves.toEqual(
      new Map([['grantdesk.pending.d1.tabA', '{"at":2}']]),
    );
  });
});
