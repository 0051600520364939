// The pack version a draft file names (`policyVersion`), looked up among the registered versions.
import { getPack } from './registry';
import { finding } from './rules/common';
import type { Finding, Pack } from './types';

export interface DraftPack {
  /** The pack to check and print under: the pinned version, else (unpinned or missing) the newest. */
  pack: Pack | undefined;
  /** When the pinned version is not here: the finding that says so, naming the version used instead. */
  missing: Finding | undefined;
}

/** `pack@version`, as prints, print records and messages name a pack version. */
export function packAt(policy: string, version: string): string {
  return `${policy}@${version}`;
}

/**
 * The finding of a draft pinned to a pack version that is neither bundled nor imported here. An error:
 * checks and prints under another version must not pass as the pinned one's.
 */
export function pinMissingFinding(policy: string, version: string, newest: Pack): Finding {
  const pinned = packAt(policy, version);
  const used = packAt(newest.id, newest.version);
  return finding(
    null,
    'policy.version-missing',
    'error',
    ['policyVersion'],
    null,
    `草稿使用政策包 ${pinned}，本机没有这个版本（未随应用提供，也未导入）；以下按现有的 ${used} 核对。请导入 ${pinned}，或在 GrantDesk 中把草稿更新到 ${used}`,
    `The draft uses policy pack ${pinned}, and this version is not here (neither bundled nor imported); it is checked below under ${used}, which is. Import ${pinned}, or move the draft to ${used} in GrantDesk`,
  );
}

/**
 * The registered pack a draft is checked under: its pinned `version` when registered, else the newest
 * version of `policy` together with a {@link pinMissingFinding}. Unpinned drafts (from before pins)
 * take the newest version. `pack` is undefined when no version of `policy` is registered.
 */
export function resolveDraftPack(policy: string, version: string | undefined): DraftPack {
  const newest = getPack(policy);
  if (version === undefined || !newest) return { pack: newest, missing: undefined };
  const pinned = getPack(policy, version);
  if (pinned) return { pack: pinned, missing: undefined };
  return { pack: newest, missing: pinMissingFinding(policy, version, newest) };
}
