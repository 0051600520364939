import type { FeatureMessages } from '../../i18n/feature-text';

const zh = {
  fileFilter: 'GrantDesk 备份',
  exported: '已导出 {drafts} 份申报、{attachments} 个附件',
  restored: '已恢复 {n} 份申报',
  fileError: '「{name}」：{error}',
  restoreFailed: '「{name}」：{error}（数据库未做任何修改）',
  reminderLast: '上次下载备份是 {when}，已超过一周',
  reminderNever: '还没有下载过备份',
  reminderBrowser: '浏览器版不能自动把备份写到磁盘上：请定期导出备份，保存到 U 盘或网盘。',
  exportTitle: '导出备份',
  exportIntro:
    '把本机全部 {n} 份申报连同花名册、附件和修改历史导出为一个 .zip 文件。文件中的每一项都带有校验值，恢复时会逐项核对。',
  restoreTitle: '从备份恢复',
  cannotRestore: '无法恢复',
  backupFile: '备份文件',
  backupTime: '备份时间',
  draftCount: '申报份数',
  keepBoth: '本机已有同一份申报时：两份都保留（恢复的一份标题后加“（恢复）”）',
  replace: '本机已有同一份申报时：用备份替换（替换前的内容保存在修改历史中）',
  startRestore: '开始恢复',
  autoTitle: '自动备份（保留最近 7 天）',
  autoEmpty: '还没有自动备份：每天第一次打开程序时自动生成',
  autoFailed: '今天的自动备份失败（{when}）：{error}。请立即手动导出一份备份。',
  autoFailedToast: '自动备份失败：{error}。请在“备份与恢复”页手动导出备份。',
};

export const messages: FeatureMessages<typeof zh> = {
  zh,
  en: {
    fileFilter: 'GrantDesk backup',
    exported: 'Exported {drafts} applications and {attachments} attachments',
    restored: 'Restored {n} applications',
    fileError: '"{name}": {error}',
    restoreFailed: '"{name}": {error} (nothing in the database was changed)',
    reminderLast: 'The last backup download was on {when}, more than a week ago',
    reminderNever: 'No backup downloaded yet',
    reminderBrowser:
      'The browser version cannot write backups to disk by itself: export one regularly and keep it on a USB drive or cloud disk.',
    exportTitle: 'Export backup',
    exportIntro:
      'Exports all {n} applications on this computer, with their rosters, attachments and history, to one .zip file. Every item carries a checksum that is verified on restore.',
    restoreTitle: 'Restore from backup',
    cannotRestore: 'Cannot restore',
    backupFile: 'Backup file',
    backupTime: 'Backed up',
    draftCount: 'Applications',
    keepBoth: 'If an application is already here: keep both (the restored copy’s title ends in “(restored)”)',
    replace: 'If an application is already here: replace it (its current content is kept in the history)',
    startRestore: 'Restore',
    autoTitle: 'Automatic backups (last 7 days)',
    autoEmpty: 'No automatic backups yet: one is made the first time the app opens each day',
    autoFailed: "Today's automatic backup failed ({when}): {error}. Export a backup by hand now.",
    autoFailedToast: 'Automatic backup failed: {error}. Export a backup by hand on the Backup page.',
  },
};
