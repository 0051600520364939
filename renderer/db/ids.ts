// Ids are random so that drafts made on two PCs never collide when a backup is restored.

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A new random id (UUID v4); falls back to getRandomValues where randomUUID is unavailable (insecure context). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when the id is safe to use as a file name inside a backup zip. */
export function isSafeId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export { ID_PATTERN };
