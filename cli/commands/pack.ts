import { loadPackFolder, type LoadedPack } from '../../shared/policy/format/load';
import { runPackTests } from '../../shared/policy/format/pack-tests';
import { type PackProblem, problemLine } from '../../shared/policy/format/problems';
import { clip } from '../format';
import { type CliIo, EXIT } from '../io';
import { InputRefused } from '../read-input';

type Folder =
  { ok: true; dir: string; packYaml: string; sourceTxt: string; testsYaml?: string } | { ok: false };

function readOne(io: CliIo, path: string, required: boolean): string | undefined | null {
  try {
    return io.readFile(path);
  } catch (e) {
    if (!required) return undefined;
    const why =
      e instanceof InputRefused
        ? e.message
        : `无法读取文件 / cannot read (${clip((e as Error).message, 300)})`;
    io.err(`${clip(path, 200)}: ${why}`);
    return null;
  }
}

/** A pack folder's files from `<folder>` or `<folder>/pack.yaml`; a missing pack.yaml or source.txt is named. */
function readFolder(io: CliIo, target: string): Folder {
  const dir = target.replace(/\/+$/, '').replace(/\/?pack\.ya?ml$/, '') || '.';
  const packYaml = readOne(io, `${dir}/pack.yaml`, true);
  const sourceTxt = readOne(io, `${dir}/source.txt`, true);
  if (typeof packYaml !== 'string' || typeof sourceTxt !== 'string') return { ok: false };
  const testsYaml = readOne(io, `${dir}/tests.yaml`, false);
  return { ok: true, dir, packYaml, sourceTxt, ...(typeof testsYaml === 'string' ? { testsYaml } : {}) };
}

function printProblems(io: CliIo, dir: string, problems: readonly PackProblem[]): void {
  for (const p of problems) {
    io.out(`${dir}/${problemLine(p, 'zh')}`);
    io.out(`  ${p.en}`);
  }
}

function summary(loaded: LoadedPack): string {
  const errors = loaded.problems.filter((p) => p.severity === 'error').length;
  const warnings = loaded.problems.length - errors;
  const name = loaded.pack ? `${loaded.pack.id}@${loaded.pack.version}` : (loaded.doc?.id ?? '政策包');
  return errors > 0
    ? `${name}：${errors} 个错误，${warnings} 个警告，不能使用 / ${errors} errors, ${warnings} warnings: refused`
    : `${name}：检查通过（${warnings} 个警告）/ passed (${warnings} warnings)`;
}

/**
 * `grantdesk pack check <folder|pack.yaml>`: every problem with file:line:column; exit 0 when the
 * pack loads (warnings allowed), 1 when it has errors, 2 when its files cannot be read.
 */
export function packCheckCommand(io: CliIo, target: string | undefined): number {
  if (!target) {
    io.err('usage: grantdesk pack check <政策包文件夹|pack.yaml>');
    return EXIT.usage;
  }
  const folder = readFolder(io, target);
  if (!folder.ok) return EXIT.usage;
  const loaded = loadPackFolder(folder);
  printProblems(io, folder.dir, loaded.problems);
  io.out(summary(loaded));
  return loaded.pack ? EXIT.ok : EXIT.findings;
}

/**
 * `grantdesk pack test <folder>`: loads the pack, runs its tests.yaml and prints each case and
 * `N passed, N failed`; exit 0 when every case passes, 1 otherwise, 2 when files cannot be read.
 */
export function packTestCommand(io: CliIo, target: string | undefined): number {
  if (!target) {
    io.err('usage: grantdesk pack test <政策包文件夹>');
    return EXIT.usage;
  }
  const folder = readFolder(io, target);
  if (!folder.ok) return EXIT.usage;
  if (folder.testsYaml === undefined) {
    io.err(`${clip(folder.dir, 200)}/tests.yaml: 没有测试文件 / no tests.yaml`);
    return EXIT.usage;
  }
  const loaded = loadPackFolder(folder);
  if (!loaded.pack) {
    printProblems(io, folder.dir, loaded.problems);
    io.out(summary(loaded));
    return EXIT.findings;
  }
  const { results, problems } = runPackTests(loaded.pack, folder.testsYaml);
  printProblems(io, folder.dir, problems);
  for (const r of results) {
    io.out(`${r.passed ? '✓' : '✗'} ${folder.dir}/tests.yaml:${r.line} ${r.name}`);
    for (const f of r.failures) io.out(`    ${f.zh} / ${f.en}`);
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed + (results.length === 0 ? problems.length : 0);
  io.out(`${passed} passed, ${failed} failed`);
  return failed === 0 && problems.length === 0 ? EXIT.ok : EXIT.findings;
}
