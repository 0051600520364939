// Prints the median time to check a draft with a 5,000-row roster. Run: npx tsx bench/check/check-draft.ts
import { performance } from 'node:perf_hooks';
import { buildExampleDraft, checkDraft } from '../../shared/policy';
import { addDays } from '../../shared/policy/dates';
import { checkDraftWith } from '../../shared/policy/engine';
import { makeResidentId } from '../../shared/policy/examples/identifiers';

const ROWS = 5_000;
const RUNS = 40;
const TODAY = '2026-11-23';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw JSON draft

function id(i: number): string {
  const birth = addDays('2003-01-01', i % 1000).replace(/-/g, '');
  return makeResidentId('330802', birth, Math.floor(i / 1000) * 100 + 1 + (i % 97));
}

function internshipDraft(): Raw {
  const draft = buildExampleDraft('quzhou-2025', 'internship') as Raw;
  const template = draft.data.interns[0];
  draft.data.interns = Array.from({ length: ROWS }, (_, i) => ({
    ...template,
    name: `实习生${i}`,
    idNumber: id(i),
  }));
  return draft;
}

function onePlusXDraft(): Raw {
  const draft = buildExampleDraft('quzhou-2025', 'one-plus-x') as Raw;
  const template = draft.data.students[0];
  draft.data.students = Array.from({ length: ROWS }, (_, i) => ({
    ...template,
    idNumber: id(i),
    certificateNumber: `2025CERT${String(i).padStart(6, '0')}`,
  }));
  return draft;
}

function median(label: string, fn: () => unknown): number {
  for (let i = 0; i < 5; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(
    `${label.padEnd(58)} median ${m.toFixed(2)} ms  (min ${times[0]?.toFixed(2)}, max ${times.at(-1)?.toFixed(2)}, ${RUNS} runs)`,
  );
  return m;
}

const interns = internshipDraft();
const students = onePlusXDraft();
const other = { ...interns, id: 'other', data: { ...interns.data } };
const check = checkDraft(interns, { today: TODAY });
if (check.findings.some((f) => f.severity === 'error'))
  throw new Error(JSON.stringify(check.findings.slice(0, 3)));

const zodOnly = { fastPath: false };
console.log(`checkDraft, ${ROWS}-row rosters (goal: the first two under 10 ms)`);
const results = [
  median(`internship quzhou-2025, ${ROWS} interns`, () => checkDraft(interns, { today: TODAY })),
  median(`one-plus-x quzhou-2025, ${ROWS} students`, () => checkDraft(students, { today: TODAY })),
  median(`internship + --against another ${ROWS}-row draft`, () =>
    checkDraft(interns, { today: TODAY, otherDrafts: [other] }),
  ),
];
// The same checks parsed by zod alone, in the same run, so that the ratio survives a noisy machine.
const zod = [
  median(`internship, fast path off`, () => checkDraftWith(interns, { today: TODAY }, zodOnly)),
  median(`one-plus-x, fast path off`, () => checkDraftWith(students, { today: TODAY }, zodOnly)),
  median(`--against, fast path off`, () =>
    checkDraftWith(interns, { today: TODAY, otherDrafts: [other] }, zodOnly),
  ),
];
console.log(
  `fast path speed-up: ${results.map((r, i) => `${((zod[i] ?? NaN) / r).toFixed(1)}×`).join(', ')}`,
);
const met = results.slice(0, 2).every((r) => r < 10);
console.log(met ? 'goal met' : 'goal NOT met');
