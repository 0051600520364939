import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PackFile, PackProblem } from './problems';

/** Largest YAML text read, and most alias expansions: a pack is a few KB, tests at most a few hundred. */
export const YAML_LIMITS = { maxChars: 1_000_000, maxAliasCount: 100 } as const;

type Path = readonly (string | number)[];

/** A parsed YAML file that can say where each of its nodes is. */
export interface YamlSource {
  file: PackFile;
  value: unknown;
  /** Line and column of the node at `path` (of its key when `key`), else of its nearest ancestor. */
  placeOf(path: Path, key?: boolean): { line: number; column: number };
  /** A problem at the node at `path`. */
  problem(
    path: Path,
    code: string,
    zh: string,
    en: string,
    opts?: { severity?: 'error' | 'warning'; key?: boolean },
  ): PackProblem;
}

function childOf(node: unknown, step: string | number): { node: unknown; key: unknown } | null {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(step)) {
        return { node: item.value, key: item.key };
      }
    }
    return null;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? null : { node: item, key: item };
  }
  return null;
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/**
 * Parses YAML text (YAML 1.2 core schema: an unquoted date stays a string, `0570` becomes a number,
 * so codes must be quoted). Syntax errors, duplicate keys and text over {@link YAML_LIMITS} come
 * back as problems with their place; `source` is null when nothing could be read.
 */
export function readYaml(
  file: PackFile,
  text: string,
): { source: YamlSource | null; problems: PackProblem[] } {
  const at = (line: number, column: number, code: string, zh: string, en: string): PackProblem => ({
    file,
    line,
    column,
    code,
    severity: 'error',
    zh,
    en,
  });
  if (text.length > YAML_LIMITS.maxChars) {
    return {
      source: null,
      problems: [
        at(
          1,
          1,
          'too-large',
          `${file} 超过 ${YAML_LIMITS.maxChars} 个字符，不予读取`,
          `${file} is longer than ${YAML_LIMITS.maxChars} characters; not read`,
        ),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const syntax = doc.errors.map((e) => {
    const p = pos(e.pos[0]);
    return at(
      p.line,
      p.column,
      'yaml-syntax',
      `YAML 格式错误：${e.message}`,
      `YAML syntax error: ${e.message}`,
    );
  });
  if (syntax.length > 0) return { source: null, problems: syntax };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      source: null,
      problems: [at(1, 1, 'yaml-syntax', `YAML 无法读取：${message}`, `YAML cannot be read: ${message}`)],
    };
  }
  const placeOf = (path: Path, key = false) => {
    let node: unknown = doc.contents;
    let keyNode: unknown = null;
    for (const step of path) {
      const next = childOf(node, step);
      if (!next) return pos(startOf(node));
      node = next.node;
      keyNode = next.key;
    }
    return pos(startOf(key && keyNode ? keyNode : node) ?? startOf(keyNode));
  };
  const source: YamlSource = {
    file,
    value,
    placeOf,
    problem: (path, code, zh, en, opts = {}) => ({
      file,
      ...placeOf(path, opts.key),
      code,
      severity: opts.severity ?? 'error',
      path,
      zh,
      en,
    }),
  };
  return { source, problems: [] };
}
