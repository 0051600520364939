/** The pages of the shell, in navigation order; the hash (#/drafts) keeps the page across reloads. */
export const ROUTES = ['drafts', 'new', 'policies', 'backup', 'settings'] as const;

export type RouteKey = (typeof ROUTES)[number];

/** Reads the route from a location hash; anything unknown falls back to the drafts list. */
export function routeFromHash(hash: string): RouteKey {
  const key = hash.replace(/^#\/?/, '').split('/')[0];
  return ROUTES.find((r) => r === key) ?? 'drafts';
}
