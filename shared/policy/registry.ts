import { PROGRAM_IDS, type PolicyId, type ProgramId } from '../schemas';
import { loadPackYaml } from './format/load';
import { problemLine } from './format/problems';
import { BUNDLED_PACK_YAML } from './packs/bundled';
import { PROGRAM_SPECS } from './program-specs';
import { cite } from './rules/common';
import { compareVersions } from './version';
import type { Clause, Pack, ProgramDefinition, ProgramSpec } from './types';

export { PROGRAM_SPECS } from './program-specs';

function bundled(id: string, packYaml: string): Pack {
  const { pack, problems } = loadPackYaml(packYaml);
  const errors = problems.filter((p) => p.severity === 'error');
  // The pack tests load every bundled pack with its source; reaching this is a build that skipped them.
  if (!pack || errors.length > 0)
    throw new Error(`bundled pack ${id}: ${errors.map((p) => problemLine(p, 'en')).join('; ')}`);
  return pack;
}

/**
 * The packs bundled with the app (shared/policy/packs/<id>/pack.yaml), in the order the 政策库 lists
 * them. Imported packs are not here: see {@link listPacks}.
 */
export const PACKS: readonly Pack[] = BUNDLED_PACK_YAML.map((b) => bundled(b.id, b.packYaml));

/** Source file name of each bundled pack (the 政策库 shows them). */
export const POLICY_SOURCE_FILES: Readonly<Record<PolicyId, string>> = Object.fromEntries(
  PACKS.map((p) => [p.id, p.sourceFile]),
);

// Every version of every pack by id, oldest first; the ids in the order they were first registered.
const byId = new Map<PolicyId, Pack[]>();
let listed: readonly Pack[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  listed = [...byId.values()].map((versions) => versions[versions.length - 1] as Pack);
  for (const listener of listeners) listener();
}

/**
 * Adds a pack (a bundled one, or one imported at runtime). A pack with the same id and version
 * replaces that version; another version is kept beside the others, and the newest one is the
 * pack that {@link getPack} and {@link listPacks} give. Listeners are told.
 */
export function registerPack(pack: Pack): void {
  const versions = (byId.get(pack.id) ?? []).filter((p) => p.version !== pack.version);
  versions.push(pack);
  versions.sort((a, b) => compareVersions(a.version, b.version));
  byId.set(pack.id, versions);
  changed();
}

/**
 * Removes one version of a pack, or every version when `version` is omitted. True if something was
 * removed. Drafts that pinned the pack keep their own copy; the registry only stops offering it.
 */
export function unregisterPack(id: PolicyId, version?: string): boolean {
  const versions = byId.get(id);
  if (!versions) return false;
  const kept = version === undefined ? [] : versions.filter((p) => p.version !== version);
  if (kept.length === versions.length) return false;
  if (kept.length === 0) byId.delete(id);
  else byId.set(id, kept);
  changed();
  return true;
}

/**
 * The newest version of every registered pack, in registration order (the bundled five first). The
 * same array is returned until the registry changes, so it can back `useSyncExternalStore`.
 */
export function listPacks(): readonly Pack[] {
  return listed;
}

/** Every registered version of one pack, oldest first (empty when unknown). */
export function listPackVersions(id: PolicyId): readonly Pack[] {
  return byId.get(id) ?? [];
}

/** Calls `listener` after every change of the registry; returns the unsubscribe function. */
export function subscribePacks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The pack with this id (the given version, else the newest), or undefined. */
export function getPack(id: string, version?: string): Pack | undefined {
  const versions = byId.get(id);
  if (!versions) return undefined;
  if (version === undefined) return versions[versions.length - 1];
  return versions.find((p) => p.version === version);
}

/** A program resolved under a given pack object (registered or not, e.g. a draft's pinned copy). */
export function programOf<P extends ProgramId>(pack: Pack, program: P): ProgramDefinition<P> | undefined {
  const offering = pack.programs[program];
  if (!offering) return undefined;
  const spec: ProgramSpec<P> = PROGRAM_SPECS[program];
  const clauses = offering.clauses.map(
    (ref): Clause => pack.clauses.find((c) => c.ref === ref) ?? { ref, text: '' },
  );
  return {
    id: program,
    policy: pack.id,
    applicant: spec.applicant,
    title: spec.title,
    formula: offering.formula,
    clauses,
    citations: offering.clauses.map((ref) => cite(pack, ref)),
    evidence: spec.evidence,
    rules: [...spec.rules, ...offering.rules],
    amount: offering.amount,
    userStandard: offering.userStandard,
    userStandardBases: spec.userStandardBases,
    claims: spec.claims,
    sourceFile: pack.sourceFile,
  };
}

/**
 * A program resolved under a pack: pack-independent rules first, then the pack's; the clauses it
 * relies on with their quoted text. Undefined when the pack (or that version) is not registered or
 * does not offer the program.
 */
export function getProgram<P extends ProgramId>(
  policy: string,
  program: P,
  version?: string,
): ProgramDefinition<P> | undefined {
  const pack = getPack(policy, version);
  return pack ? programOf(pack, program) : undefined;
}

/** Every (pack, program) pair the registered packs offer, in registry order. */
export function listOfferings(): { policy: PolicyId; program: ProgramId }[] {
  return listPacks().flatMap((pack) =>
    PROGRAM_IDS.filter((program) => pack.programs[program] !== undefined).map((program) => ({
      policy: pack.id,
      program,
    })),
  );
}

for (const pack of PACKS) registerPack(pack);
