// Which automatic backups to keep; pure, so plain Node tests run it.

export const AUTO_BACKUP_DAYS = 7;
const PATTERN = /^grantdesk-auto-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})-(daily|pre-update)\.zip$/;

/** The file name of an automatic backup written at `at` (UTC), sortable by time. */
export function autoBackupName(at: Date, reason: 'daily' | 'pre-update'): string {
  const iso = at.toISOString();
  return `grantdesk-auto-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${reason}.zip`;
}

/** When an automatic backup was written, from its name; null for any other file. */
export function autoBackupTime(name: string): Date | null {
  const m = PATTERN.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`) : null;
}

/**
 * The automatic backups to delete: those older than `days` days. The newest one is always kept, so a
 * user who has not opened the app for weeks still has the last backup. Other files are never touched.
 */
export function expiredBackups(names: string[], now: Date, days = AUTO_BACKUP_DAYS): string[] {
  const dated = names
    .map((name) => ({ name, at: autoBackupTime(name) }))
    .filter((f): f is { name: string; at: Date } => f.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const limit = now.getTime() - days * 24 * 60 * 60 * 1000;
  return dated
    .slice(1)
    .filter((f) => f.at.getTime() < limit)
    .map((f) => f.name);
}
