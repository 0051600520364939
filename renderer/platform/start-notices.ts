// Notices the app shows at start: after a crash reload, and when the daily automatic backup failed.
import { message, notification } from 'antd';
import i18next from 'i18next';
import { RECOVERED_FLAG } from '../../shared/ipc';
import { fill, type FeatureMessages } from '../i18n/feature-text';
import type { BackupFailure } from '../features/backup/daily-backup';
import { messages as backupMessages } from '../features/backup/messages';

const zh = {
  recoveredTitle: '页面意外关闭，已重新载入',
  recoveredBody:
    '已保存的内容没有丢失：草稿保存在本机，最后一次修改已从恢复记录中找回。请核对最后几秒的输入。',
};

export const startMessages: FeatureMessages<typeof zh> = {
  zh,
  en: {
    recoveredTitle: 'The page closed unexpectedly and was reloaded',
    recoveredBody:
      'Nothing saved was lost: drafts are kept on this computer and the last edit was replayed from the journal. Check the last few seconds of typing.',
  },
};

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
