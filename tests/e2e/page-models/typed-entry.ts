/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';

/** Entering text as a person does: click into the box, select what is there, type key by key. */
export async function typeOver(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

/** The id of the draft the editor shows, from its address. */
export function draftIdOf(page: Page): string {
  return decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(page.url())?.[1] ?? '');
}

/** One draft row as IndexedDB holds it (what the app saved, not what the page shows). */
export function storedDraft(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (draftId) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('drafts', 'readonly').objectStore('drafts').get(draftId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Record<string, unknown> | undefined);
          };
          get.onerror = () => reject(get.error ?? new Error('read failed'));
        };
      }),
    id,
  );
}

/** The open date picker's calendar: header buttons, weekday heads, the whole text. */
export class CalendarPopup {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.locator('.ant-picker-dropdown:visible');
  }

  async header(): Promise<string[]> {
    return (await this.root.locator('.ant-picker-header-view button').allInnerTexts()).map((t) => t.trim());
  }

  async weekdays(): Promise<string[]> {
    return (await this.root.locator('.ant-picker-content thead th').allInnerTexts()).map((t) => t.trim());
  }
}
