import { app } from 'electron';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { previousVersion } from './version-marker';

const KEEP = 3;

/**
 * When a new version starts for the first time, copies the IndexedDB folder aside before the page
 * opens the database (and a schema upgrade runs), so an update can never cost a draft. Keeps the
 * last three such copies in userData/backups.
 */
export async function snapshotBeforeUpdate(): Promise<string | null> {
  const previous = await previousVersion();
  const current = app.getVersion();
  if (previous === null || previous === current) return null;
  const userData = app.getPath('userData');
  const source = join(userData, 'IndexedDB');
  if (!(await stat(source).catch(() => null))) return null;
  const dir = join(userData, 'backups');
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `pre-update-${previous}-to-${current}-${stamp}`);
  await cp(source, target, { recursive: true });
  const old = (await readdir(dir))
    .filter((n) => n.startsWith('pre-update-'))
    .sort()
    .reverse()
    .slice(KEEP);
  await Promise.all(old.map((n) => rm(join(dir, n), { recursive: true, force: true })));
  return target;
}
