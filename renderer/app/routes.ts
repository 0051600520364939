/** The pages of the shell, in navigation order; the hash (#/drafts) keeps the page across reloads. */
export const ROUTES = [
  { key: 'drafts', label: '申报草稿' },
  { key: 'new', label: '新建申报' },
  { key: 'policies', label: '政策库' },
  { key: 'backup', label: '备份与恢复' },
  { key: 'settings', label: '设置' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

/** Reads the route from a location hash; anything unknown falls back to the drafts list. */
export function routeFromHash(hash: string): RouteKey {
  const key = hash.replace(/^#\/?/, '').split('/')[0];
  return ROUTES.find((r) => r.key === key)?.key ?? 'drafts';
}
