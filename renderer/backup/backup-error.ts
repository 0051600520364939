// Why a backup could not be read or written, in one sentence naming the entry (and field) at fault,
// in Chinese (`message`) and in English (`messageEn`) for the English interface.

/** A detail inside a message: our own words in both languages, or a text already worded (a zod issue). */
export type Detail = string | { zh: string; en: string };

const say = (detail: Detail, lang: 'zh' | 'en') => (typeof detail === 'string' ? detail : detail[lang]);

export const backupMessages = {
  notZip: (): string => '文件不是有效的 zip 备份（可能被截断）',
  notBackup: (): string => '这个文件不是 GrantDesk 备份（缺少 manifest.json）',
  wrongFormat: (): string => '这个文件不是 GrantDesk 备份（manifest.json 中的格式标识不符）',
  version: (found: unknown): string => `备份格式版本 ${String(found)} 不受支持（本程序支持 1）`,
  missingListed: (path: string): string => `备份文件不完整：缺少 manifest.json 中列出的 ${path}`,
  missing: (path: string): string => `备份文件不完整：缺少 ${path}`,
  corrupt: (path: string): string => `备份文件中 ${path} 的校验值不符（文件已损坏或被修改）`,
  notJson: (path: string): string => `备份文件中 ${path} 无法读取：不是有效的 JSON`,
  field: (path: string, field: string, detail: Detail): string =>
    `备份文件中 ${path} 的字段 ${field || '（整体）'} 无效：${say(detail, 'zh')}`,
  unlisted: (path: string): string => `备份文件中的 ${path} 未列在 manifest.json 中（文件可能被修改）`,
  unknownEntry: (path: string): string => `备份文件中有无法识别的条目 ${path}`,
  draftNotFound: (id: string): string => `找不到要备份的申报（${id}），可能已被删除。`,
  duplicate: (path: string): string => `备份文件中有两个同名条目 ${path}（文件可能被修改）`,
  tooManyEntries: (max: number): string =>
    `备份文件的条目超过 ${max.toLocaleString('en-US')} 个，不是 GrantDesk 备份`,
  entryTooLarge: (path: string, mib: number): string =>
    `备份文件中 ${path} 解压后超过 ${mib} MB，已停止读取（文件可能被修改）`,
  totalTooLarge: (mib: number): string => `备份文件解压后超过 ${mib} MB，已停止读取`,
};

type Messages = typeof backupMessages;

export const backupMessagesEn: Messages = {
  notZip: () => 'The file is not a valid zip backup (it may be cut short)',
  notBackup: () => 'This file is not a GrantDesk backup (manifest.json is missing)',
  wrongFormat: () => 'This file is not a GrantDesk backup (the format in manifest.json is wrong)',
  version: (found) => `Backup format version ${String(found)} is not supported (this app reads 1)`,
  missingListed: (path) => `The backup is incomplete: ${path}, listed in manifest.json, is missing`,
  missing: (path) => `The backup is incomplete: ${path} is missing`,
  corrupt: (path) => `The checksum of ${path} in the backup does not match (the file is damaged or changed)`,
  notJson: (path) => `Cannot read ${path} in the backup: it is not valid JSON`,
  field: (path, field, detail) =>
    `Field ${field || '(whole entry)'} of ${path} in the backup is invalid: ${say(detail, 'en')}`,
  unlisted: (path) => `${path} in the backup is not listed in manifest.json (the file may have been changed)`,
  unknownEntry: (path) => `The backup has an entry that is not recognised: ${path}`,
  draftNotFound: (id) => `Cannot find the application to back up (${id}); it may have been deleted.`,
  duplicate: (path) => `The backup has two entries named ${path} (the file may have been changed)`,
  tooManyEntries: (max) =>
    `The backup has more than ${max.toLocaleString('en-US')} entries: it is not a GrantDesk backup`,
  entryTooLarge: (path, mib) =>
    `${path} in the backup unpacks to more than ${mib} MB; reading stopped (the file may have been changed)`,
  totalTooLarge: (mib) => `The backup unpacks to more than ${mib} MB; reading stopped`,
};

export class BackupError extends Error {
  override readonly name = 'BackupError';
  /** The same reason in English. */
  readonly messageEn: string;

  constructor(message: string, messageEn: string = message) {
    super(message);
    this.messageEn = messageEn;
  }
}

/** A BackupError worded in both languages. */
export function backupError<K extends keyof Messages>(key: K, ...args: Parameters<Messages[K]>): BackupError {
  const word = (messages: Messages) => (messages[key] as (...a: Parameters<Messages[K]>) => string)(...args);
  return new BackupError(word(backupMessages), word(backupMessagesEn));
}
