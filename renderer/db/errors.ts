// Every failure the storage layer reports carries one plain Chinese sentence the UI can show as is.

export type StorageErrorCode =
  'quota' | 'not-found' | 'deleted' | 'invalid-input' | 'invalid-transition' | 'in-use' | 'write-failed';

/** An error from renderer/db whose message is written for the user (Chinese). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const QUOTA_MESSAGE =
  '存储空间不足：本机磁盘或浏览器分配给本程序的空间已用完。本次修改未保存，已保存的内容不受影响。请清理磁盘空间后重试。';

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

/** Maps anything thrown by IndexedDB or Dexie to a StorageError with a Chinese message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', QUOTA_MESSAGE, { cause: error });
  if (errorName(error) === 'DataCloneError') {
    return new StorageError(
      'invalid-input',
      '内容中含有无法保存的数据。本次修改未保存，已保存的内容不受影响。',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('write-failed', `保存失败（${detail}）。本次修改未保存，已保存的内容不受影响。`, {
    cause: error,
  });
}

export function notFound(what: string, id: string): StorageError {
  return new StorageError('not-found', `找不到${what}（${id}），可能已被删除。`);
}
