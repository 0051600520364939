import { describe, expect, it } from 'vitest';
import { requestPersistence } from '../../renderer/db/storage';

describe('requestPersistence', () => {
  it('asks for persistence when not yet granted and reports usage', async () => {
    let asked = 0;
    const report = await requestPersistence({
      persisted: async () => false,
      persist: async () => (asked++, true),
      estimate: async () => ({ usage: 1234, quota: 5678 }),
    });
    expect(asked).toBe(1);
    expect(report).toEqual({ persisted: true, usageBytes: 1234, quotaBytes: 5678 });
  });

  it('does not ask again when already persisted', async () => {
    let asked = 0;
    const report = await requestPersistence({ persisted: async () => true, persist: async () => !!asked++ });
    expect(asked).toBe(0);
    expect(report).toEqual({ persisted: true, usageBytes: null, quotaBytes: null });
  });

  it('never throws where navigator.storage is missing or failing', async () => {
    expect(await requestPersistence(undefined)).toEqual({
      persisted: false,
      usageBytes: null,
      quotaBytes: null,
    });
    const failing = await requestPersistence({
      persisted: () => Promise.reject(new Error('no')),
      estimate: () => Promise.reject(new Error('no')),
    });
    expect(failing).toEqual({ persisted: false, usageBytes: null, quotaBytes: null });
  });
});
