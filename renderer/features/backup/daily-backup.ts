import { countDrafts, type GrantDeskDb } from '../../db';
import { exportBackup } from '../../backup';
import type { Platform } from '../../platform';

const DAY_MS = 24 * 60 * 60 * 1000;
const LAST_DOWNLOAD_KEY = 'grantdesk.lastBackupDownload';
const FAILURE_KEY = 'grantdesk.dailyBackupFailure';
/** Fired on window when the daily backup fails or succeeds again, so an open backup page updates. */
export const BACKUP_STATE_EVENT = 'grantdesk:daily-backup';

/**
 * The desktop app writes one automatic backup a day to its user-data folder (main keeps 7 days).
 * Returns the file written, or null when none was due or there is nothing to back up.
 */
export async function runDailyBackup(
  db: GrantDeskDb,
  platform: Platform,
  appVersion: string,
  now = Date.now(),
): Promise<string | null> {
  if (!platform.autoBackups) return null;
  if ((await countDrafts(db)) === 0) return null;
  const newest = (await platform.autoBackups.list())[0];
  if (newest && now - Date.parse(newest.at) < DAY_MS) return null;
  const file = await exportBackup(db, { appVersion });
  return platform.autoBackups.write(new Uint8Array(await file.blob.arrayBuffer()), 'daily');
}

/** The browser build cannot write files by itself: it remembers when the user last downloaded one. */
export function lastBackupDownload(): number | null {
  const value = Number(localStorage.getItem(LAST_DOWNLOAD_KEY));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function rememberBackupDownload(at = Date.now()): void {
  localStorage.setItem(LAST_DOWNLOAD_KEY, String(at));
}

/** True when a browser user should be reminded to download a backup (none for a week). */
export function backupReminderDue(now = Date.now()): boolean {
  const last = lastBackupDownload();
  return last === null || now - last > 7 * DAY_MS;
}

/** The last daily backup that failed and has not been followed by a good one. */
export interface BackupFailure {
  at: number;
  error: string;
}

/** The failure the backup page shows, or null once a daily backup succeeded again. */
export function dailyBackupFailure(): BackupFailure | null {
  try {
    const value = JSON.parse(localStorage.getItem(FAILURE_KEY) ?? 'null') as BackupFailure | null;
    return value && typeof value.at === 'number' && typeof value.error === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Runs the daily backup and makes a failure visible: kept for the backup page's notice (until a
 * later backup succeeds) and handed to `onFailure` for a toast. A failure is never only logged.
 */
export async function runDailyBackupReporting(
  db: GrantDeskDb,
  platform: Platform,
  appVersion: string,
  onFailure: (failure: BackupFailure) => void,
  now = Date.now(),
): Promise<void> {
  try {
    if ((await runDailyBackup(db, platform, appVersion, now)) !== null) localStorage.removeItem(FAILURE_KEY);
  } catch (e) {
    console.error('[backup] daily backup failed', e);
    // Electron wraps main's error as "Error invoking remote method 'x': Error: …"; the user needs the … part.
    const raw = e instanceof Error ? e.message : String(e);
    const error = raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '').slice(0, 300);
    const failure = { at: now, error };
    localStorage.setItem(FAILURE_KEY, JSON.stringify(failure));
    onFailure(failure);
  }
  window.dispatchEvent(new Event(BACKUP_STATE_EVENT));
}
