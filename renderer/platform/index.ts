import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './types';

export type { AutoBackups, FileFilter, PickedFile, Platform } from './types';

/** Picks the implementation once at start: the preload's API means Electron, else a plain browser. */
export function pickPlatform(): Platform {
  return window.grantdesk ? createElectronPlatform(window.grantdesk) : createBrowserPlatform();
}
