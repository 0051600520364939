// Which version of its pack a draft is checked under, and the newer one it may move to.
import { useSyncExternalStore } from 'react';
import { compareVersions, getPack, listPacks, PACKS, subscribePacks } from '../../../shared/policy';
import { checkForPrint } from '../../../shared/forms/check-for-print';
import { checkDraft, type CheckContext, type CheckResult } from '../../../shared/policy/engine';
import type { Pack } from '../../../shared/policy/types';

// Every imported version read from storage, removed ones too: drafts pinned to them keep working.
const copies = new Map<string, Pack>();
const key = (id: string, version: string) => `${id}@${version}`;

/** Keeps a stored pack version for the drafts pinned to it (registered or not). */
export function keepPackCopy(pack: Pack): void {
  copies.set(key(pack.id, pack.version), pack);
}

// The full text of imported packs (bundled ones load theirs from the app's files).
const sources = new Map<string, string>();

/** Keeps an imported pack version's source text for the 政策库. */
export function keepPackSource(pack: Pack, text: string): void {
  sources.set(key(pack.id, pack.version), text);
}

/** The source text of an imported pack version, or undefined for a bundled one. */
export function importedSource(pack: Pick<Pack, 'id' | 'version'>): string | undefined {
  return sources.get(key(pack.id, pack.version));
}

/** A stored pack version that no longer loads (a damaged record, or a kind a later app added). */
export interface UnreadablePack {
  packId: string;
  version: string;
  /** Each problem in Chinese, then in English (same order). */
  problems: string[];
  problemsEn: string[];
  /** The user had removed it before it stopped loading. */
  removed: boolean;
}

let unreadable: readonly UnreadablePack[] = [];
const unreadableListeners = new Set<() => void>();

/** Keeps the stored versions that failed to load (the last read of the packs table), and tells. */
export function keepUnreadablePacks(list: readonly UnreadablePack[]): void {
  const same =
    list.length === unreadable.length &&
    list.every((u, i) => JSON.stringify(u) === JSON.stringify(unreadable[i]));
  if (same) return;
  unreadable = list;
  for (const listener of unreadableListeners) listener();
}

/** The stored versions that failed to load; the same array until that changes. */
export function listUnreadablePacks(): readonly UnreadablePack[] {
  return unreadable;
}

/** The 政策库's list of stored versions that no longer load, re-rendering when it changes. */
export function useUnreadablePacks(): readonly UnreadablePack[] {
  return useSyncExternalStore((listener) => {
    unreadableListeners.add(listener);
    return () => unreadableListeners.delete(listener);
  }, listUnreadablePacks);
}

/** The version a draft is pinned to: its own pin, else (drafts from before pins) the bundled version. */
export function pinnedVersion(policy: string, pin: string | undefined): string | undefined {
  return pin ?? PACKS.find((p) => p.id === policy)?.version ?? getPack(policy)?.version;
}

export interface PinnedPack {
  policy: string;
  /** Undefined when the pack id is not known at all. */
  version: string | undefined;
  /** The pinned version's pack; undefined when neither registered nor kept (say what is missing). */
  pack: Pack | undefined;
  /** When the pinned version is stored here but no longer loads: why. */
  unreadable?: UnreadablePack;
  /**
   * The newest registered version, when it is newer than the pin; when the pinned version is missing,
   * the newest one here whatever its number (a file from a machine with a later version is offered it).
   */
  newer: Pack | undefined;
}

/** The pinned pack of a draft and the newer version on offer, if any. */
export function resolvePin(policy: string, pin: string | undefined): PinnedPack {
  const version = pinnedVersion(policy, pin);
  const pack =
    version === undefined ? undefined : (getPack(policy, version) ?? copies.get(key(policy, version)));
  const current = getPack(policy);
  const newer =
    current && version !== undefined && (!pack || compareVersions(current.version, version) > 0)
      ? current
      : undefined;
  const broken = pack ? undefined : unreadable.find((u) => u.packId === policy && u.version === version);
  return { policy, version, pack, newer, ...(broken ? { unreadable: broken } : {}) };
}

/**
 * Checks a stored draft under the version it is pinned to (a kept copy included; a draft from before pins
 * under the bundled version), as the editor does, so the drafts list and the summary show its amount.
 */
export function checkUnderPin(
  envelope: { policy: string; policyVersion?: string },
  context: CheckContext = {},
): CheckResult {
  const { pack } = resolvePin(envelope.policy, envelope.policyVersion);
  return checkDraft(envelope, pack ? { ...context, pack } : context);
}

/** {@link checkForPrint} under the draft's pinned version, as {@link checkUnderPin} checks it. */
export function checkForPrintUnderPin(envelope: { policy: string; policyVersion?: string }) {
  const { pack } = resolvePin(envelope.policy, envelope.policyVersion);
  return checkForPrint(envelope, pack ? { pack } : {});
}

/** `pack@version` as prints and print records carry it. */
export function packLabel(policy: string, version: string | undefined): string {
  return version === undefined ? policy : `${policy}@${version}`;
}

/** The registered packs (newest version of each), re-rendering when an import or removal changes them. */
export function useRegisteredPacks(): readonly Pack[] {
  return useSyncExternalStore(subscribePacks, listPacks);
}
