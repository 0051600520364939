import { app, session } from 'electron';
import { isAllowedRequestUrl, lockContents } from './navigation-policy';
import { appUrl } from './window';

/** Applies the app-wide lock-down: every web contents, the default session's permissions and network. */
export function applySecurity(): void {
  app.on('web-contents-created', (_e, contents) => {
    lockContents(contents, appUrl, (what) => console.warn(`[security] blocked ${what}`));
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, appUrl()) });
  });
}
