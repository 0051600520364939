// Counts passed and failed tests from vitest's own JSON reports; never typed by hand.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const REPORTS = ['test-results/unit.json', 'test-results/e2e.json'];

/** "N passed, N failed" (", N skipped" when any) over the JSON reports that exist. */
export function summarize() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of REPORTS) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(summarize());
