// Notices the app shows at start: after a crash reload, and when the daily automatic backup failed.
import { message, notification } from 'antd';
import i18next from 'i18next';
import { RECOVERED_FLAG } from '../../shared/ipc';
import { fill } from '../i18n/feature-text';
import { startMessages } from './start-messages';
import type { BackupFailure } from '../features/backup/daily-backup';
import { messages as backupMessages } from '../features/backup/messages';

function lang(): 'zh' | 'en' {
  return i18next.language === 'en' ? 'en' : 'zh';
}

/** After a crash reload: tells the user nothing saved was lost, then drops the flag from the address. */
export function showRecoveredNotice(): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get(RECOVERED_FLAG) !== '1') return;
  url.searchParams.delete(RECOVERED_FLAG);
  window.history.replaceState(null, '', url.href);
  const text = startMessages[lang()];
  notification.warning({
    title: text.recoveredTitle,
    description: text.recoveredBody,
    duration: 0,
    placement: 'top',
    className: 'recovered-notice',
  });
}

/** The toast of a failed daily backup (the backup page also keeps a notice until one succeeds). */
export function showBackupFailedToast(failure: BackupFailure): void {
  void message.error({
    content: fill(backupMessages[lang()].autoFailedToast, { error: failure.error }),
    duration: 10,
    className: 'auto-backup-failed-toast',
  });
}
