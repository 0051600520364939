// A draft deleted in another window while it is open here: the next save is refused, the save line says
// why in the interface's language, and the typed text stays on screen (nothing is half-written).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

/** Marks the draft deleted, or takes it out of the bin, straight in IndexedDB, as another window would. */
async function setDeletedElsewhere(page: Page, draftId: string, deleted: boolean): Promise<void> {
  await page.evaluate(
    ({ id, deleted }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('drafts', 'readwrite');
          const store = tx.objectStore('drafts');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = { ...(get.result as { deletedAt?: number }) };
            if (deleted) row.deletedAt = Date.now();
            else delete row.deletedAt;
            store.put(row);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { id: draftId, deleted },
  );
}

/** The id of the draft the editor shows, from its address. */
function draftIdOf(page: Page): string {
  const id = decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(page.url())?.[1] ?? '');
  expect(id).not.toBe('');
  return id;
}

describe('a draft deleted in another window', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
  });

  test('in Chinese, then in English, the refused save says so and keeps the text', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'internship');
    const editor = new EditorPage(page);
    const editorUrl = page.url();
    const id = draftIdOf(page);
    await editor.type('地址', '衢州市柯城区百家塘路 1 号');
    await editor.waitSaved();

    await setDeletedElsewhere(page, id, true);
    await editor.type('地址', '衢州市柯城区百家塘路 2 号');
    await expect
      .poll(() => editor.saveState().innerText())
      .toBe('保存失败：此申报已被删除，修改未保存。请先在草稿列表的回收站中恢复。');
    await expect(editor.field('地址').inputValue()).resolves.toBe('衢州市柯城区百家塘路 2 号');

    // English: the language switched, the draft taken out of the bin elsewhere, then deleted again.
    await page.goto(`${inject('baseUrl')}#/settings`);
    await page.getByRole('radio', { name: 'English' }).check();
    await setDeletedElsewhere(page, id, false);
    await page.goto(editorUrl);
    // The refused edit was kept in the journal and is saved now that the draft is back.
    await expect.poll(() => editor.field('Address').inputValue()).toBe('衢州市柯城区百家塘路 2 号');
    await setDeletedElsewhere(page, id, true);
    await editor.type('Address', 'No. 3 Baijiatang Road');
    await expect
      .poll(() => editor.saveState().innerText())
      .toBe(
        'Not saved: This application has been deleted and the change was not saved. Restore it from the bin in the drafts list first.',
      );
    await expect(editor.field('Address').inputValue()).resolves.toBe('No. 3 Baijiatang Road');
  });
});
