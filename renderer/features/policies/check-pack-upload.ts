// The same checks as `grantdesk pack check` and `pack test`, on an uploaded pack's files: the shared
// loader (YAML data only, kinds named, nothing run) and the pack's own tests.yaml.
import { loadPackFolder } from '../../../shared/policy/format/load';
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
  /** The pack's own tests, once run; absent when not run (see `testsPresent`). */
  tests?: { passed: number; failed: number; failures: string[] };
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
  return {
    ...(loaded.pack ? { pack: loaded.pack } : {}),
    problems: loaded.problems.map(shown),
    testsPresent: files['tests.yaml'] !== undefined,
  };
}
