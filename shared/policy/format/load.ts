import type { Pack } from '../types';
import { buildPack } from './build-pack';
import type { PackDocument } from './document';
import type { PackProblem } from './problems';
import { checkSource } from './source-text';
import { readYaml } from './yaml-source';

/** A pack folder's files, as text. */
export interface PackFolder {
  packYaml: string;
  testsYaml?: string;
  sourceTxt: string;
}

/** What loading a pack gives: the pack when there is no error, and every problem with its place. */
export interface LoadedPack {
  pack?: Pack;
  /** pack.yaml as read (for showing clauses and parameters even when the pack is refused). */
  doc?: PackDocument;
  problems: PackProblem[];
}

/**
 * Loads a pack folder (grantdesk/pack@1): pack.yaml parsed and checked (YAML syntax, the format's
 * schema, every clause, parameter and kind it names, dated values without overlap or gap), and
 * source.txt against it (recorded SHA-256, every clause quoted word for word). Runs no code of the
 * pack's: a pack only names kinds. Synchronous and bounded (see the limits of each reader).
 */
export function loadPackFolder(folder: PackFolder): LoadedPack {
  const problems: PackProblem[] = [];
  const read = readYaml('pack.yaml', folder.packYaml);
  problems.push(...read.problems);
  if (!read.source) return { problems };
  const { pack, doc } = buildPack(read.source, problems);
  if (doc) problems.push(...checkSource(read.source, doc, folder.sourceTxt));
  const refused = problems.some((p) => p.severity === 'error');
  return { ...(pack && !refused ? { pack } : {}), ...(doc ? { doc } : {}), problems };
}

/** Loads pack.yaml alone, without its source (bundled packs, whose sources the tests check). */
export function loadPackYaml(packYaml: string): LoadedPack {
  const problems: PackProblem[] = [];
  const read = readYaml('pack.yaml', packYaml);
  problems.push(...read.problems);
  if (!read.source) return { problems };
  const { pack, doc } = buildPack(read.source, problems);
  return { ...(pack ? { pack } : {}), ...(doc ? { doc } : {}), problems };
}
