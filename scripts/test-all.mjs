// `npm test`: every check in order; stops at the first red step. Vitest writes JSON reports to test-results/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { summarize } from './test-summary.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['typecheck (node)', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck (web)', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']],
  ['typecheck (hostile corpus)', ['tsc', '--noEmit', '-p', 'tsconfig.hostile.json']],
  ['lint', ['eslint', '--max-warnings', '0', '.']],
  ['format', ['prettier', '--check', '.']],
  [
    'unit tests',
    [
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
  ],
  [
    'end-to-end tests',
    [
      'vitest',
      'run',
      '--project',
      'e2e',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
  ],
];

rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
mkdirSync('test-results', { recursive: true });
for (const [name, args] of steps) {
  console.log(`\n=== ${name}: ${args.join(' ')}`);
  const r = spawnSync(npx, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal})`);
    console.log(summarize());
    process.exit(r.status || 1);
  }
}
console.log(`\n${summarize()}`);
