import { describe, expect, test } from 'vitest';
import {
  isAllowedRequestUrl,
  isInAppUrl,
  lockContents,
  type LockableContents,
  type PreventableEvent,
} from '../../../../electron/main/navigation-policy';

const FILE_APP = 'file:///opt/grantdesk/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isInAppUrl', () => {
  test.each([
    [FILE_APP + '#/drafts', FILE_APP, true],
    ['file:///etc/passwd', FILE_APP, false],
    ['https://example.com/', FILE_APP, false],
    ['http://localhost:5173/#/settings', DEV_APP, true],
    ['http://localhost:5174/', DEV_APP, false],
    ['http://evil.localhost:5173/', DEV_APP, false],
    ['not a url', DEV_APP, false],
  ])('%s within %s → %s', (target, app, expected) => {
    expect(isInAppUrl(target, app)).toBe(expected);
  });
});

describe('isAllowedRequestUrl (offline means offline)', () => {
  test.each([
    ['file:///opt/grantdesk/out/renderer/assets/index.js', FILE_APP, true],
    ['data:image/png;base64,AAAA', FILE_APP, true],
    ['blob:file:///1234', FILE_APP, true],
    ['https://fonts.googleapis.com/css', FILE_APP, false],
    ['http://127.0.0.1:9999/', FILE_APP, false],
    ['http://localhost:5173/src/main.tsx', DEV_APP, true],
    ['https://example.com/', DEV_APP, false],
    // Only the app's own folder (out/renderer) of the disk is readable (issue #12).
    ['file:///opt/grantdesk/out/renderer/index.html', FILE_APP, true],
    ['file:///etc/passwd', FILE_APP, false],
    ['file:///home/user/.ssh/id_rsa', FILE_APP, false],
    ['file:///opt/grantdesk/out/main/index.js', FILE_APP, false],
    ['file:///opt/grantdesk/out/renderer-evil/x.js', FILE_APP, false],
    ['file:///opt/grantdesk/out/renderer/../../../etc/passwd', FILE_APP, false],
    ['file:///opt/grantdesk/out/renderer/%2e%2e/%2e%2e/secret', FILE_APP, false],
    ['file:///opt/grantdesk/out/renderer/..%2f..%2fsecret', FILE_APP, false],
    ['file:///opt/grantdesk/out/renderer/..%5C..%5Csecret', FILE_APP, false],
    ['file://fileserver/opt/grantdesk/out/renderer/index.html', FILE_APP, false],
    ['file:///opt/grantdesk/out/renderer/assets/x.js', DEV_APP, false],
  ])('%s (app %s) → %s', (url, app, expected) => {
    expect(isAllowedRequestUrl(url, app)).toBe(expected);
  });
});

class FakeContents implements LockableContents {
  listeners = new Map<string, (e: PreventableEvent, url: string) => void>();
  openHandler?: (d: { url: string }) => { action: 'deny' };
  on(event: string, listener: (e: PreventableEvent, url: string) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  emit(event: string, url = ''): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

describe('lockContents', () => {
  const setup = () => {
    const contents = new FakeContents();
    const blocked: string[] = [];
    lockContents(
      contents,
      () => FILE_APP,
      (what) => blocked.push(what),
    );
    return { contents, blocked };
  };

  test('refuses navigation to an outside URL and allows in-app hash changes', () => {
    const { contents, blocked } = setup();
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', FILE_APP + '#/settings')).toBe(false);
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(blocked).toEqual(['navigation to https://example.com/', 'navigation to https://example.com/']);
  });

  test('denies every window.open, even to the app itself', () => {
    const { contents, blocked } = setup();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: FILE_APP })).toEqual({ action: 'deny' });
    expect(blocked).toEqual(['window.open https://example.com/', `window.open ${FILE_APP}`]);
  });

  test('refuses webviews', () => {
    const { contents } = setup();
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});
