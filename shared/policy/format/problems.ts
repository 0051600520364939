/** The files of a pack folder. */
export type PackFile = 'pack.yaml' | 'tests.yaml' | 'source.txt';

/** One thing wrong (error) or worth a look (warning) in a pack, with its place: 1-based line and column. */
export interface PackProblem {
  file: PackFile;
  line: number;
  column: number;
  /** Stable code, e.g. `yaml-syntax`, `unknown-kind`, `clause-not-in-source`, `parameter-without-clause`. */
  code: string;
  severity: 'error' | 'warning';
  /** The YAML path of the node it is about, when there is one. */
  path?: readonly (string | number)[];
  zh: string;
  en: string;
}

/** `pack.yaml:12:5: 错误 …`, the way the command line and the import dialog print a problem. */
export function problemLine(p: PackProblem, lang: 'zh' | 'en' = 'zh'): string {
  const what = lang === 'zh' ? (p.severity === 'error' ? '错误' : '警告') : p.severity;
  return `${p.file}:${p.line}:${p.column}: ${what} [${p.code}] ${lang === 'zh' ? p.zh : p.en}`;
}

/** True when no problem is an error (warnings do not stop a pack). */
export function noErrors(problems: readonly PackProblem[]): boolean {
  return problems.every((p) => p.severity !== 'error');
}
