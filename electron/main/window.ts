import { BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guardWindow } from './window-guards';

const rendererHtml = join(import.meta.dirname, '../renderer/index.html');

/** The URL the app's own page lives at; everything else is foreign. */
export function appUrl(): string {
  return process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(rendererHtml).href;
}

/** Creates the main window, locked down: isolated, sandboxed, no Node in the page. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    title: 'GrantDesk 职教补贴申报助手',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  guardWindow(win.webContents, {
    appUrl,
    ask: (options) => dialog.showMessageBoxSync(win, { type: 'question', title: 'GrantDesk', ...options }),
    fail: (title, content) => dialog.showErrorBox(title, content),
    log: (line) => console.warn(line),
  });
  void win.loadURL(appUrl());
  return win;
}
