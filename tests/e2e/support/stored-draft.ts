/// <reference lib="dom" />
// Reads a draft straight from IndexedDB in the page, as the next window opening it would find it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface StoredDraft {
  updatedAt: number;
  applicant: Record<string, unknown>;
  /** Roster name → the rows' fields, in order. */
  rosters: Record<string, Record<string, unknown>[]>;
}

/** The draft row's applicant block and its roster rows, read in one transaction. */
export function storedDraft(page: Page, draftId: string): Promise<StoredDraft> {
  return page.evaluate(
    (id) =>
      new Promise<StoredDraft>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['drafts', 'rosterRows'], 'readonly');
          const draft = tx.objectStore('drafts').get(id);
          const rows = tx.objectStore('rosterRows').index('draftId').getAll(id);
          tx.oncomplete = () => {
            db.close();
            const row = draft.result as { updatedAt: number; data: { applicant?: Record<string, unknown> } };
            const rosters: StoredDraft['rosters'] = {};
            const all = rows.result as { roster: string; order: number; row: Record<string, unknown> }[];
            for (const r of all.sort((a, b) => a.order - b.order)) (rosters[r.roster] ??= []).push(r.row);
            resolve({ updatedAt: row.updatedAt, applicant: row.data.applicant ?? {}, rosters });
          };
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
        };
      }),
    draftId,
  );
}

/** The id of the draft the editor shows, from its address. */
export function draftIdOf(page: Page): string {
  const id = decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(page.url())?.[1] ?? '');
  expect(id).not.toBe('');
  return id;
}
