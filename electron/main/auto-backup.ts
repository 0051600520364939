import { app } from 'electron';
import { mkdir, readdir, rm, stat, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutoBackupFile, IpcRequest, IpcResponses } from '../../shared/ipc';
import { autoBackupName, autoBackupTime, expiredBackups } from './auto-backup-policy';

const backupDir = () => join(app.getPath('userData'), 'backups');

/** Writes one automatic backup (atomically, via a temporary name) and drops those past retention. */
export async function writeAutoBackup(
  req: IpcRequest<'backup:write-auto'>,
): Promise<IpcResponses['backup:write-auto']> {
  const dir = backupDir();
  await mkdir(dir, { recursive: true });
  const path = join(dir, autoBackupName(new Date(), req.reason));
  await writeFile(`${path}.part`, req.bytes);
  await rename(`${path}.part`, path);
  const removed = expiredBackups(await readdir(dir), new Date());
  await Promise.all(removed.map((name) => rm(join(dir, name), { force: true })));
  return { path, removed };
}

/** The automatic backups on disk, newest first. */
export async function listAutoBackups(): Promise<AutoBackupFile[]> {
  const dir = backupDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names.map(async (name) => {
      const at = autoBackupTime(name);
      return at ? { name, size: (await stat(join(dir, name))).size, at: at.toISOString() } : null;
    }),
  );
  return files.filter((f): f is AutoBackupFile => f !== null).sort((a, b) => b.at.localeCompare(a.at));
}
