// Evidence counts only with its bytes: a listed file that is not stored ticks nothing.
import type { GrantDeskDb } from './grantdesk-db';
import { listAttachments } from './attachments';

/** The entries of a draft's attachment list whose file is stored (by SHA-256). */
export function storedListing<T>(listing: readonly T[], files: readonly { sha256: string }[]): T[] {
  const stored = new Set(files.map((f) => f.sha256.toLowerCase()));
  return listing.filter((entry) => {
    const sha = (entry as { sha256?: unknown } | null)?.sha256;
    return typeof sha === 'string' && stored.has(sha.toLowerCase());
  });
}

/**
 * The draft envelope with only the attachments whose files are stored, for printing: the form's
 * checklist, its notes and the embedded draft then name exactly the files appended.
 */
export async function withStoredAttachments(
  db: GrantDeskDb,
  draftId: string,
  envelope: unknown,
): Promise<unknown> {
  if (envelope === null || typeof envelope !== 'object') return envelope;
  const listing = (envelope as { attachments?: unknown }).attachments;
  if (!Array.isArray(listing)) return envelope;
  return { ...envelope, attachments: storedListing(listing, await listAttachments(db, draftId)) };
}
