// `--pack PATH`: a pack that is not bundled (a folder or a .zip), checked as 导入政策包 checks it and registered for one run.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPackFolder } from '../shared/policy/format/load';
import { runPackTests } from '../shared/policy/format/pack-tests';
import { problemLine } from '../shared/policy/format/problems';
import { getPack, registerPack, unregisterPack } from '../shared/policy/registry';
import type { Pack } from '../shared/policy/types';
import { cappedInflate } from '../shared/zip/capped-inflate';
import { entryData, readZipDirectory, ZipDirectoryError } from '../shared/zip/zip-directory';
import { clip } from './format';
import { decodeUtf8, InputRefused, readBoundedBytes } from './read-input';

// The app's limits for 导入政策包 (renderer/features/policies/read-pack-files.ts; a test keeps them equal).
/** Largest pack .zip. */
export const MAX_PACK_ZIP_BYTES = 8 * 1024 * 1024;
/** Largest file of a pack, read from a folder or unpacked from a zip. */
export const MAX_PACK_FILE_BYTES = 4 * 1024 * 1024;
/** Most entries a pack zip may hold. */
export const MAX_PACK_ZIP_ENTRIES = 50;

const NAMES = ['pack.yaml', 'source.txt', 'tests.yaml'] as const;
type PackFileName = (typeof NAMES)[number];
type PackTexts = Partial<Record<PackFileName, string>>;

const PACK_FILE = { zh: '政策包文件', en: 'a policy pack file' };
const PACK_ZIP = { zh: '政策包 zip', en: 'a policy pack zip' };

