import { clip } from './format';
import { readInputText } from './read-input';

/** What the CLI touches outside itself, so tests can run commands in memory. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads a UTF-8 file (BOM dropped), measured first; throws on failure (InputRefused names why). */
  readFile: (path: string) => string;
}

/** The real console and filesystem. */
export function nodeIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readFile: (path) => readInputText(path),
  };
}

/** Exit codes: 0 no error, 1 the draft has errors, 2 usage or unreadable input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Splits argv into positionals, `--flag value` options and boolean flags. */
export function parseArgs(
  argv: readonly string[],
  spec: { values?: readonly string[]; multi?: readonly string[]; flags?: readonly string[] },
):
  | { positionals: string[]; values: Map<string, string>; multi: Map<string, string[]>; flags: Set<string> }
  | string {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const multi = new Map<string, string[]>();
  const flags = new Set<string>();
  let current: string | null = null;
  // The option just read still waits for its first value.
  let awaiting = false;
  const missing = (name: string) =>
    spec.multi?.includes(name)
      ? `--${name} 后缺少文件 / --${name} needs a file`
      : `--${name} 后缺少取值 / --${name} needs a value`;
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      if (current && awaiting) return missing(current);
      const name = arg.slice(2);
      current = null;
      if (spec.flags?.includes(name)) flags.add(name);
      else if (spec.values?.includes(name) || spec.multi?.includes(name)) current = name;
      else return `未知选项 / unknown option ${clip(arg)}`;
      awaiting = current !== null;
      continue;
    }
    awaiting = false;
    if (current && spec.values?.includes(current)) {
      values.set(current, arg);
      current = null;
    } else if (current && spec.multi?.includes(current)) {
      multi.set(current, [...(multi.get(current) ?? []), arg]);
    } else {
      positionals.push(arg);
    }
  }
  if (current && awaiting) return missing(current);
  return { positionals, values, multi, flags };
}
