// Stored data is plain JSON, so that what is saved is exactly what a backup brings back.
import type { Table } from 'dexie';
import type { GrantDeskDb } from './grantdesk-db';
import type { JsonObject } from './row-schemas';
import { StorageError, toStorageError, type Named } from './errors';

/**
 * A JSON copy of a plain object: undefined fields are dropped, Dates become ISO strings, NaN becomes
 * null (as JSON.stringify does). Throws a StorageError for anything that is not an object.
 */
export function toJsonObject(value: unknown, what: Named): JsonObject {
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(value ?? {})) as unknown;
  } catch (error) {
    throw new StorageError(
      'invalid-input',
      `${what.zh}中含有无法保存的内容。`,
      `The ${what.en} holds content that cannot be saved.`,
      { cause: error },
    );
  }
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) {
    throw new StorageError('invalid-input', `${what.zh}应为一个对象。`, `The ${what.en} must be an object.`);
  }
  return copy as JsonObject;
}

/** Runs `fn` in one read-write transaction: all of it is written or none; errors become StorageErrors. */
export async function writeTransaction<T>(
  db: GrantDeskDb,
  tables: Table[],
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, fn);
  } catch (error) {
    throw toStorageError(error);
  }
}
