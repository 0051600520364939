// Two tabs on one draft (browser build): a save made on a version another tab has saved over is refused,
// the tab says 「此申报已在另一个窗口中修改」 and the user keeps both changes, or chooses where both tabs
// changed one field, or takes the other tab's version. Nothing one tab saved is overwritten unseen.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';
import { draftIdOf, storedDraft } from './support/stored-draft';

/** Replaces a field's text key by key, as a person selects it and types over it. */
async function typeOver(editor: EditorPage, label: string, text: string): Promise<void> {
  const input = editor.field(label);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

function notice(page: Page): Locator {
  return page.getByTestId('conflict-notice');
}

/** The applicant's 地址 of every revision of the draft, oldest first. */
function revisionAddresses(page: Page, draftId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('revisions').objectStore('revisions').index('draftId').getAll(id);
          all.onsuccess = () => {
            db.close();
            type Rev = { seq: number; snapshot: { draft: { data: { applicant?: { address?: string } } } } };
            resolve(
              (all.result as Rev[])
                .sort((a, b) => a.seq - b.seq)
                .map((r) => r.snapshot.draft.data.applicant?.address ?? ''),
            );
          };
          all.onerror = () => reject(all.error ?? new Error('read failed'));
        };
      }),
    draftId,
  );
}

describe('two tabs on one draft', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let pageA: Page;
  let pageB: Page;
  let a: EditorPage;
  let b: EditorPage;
  let draftId: string;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    pageA = await context.newPage();
    await new WizardPage(pageA).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    a = new EditorPage(pageA);
    await typeOver(a, '地址', '衢州市衢江区百灵北路18号');
    await typeOver(a, '联系人', '郑晓燕');
    await a.waitSaved();
    draftId = draftIdOf(pageA);
  });
  afterAll(async () => {
    await close();
  });

  /** Opens the draft in a second tab, before the first tab's next save. */
  async function openB(): Promise<void> {
    pageB = await context.newPage();
    await pageB.goto(pageA.url());
    b = new EditorPage(pageB);
    await b.waitSaved();
  }

  test('A saves 地址, B (opened before) changes 联系人: B is told, keeps both, and both survive', async () => {
    await openB();
    await typeOver(a, '地址', '衢州市衢江区百灵北路20号');
    await a.waitSaved();
    await expect
      .poll(async () => (await storedDraft(pageA, draftId)).applicant['address'])
      .toBe('衢州市衢江区百灵北路20号');

    await typeOver(b, '联系人', '徐国平');
    await notice(pageB).waitFor();
    await expect(notice(pageB).locator('.ant-alert-title').innerText()).resolves.toBe(
      '此申报已在另一个窗口中修改',
    );
    const said = await notice(pageB).innerText();
    expect(said).toContain('另一个窗口修改了：地址「衢州市衢江区百灵北路20号」');
    expect(said).toContain('本窗口尚未保存的修改：联系人');
    await expect(b.saveState().innerText()).resolves.toBe('未保存：此申报已在另一个窗口中修改');
    // Refused: A's 地址 is still what is stored, and B's 联系人 is not written over it.
    expect((await storedDraft(pageB, draftId)).applicant).toMatchObject({
      address: '衢州市衢江区百灵北路20号',
      contactPerson: '郑晓燕',
    });
    await pageB.screenshot({ path: 'test-results/screenshots/two-tabs-conflict-notice.png' });

    await notice(pageB).getByRole('button', { name: '保留我的修改' }).click();
    await b.waitSaved();
    await expect(notice(pageB).count()).resolves.toBe(0);
    await expect(b.field('地址').inputValue()).resolves.toBe('衢州市衢江区百灵北路20号');
    await expect(b.field('联系人').inputValue()).resolves.toBe('徐国平');
    expect((await storedDraft(pageB, draftId)).applicant).toMatchObject({
      address: '衢州市衢江区百灵北路20号',
      contactPerson: '徐国平',
    });
    await pageA.reload();
    await expect.poll(() => a.field('地址').inputValue()).toBe('衢州市衢江区百灵北路20号');
    await expect(a.field('联系人').inputValue()).resolves.toBe('徐国平');
    await pageB.close();
  });

  test('both change 地址: B is asked which to keep; keeping its own keeps A’s as a revision', async () => {
    await openB();
    await typeOver(a, '地址', '衢州市柯城区百家塘路1号');
    await a.waitSaved();
    await typeOver(b, '地址', '衢州市柯城区百家塘路2号');
    await notice(pageB).waitFor();
    const keep = notice(pageB).getByRole('button', { name: '保留我的修改' });
    // Not until the user has chosen for the field both changed.
    await expect(keep.isDisabled()).resolves.toBe(true);
    await pageB.screenshot({ path: 'test-results/screenshots/two-tabs-conflict-choice.png' });
    await notice(pageB).getByText('本窗口：衢州市柯城区百家塘路2号').click();
    await keep.click();
    await b.waitSaved();
    await expect
      .poll(async () => (await storedDraft(pageB, draftId)).applicant['address'])
      .toBe('衢州市柯城区百家塘路2号');
    expect(await revisionAddresses(pageB, draftId)).toContain('衢州市柯城区百家塘路1号');
    await pageB.close();
  });

  test('both change 联系人: B takes the other tab’s version and shows it', async () => {
    await pageA.reload();
    await a.waitSaved();
    await openB();
    await typeOver(a, '联系人', '王立新');
    await a.waitSaved();
    await typeOver(b, '联系人', '李文');
    await notice(pageB).waitFor();
    await notice(pageB).getByRole('button', { name: '载入对方的版本' }).click();
    await expect(notice(pageB).count()).resolves.toBe(0);
    await expect.poll(() => b.field('联系人').inputValue()).toBe('王立新');
    await expect(b.saveState().innerText()).resolves.toMatch(/^已保存/);
    expect((await storedDraft(pageB, draftId)).applicant['contactPerson']).toBe('王立新');
    await pageB.reload();
    await expect.poll(() => b.field('联系人').inputValue()).toBe('王立新');
  });
});
