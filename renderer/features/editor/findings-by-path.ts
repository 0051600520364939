import type { Finding } from '../../../shared/policy/types';

/** `['data', 'interns', 3, 'idNumber']` → `data.interns.3.idNumber`: the key fields and cells look up. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/** Findings grouped by the exact field they point at (the most severe first, as the engine sorts them). */
export function findingsByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = pathKey(f.path);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

/** Errors and warnings whose path starts with `prefix` (a section, a table), for counts. */
export function countUnder(
  findings: readonly Finding[],
  prefixes: readonly string[],
): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    const key = pathKey(f.path);
    if (!prefixes.some((p) => key === p || key.startsWith(`${p}.`))) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
