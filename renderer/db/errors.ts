// Every failure the storage layer reports carries one plain sentence the UI can show as is, in Chinese
// (`message`) and in English (`messageEn`) for the English interface.

import type { z } from 'zod';
import { parseBilingual } from './bilingual-parse';

export type StorageErrorCode =
  | 'quota'
  | 'not-found'
  | 'deleted'
  | 'invalid-input'
  | 'invalid-transition'
  | 'in-use'
  | 'write-failed'
  | 'conflict';

/** An error from renderer/db whose message is written for the user: Chinese, and English beside it. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What a message names, in both languages (申报 / application). */
export interface Named {
  zh: string;
  en: string;
}

export const DRAFT_NAME: Named = { zh: '申报', en: 'application' };
export const APPLICANT_NAME: Named = { zh: '申报单位', en: 'applicant' };

const NOT_SAVED = '本次修改未保存，已保存的内容不受影响。';
const NOT_SAVED_EN = 'This change was not saved; what was saved before is unaffected.';

export const QUOTA_MESSAGE = `存储空间不足：本机磁盘或浏览器分配给本程序的空间已用完。${NOT_SAVED}请清理磁盘空间后重试。`;
export const QUOTA_MESSAGE_EN = `Out of storage: the disk, or the space the browser gives this program, is full. ${NOT_SAVED_EN} Free some disk space and try again.`;

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** True for a QuotaExceededError, also when Dexie nests it (AbortError.inner, BulkError.failures, cause). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  const e = error as ErrorLike;
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

function errorName(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

/** Maps anything thrown by IndexedDB or Dexie to a StorageError with a message in both languages. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error))
    return new StorageError('quota', QUOTA_MESSAGE, QUOTA_MESSAGE_EN, { cause: error });
  if (errorName(error) === 'DataCloneError') {
    return new StorageError(
      'invalid-input',
      `内容中含有无法保存的数据。${NOT_SAVED}`,
      `The content holds data that cannot be saved. ${NOT_SAVED_EN}`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(
    'write-failed',
    `保存失败（${detail}）。${NOT_SAVED}`,
    `Saving failed (${detail}). ${NOT_SAVED_EN}`,
    { cause: error },
  );
}

export function notFound(what: Named, id: string): StorageError {
  return new StorageError(
    'not-found',
    `找不到${what.zh}（${id}），可能已被删除。`,
    `The ${what.en} (${id}) was not found; it may have been deleted.`,
  );
}

/**
 * Parses a row before it is written; a failure names the field, with zod's wording in each language
 * (or the schema's own message and its English).
 */
export function parseRow<T>(schema: z.ZodType<T>, row: unknown, what: Named): T {
  const parsed = parseBilingual(schema, row);
  if (parsed.success) return parsed.data;
  throw new StorageError(
    'invalid-input',
    `${what.zh}的字段 ${parsed.path} 无效：${parsed.zh}`,
    `Field ${parsed.path} of the ${what.en} is invalid: ${parsed.en}`,
  );
}
