// Reading a draft by dotted path: `applicant.name`, `data.interns[3].idNumber`.
import { metaKey } from '../schemas';

/** Splits `data.interns[3].idNumber` into `['data', 'interns', 3, 'idNumber']`. */
export function parsePath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const piece of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d*\])*)$/.exec(piece);
    if (!m) throw new Error(`bad field path ${path}`);
    parts.push(m[1] ?? '');
    for (const index of (m[2] ?? '').matchAll(/\[(\d*)\]/g))
      parts.push(index[1] === '' ? -1 : Number(index[1]));
  }
  return parts;
}

/** The value at `path` (concrete indices), or undefined. */
export function valueAt(root: unknown, path: string | readonly (string | number)[]): unknown {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  let value: unknown = root;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** The meta key of a concrete path: `data.interns[3].name` → `data.interns[].name`. */
export function metaKeyOf(path: string): string {
  return metaKey(parsePath(path));
}