/** Reads a pack folder's files (pack.yaml and source.txt required), each bounded. */
function readFolder(dir: string): PackTexts {
  const texts: PackTexts = {};
  for (const name of NAMES) {
    const path = `${dir}/${name}`;
    try {
      texts[name] = decodeUtf8(readBoundedBytes(path, MAX_PACK_FILE_BYTES, PACK_FILE));
    } catch (err) {
      if (name === 'tests.yaml' && !exists(path)) continue;
      throw new InputRefused(`${name}：${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return texts;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads a pack zip as the app does: entry count and sizes from the directory first, inflation capped. */
function readZip(path: string): PackTexts {
  const bytes = readBoundedBytes(path, MAX_PACK_ZIP_BYTES, PACK_ZIP);
  let entries;
  try {
    entries = readZipDirectory(bytes, MAX_PACK_ZIP_ENTRIES);
  } catch (e) {
    if (e instanceof ZipDirectoryError && e.problem === 'too-many-entries')
      throw new InputRefused(
        `压缩包中的文件超过 ${MAX_PACK_ZIP_ENTRIES} 个，不是政策包 / more than ${MAX_PACK_ZIP_ENTRIES} files: not a policy pack`,
      );
    throw new InputRefused('不是有效的 zip 压缩包 / not a valid zip archive');
  }
  const texts: PackTexts = {};
  for (const entry of entries) {
    const name = (entry.name.split('/').pop() ?? '') as PackFileName;
    if (!NAMES.includes(name)) continue;
    if (texts[name] !== undefined)
      throw new InputRefused(
        `压缩包中有两个 ${name}，一次只能用一个政策包 / two ${name} files: one pack at a time`,
      );
    if (entry.size > MAX_PACK_FILE_BYTES)
      throw new InputRefused(
        `${clip(entry.name)} 超过 ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB / larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB`,
      );
    if (entry.method !== 0 && entry.method !== 8)
      throw new InputRefused(`${clip(entry.name)} 使用了不支持的压缩方式 / unsupported compression method`);
    let data: Uint8Array;
    try {
      const raw = entryData(bytes, entry);
      data = entry.method === 0 ? raw : cappedInflate(raw, entry.size).bytes;
    } catch {
      throw new InputRefused(`压缩包中的 ${clip(entry.name)} 已损坏 / ${clip(entry.name)} is damaged`);
    }
    try {
      texts[name] = decodeUtf8(data);
    } catch (err) {
      throw new InputRefused(`${clip(entry.name)}：${(err as Error).message}`);
    }
  }
  for (const name of ['pack.yaml', 'source.txt'] as const)
    if (texts[name] === undefined)
      throw new InputRefused(`缺少 ${name} / ${name} is missing: a pack needs pack.yaml and source.txt`);
  return texts;
}

function readPack(path: string): PackTexts {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new InputRefused('文件或文件夹不存在 / no such file or folder');
  }
  if (isDir) return readFolder(path);
  if (/(^|\/)pack\.ya?ml$/.test(path)) return readFolder(path.replace(/\/?pack\.ya?ml$/, '') || '.');
  return readZip(path);
}

/**
 * The files `--pack PATH` reads, for the `-o` check: a folder's (or its pack.yaml's) three files, else the
 * zip itself. Relative to `cwd` as given.
 */
export function packInputs(cwd: string, path: string | undefined): string[] {
  if (path === undefined) return [];
  let folder: string | null = null;
  try {
    if (statSync(resolve(cwd, path)).isDirectory()) folder = path;
  } catch {
    return [path];
  }
  if (folder === null && /(^|\/)pack\.ya?ml$/.test(path)) folder = path.replace(/\/?pack\.ya?ml$/, '') || '.';
  return folder === null ? [path] : [path, ...NAMES.map((name) => join(folder, name))];
}

/** A pack given with `--pack`, registered until `release` puts the registry back as it was. */
export interface PackOption {
  pack: Pack;
  /** `id@version`, as the printed form and the messages name it. */
  label: string;
  release: () => void;
}

/**
 * Loads `--pack PATH` (a pack folder, its pack.yaml, or a pack .zip) with the loader and the tests that
 * 导入政策包 runs, and registers it. Every problem is said with its file:line:column (through `say`);
 * null when it is refused (a load error, a failing case of its tests.yaml, a file over the limits).
 */
export function loadPackOption(given: string, cwd: string, say: (line: string) => void): PackOption | null {
  const path = resolve(cwd, given);
  const shown = clip(given, 200);
  let texts: PackTexts;
  try {
    texts = readPack(path);
  } catch (err) {
    const why = err instanceof InputRefused ? err.message : clip(String(err), 300);
    say(`无法读取政策包 ${shown}：${why}`);
    return null;
  }
  const loaded = loadPackFolder({
    packYaml: texts['pack.yaml']!,
    sourceTxt: texts['source.txt']!,
    ...(texts['tests.yaml'] !== undefined ? { testsYaml: texts['tests.yaml'] } : {}),
  });
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.pack || errors.length > 0) {
    say(`政策包 ${shown} 不能使用，${errors.length} 个错误 / the pack is refused, ${errors.length} errors:`);
    for (const p of errors) say(`  ${shown}/${problemLine(p, 'zh')}\n    ${p.en}`);
    return null;
  }
  const pack = loaded.pack;
  const label = `${pack.id}@${pack.version}`;
  if (texts['tests.yaml'] !== undefined) {
    const run = runPackTests(pack, texts['tests.yaml']);
    const failed = run.results.filter((r) => !r.passed);
    if (failed.length > 0 || run.problems.length > 0 || run.results.length === 0) {
      say(`政策包 ${label} 的 tests.yaml 未通过，不能使用 / its tests.yaml fails: refused`);
      for (const p of run.problems) say(`  ${shown}/${problemLine(p, 'zh')}`);
      for (const r of failed)
        say(`  ${shown}/tests.yaml:${r.line} ${r.name}：${r.failures.map((f) => f.zh).join('；')}`);
      return null;
    }
  }
  const replaced = getPack(pack.id, pack.version);
  registerPack(pack);
  return {
    pack,
    label,
    release: () => {
      unregisterPack(pack.id, pack.version);
      if (replaced) registerPack(replaced);
    },
  };
}

/** Runs `body` with `--pack` registered (or without, when not given); 2 when the pack is refused. */
export async function withPackOption(
  given: string | undefined,
  cwd: string,
  say: (line: string) => void,
  body: (pack: PackOption | undefined) => number | Promise<number>,
): Promise<number> {
  if (given === undefined) return body(undefined);
  const option = loadPackOption(given, cwd, say);
  if (!option) return 2;
  try {
    return await body(option);
  } finally {
    option.release();
  }
}

/** Sync twin of {@link withPackOption} for `check` and `example`. */
export function withPackOptionSync(
  given: string | undefined,
  cwd: string,
  say: (line: string) => void,
  body: (pack: PackOption | undefined) => number,
): number {
  if (given === undefined) return body(undefined);
  const option = loadPackOption(given, cwd, say);
  if (!option) return 2;
  try {
    return body(option);
  } finally {
    option.release();
  }
}

/**
 * Null when the draft (raw JSON) is under the `--pack` given (or none was given); otherwise the refusal,
 * naming both ids, so a draft is never checked or printed under another document than its own.
 */
export function draftPackMismatch(raw: unknown, option: PackOption | undefined): string | null {
  if (!option) return null;
  const { policy, policyVersion } = (raw ?? {}) as { policy?: unknown; policyVersion?: unknown };
  if (policy === option.pack.id) {
    // A draft pinned to another version of this pack is not checked under the given one.
    if (policyVersion === undefined || policyVersion === option.pack.version) return null;
    const pinned = `${option.pack.id}@${clip(String(policyVersion))}`;
    return `草稿固定在「${pinned}」，而 --pack 给出的是「${option.label}」，未处理 / the draft is pinned to ${pinned}, but --pack gives ${option.label}: not processed`;
  }
  const named = typeof policy === 'string' ? clip(policy) : '（缺失）';
  return `草稿使用的政策包是「${named}」，而 --pack 给出的是「${option.label}」，未处理 / the draft is under "${named}", but --pack gives ${option.label}: not processed`;
}
