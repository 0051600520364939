/** The pages of the shell, in navigation order; the hash (#/drafts) keeps the page across reloads. */
export const ROUTES = ['drafts', 'new', 'eligibility', 'policies', 'acroform', 'backup', 'settings'] as const;

export type RouteKey = (typeof ROUTES)[number];

/** Where the app is: a page, or the editor of one draft (#/drafts/<id>). */
export interface Route {
  key: RouteKey;
  draftId?: string;
}

/** Reads the route from a location hash; anything unknown falls back to the drafts list. */
export function routeFromHash(hash: string): Route {
  const [key, id] = hash.replace(/^#\/?/, '').split('/');
  const found = ROUTES.find((r) => r === key) ?? 'drafts';
  return found === 'drafts' && id ? { key: found, draftId: decodeURIComponent(id) } : { key: found };
}

/** The hash of the editor of one draft. */
export function editorHash(draftId: string): string {
  return `#/drafts/${encodeURIComponent(draftId)}`;
}
