// Why a backup could not be read, in one Chinese sentence naming the entry (and field) at fault.

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

export const backupMessages = {
  notZip: (): string => '文件不是有效的 zip 备份（可能被截断）',
  notBackup: (): string => '这个文件不是 GrantDesk 备份（缺少 manifest.json）',
  wrongFormat: (): string => '这个文件不是 GrantDesk 备份（manifest.json 中的格式标识不符）',
  version: (found: unknown): string => `备份格式版本 ${String(found)} 不受支持（本程序支持 1）`,
  missingListed: (path: string): string => `备份文件不完整：缺少 manifest.json 中列出的 ${path}`,
  missing: (path: string): string => `备份文件不完整：缺少 ${path}`,
  corrupt: (path: string): string => `备份文件中 ${path} 的校验值不符（文件已损坏或被修改）`,
  notJson: (path: string): string => `备份文件中 ${path} 无法读取：不是有效的 JSON`,
  field: (path: string, field: string, detail: string): string =>
    `备份文件中 ${path} 的字段 ${field || '（整体）'} 无效：${detail}`,
  unlisted: (path: string): string => `备份文件中的 ${path} 未列在 manifest.json 中（文件可能被修改）`,
  unknownEntry: (path: string): string => `备份文件中有无法识别的条目 ${path}`,
  draftNotFound: (id: string): string => `找不到要备份的申报（${id}），可能已被删除。`,
};
