// Asks the browser to keep our data when disk space runs low, and reports how much is used.

export interface PersistenceReport {
  /** True when the browser promised not to evict our data. */
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** The part of navigator.storage we use (absent in old browsers and some embedded hosts). */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function defaultStorage(): StorageManagerLike | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage;
}

/**
 * Requests persistent storage (call once at start-up) and returns the state and usage. Never throws:
 * where navigator.storage or one of its methods is missing or fails, the answer says not persisted
 * and unknown sizes (null).
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<PersistenceReport> {
  let persisted = false;
  try {
    persisted = (await storage?.persisted?.()) ?? false;
    if (!persisted) persisted = (await storage?.persist?.()) ?? false;
  } catch {
    persisted = false;
  }
  let usageBytes: number | null = null;
  let quotaBytes: number | null = null;
  try {
    const estimate = await storage?.estimate?.();
    usageBytes = estimate?.usage ?? null;
    quotaBytes = estimate?.quota ?? null;
  } catch {
    // Sizes are informative only.
  }
  return { persisted, usageBytes, quotaBytes };
}
