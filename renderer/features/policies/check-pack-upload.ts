// The same checks as `grantdesk pack check` and `pack test`, on an uploaded pack's files: the shared
// loader (YAML data only, kinds named, nothing run) and the pack's own tests.yaml.
import { loadPackFolder } from '../../../shared/policy/format/load';
import { runPackTests } from '../../../shared/policy/format/pack-tests';
import type { PackProblem } from '../../../shared/policy/format/problems';
import type { Pack } from '../../../shared/policy/types';
import type { PackFiles } from '../../db';

/** One problem as the dialog lists it: its place (`pack.yaml:12:5`), then the words. */
export interface UploadProblem {
  severity: 'error' | 'warning';
  place: string;
  text: string;
  textEn: string;
}

export interface CheckedPack {
  /** Present when the pack loaded without an error. */
  pack?: Pack;
  problems: UploadProblem[];
  /** The pack's own tests.yaml, run against it; absent without one (or when the pack did not load). */
  tests?: { passed: number; failed: number; failures: { zh: string; en: string }[] };
  /** The upload has a tests.yaml (kept with the pack even while its cases are not run here). */
  testsPresent: boolean;
}

const shown = (p: PackProblem): UploadProblem => ({
  severity: p.severity,
  place: `${p.file}:${p.line}:${p.column}`,
  text: `${p.severity === 'error' ? '错误' : '警告'} ${p.zh}`,
  textEn: `${p.severity} ${p.en}`,
});

/** Loads and checks a pack's files; never throws for what the files hold (every problem is listed). */
export function checkPackFiles(files: PackFiles): CheckedPack {
  const loaded = loadPackFolder({
    packYaml: files['pack.yaml'],
    sourceTxt: files['source.txt'],
    ...(files['tests.yaml'] !== undefined ? { testsYaml: files['tests.yaml'] } : {}),
  });
  const problems = loaded.problems.map(shown);
  const testsYaml = files['tests.yaml'];
  let tests: CheckedPack['tests'];
  if (loaded.pack && testsYaml !== undefined) {
    const run = runPackTests(loaded.pack, testsYaml);
    problems.push(...run.problems.map(shown));
    const failed = run.results.filter((r) => !r.passed);
    tests = {
      passed: run.results.length - failed.length,
      // A tests.yaml that cannot be read counts as failed: nothing in it was shown to hold.
      failed: failed.length + (run.results.length === 0 ? 1 : 0),
      failures: failed.map((r) => ({
        zh: `tests.yaml 第 ${r.line} 行「${r.name}」：${r.failures.map((f) => f.zh).join('；')}`,
        en: `tests.yaml line ${r.line} "${r.name}": ${r.failures.map((f) => f.en).join('; ')}`,
      })),
    };
  }
  return {
    ...(loaded.pack ? { pack: loaded.pack } : {}),
    problems,
    ...(tests ? { tests } : {}),
    testsPresent: testsYaml !== undefined,
  };
}
