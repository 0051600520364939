// The remembered typeface: 现代 unless 公文 was chosen; anything else stored (an old or edited value) reads as 现代.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savedTypeface, saveTypeface, TYPEFACE_STORAGE_KEY } from '../../../renderer/pdf/typeface-setting';

describe('typeface setting', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    store = new Map();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is sans when nothing was chosen', () => {
    expect(savedTypeface()).toBe('sans');
  });

  it('remembers serif and sans under its own key', () => {
    saveTypeface('serif');
    expect(store.get(TYPEFACE_STORAGE_KEY)).toBe('serif');
    expect(savedTypeface()).toBe('serif');
    saveTypeface('sans');
    expect(savedTypeface()).toBe('sans');
  });

  it('reads any other stored value as sans', () => {
    for (const value of ['Serif', 'kaiti', '', '{"x":1}']) {
      store.set(TYPEFACE_STORAGE_KEY, value);
      expect(savedTypeface(), value).toBe('sans');
    }
  });
});
