// Public API of the backup feature.
export { BackupError, backupMessages } from './backup-error';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  type DraftEntry,
  type Manifest,
  type ManifestEntry,
} from './backup-format';
export type { DraftDataValidator } from './backup-checks';
export { exportBackup, type BackupFile, type ExportBackupOptions } from './export-backup';
export { readBackup, type ParsedBackup } from './read-backup';
export {
  RESTORED_SUFFIX,
  RESTORED_SUFFIX_EN,
  restoreBackup,
  type RestoreOptions,
  type RestoreOutcome,
  type RestoreReport,
} from './restore-backup';
