export { PACK_VERSION_PATTERN } from '../schemas/catalog';

/**
 * Orders two pack versions number by number (`2025.10` is newer than `2025.9`; a missing part counts
 * as 0). Negative when `a` is older, positive when newer, 0 when equal.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
