// Mutants of raw draft JSON for the fast-path equivalence tests: one leaf or node of a draft at a time
// is removed, retyped, emptied, padded, widened, lengthened to a bound or past it, or given a wrong
// check digit or an impossible date.
import { makeResidentId } from '../../../../../shared/policy/examples/identifiers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutants are raw JSON of any shape
export type Raw = any;

export interface Mutant {
  label: string;
  draft: Raw;
}

type Path = (string | number)[];

/** Marks a key to delete rather than set. */
const REMOVE = Symbol('remove');

const fullWidth = (s: string): string =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Strings at and around the length bounds the schemas use (1, 2, 20, 30, 50, 100, 200, 300). */
const LENGTHS = [1, 2, 3, 20, 21, 30, 31, 50, 51, 100, 101, 200, 201, 300, 301];

const ANY: [string, unknown][] = [
  ['removed', REMOVE],
  ['undefined', undefined],
  ['null', null],
  ['true', true],
  ['false', false],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['[]', []],
  ['{}', {}],
  ['"1"', '1'],
  ['""', ''],
];

function stringMutations(v: string): [string, unknown][] {
  const out: [string, unknown][] = [
    ['spaces only', '   '],
    ['padded', ` ${v} `],
    ['tab and newline', `\t${v}\n`],
    ['ideographic space', `\u3000${v}\u3000`],
    ['no-break space', `${v}\u00a0`],
    ['zero-width space', `${v}\u200b`],
    ['inner space', `${v.slice(0, 3)} ${v.slice(3)}`],
    ['full-width', fullWidth(v)],
    ['lower case', v.toLowerCase()],
    ['upper case', v.toUpperCase()],
    ['lone surrogate', `\ud842${v}`],
    ['as number', Number(v)],
    ['one character', v.slice(0, 1)],
    ['last character changed', v.slice(0, -1) + (v.endsWith('0') ? '1' : '0')],
    ['first 15', v.slice(0, 15)],
    ['doubled', v + v],
  ];
  for (const n of LENGTHS) {
    out.push([`${n} CJK`, '张'.repeat(n)], [`${n} astral`, '𠮷'.repeat(n)]);
    if (n <= 2) out.push([`${n} astral + space`, ` ${'𠮷'.repeat(n)} `]);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    for (const d of [
      '2024-02-29',
      '2025-02-29',
      '2000-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-12-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '0000-02-29',
      '2025-1-1',
      '2025/01/01',
      `${v}T00:00:00Z`,
      ` ${v}`,
      '２０２５-０１-０１',
    ]) {
      out.push([`date ${d}`, d]);
    }
  }
  if (/^\d{17}[\dX]$/.test(v)) {
    out.push(
      ['ID lower-case x', v.slice(0, 17) + 'x'],
      ['ID with X check', makeResidentId(v.slice(0, 6), '19900307', 41)],
      ['ID born 1899', makeResidentId(v.slice(0, 6), '18991231', 11)],
      ['ID born 1900-01-01', makeResidentId(v.slice(0, 6), '19000101', 11)],
      ['ID born 2026-11-23', makeResidentId(v.slice(0, 6), '20261123', 11)],
      ['ID born 2026-11-24', makeResidentId(v.slice(0, 6), '20261124', 11)],
      ['ID born 2003-06-15', makeResidentId(v.slice(0, 6), '20030615', 11)],
      ['ID born 2003-02-29', `${v.slice(0, 6)}20030229${v.slice(14)}`],
      ['ID spaced', `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`],
    );
  }
  return out;
}

function numberMutations(v: number): [string, unknown][] {
  return [v + 1, v - 1, -v, v + 0.5, 600, 601, 1999, 2000, 2100, 2101, 10_000_000, 10_000_001, 2 ** 53, -0]
    .map((n): [string, unknown] => [`number ${n}`, n])
    .concat([['number as string', String(v)]]);
}

function leafMutations(v: unknown): [string, unknown][] {
  if (typeof v === 'string') return [...ANY, ...stringMutations(v)];
  if (typeof v === 'number') return [...ANY, ...numberMutations(v)];
  if (typeof v === 'boolean') return [...ANY, ['negated', !v], ['as string', String(v)]];
  return ANY;
}

const OBJECT_MUTATIONS: [string, (o: Record<string, unknown>) => unknown][] = [
  ['extra key', (o) => ({ ...o, extra: 'x' })],
  ['extra keys first', (o) => ({ _rowId: 7, note: null, ...o })],
  ['own __proto__ key', (o) => Object.assign(JSON.parse('{"__proto__": {"x": 1}}') as object, o)],
  ['null prototype', (o) => Object.assign(Object.create(null) as object, o)],
  ['keys reversed', (o) => Object.fromEntries(Object.entries(o).reverse())],
  ['emptied', () => ({})],
  ['replaced by null', () => null],
  ['replaced by an array', (o) => [o]],
  ['replaced by a string', () => 'x'],
];

const ARRAY_MUTATIONS: [string, (a: unknown[]) => unknown][] = [
  ['emptied', () => []],
  ['first row twice (same object)', (a) => [a[0], ...a]],
  ['a hole', (a) => [...a, , a[0]]], // eslint-disable-line no-sparse-arrays -- a hole is what zod must see
  ['a null row', (a) => [...a, null]],
  ['replaced by an object', (a) => ({ ...a })],
];

/** Paths of every value in `value`; of an array only the first element is followed (its rows are alike). */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) {
    if (value.length > 0) out.push(...paths(value[0], [...prefix, 0]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function at(root: Raw, path: Path): unknown {
  return path.reduce((node: Raw, key) => node?.[key], root);
}

/** Sets (or with REMOVE deletes) the value at a non-empty `path`, in place. */
function setAt(root: Raw, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (value === REMOVE) delete parent[key];
  else parent[key] = value;
}

/** A copy of `draft` with the value at `path` replaced. */
function withValue(draft: Raw, path: Path, value: unknown): Raw {
  if (path.length === 0) return value;
  const copy = structuredClone(draft);
  setAt(copy, path, value);
  return copy;
}

/** Standards a program may carry, present or not in its example. */
const STANDARDS: [string, unknown][] = [
  ['per-unit standard', { basis: 'per-unit', amountFen: 500_00, source: '实施细则第五条' }],
  ['rate standard', { basis: 'rate', rateBasisPoints: 2500, capFen: 100_000_00, source: ' 细则 ' }],
  ['rate standard without cap', { basis: 'rate', rateBasisPoints: 10_001, source: '细则' }],
  ['lump-sum standard', { basis: 'lump-sum', amountFen: 0, source: '细则' }],
  [
    'per-occupation standard',
    { basis: 'per-occupation', items: [{ occupation: '焊工', amountFen: 1 }], source: 'x' },
  ],
  ['standard undefined', undefined],
  ['standard null', null],
];

/** Every mutant of `draft`: each path gets each mutation of its kind, one at a time. */
export function mutants(draft: Raw): Mutant[] {
  const out: Mutant[] = [];
  for (const path of paths(draft)) {
    const value = at(draft, path);
    const name = path.join('.') || '(root)';
    if (Array.isArray(value)) {
      for (const [label, f] of ARRAY_MUTATIONS)
        out.push({ label: `${name}: ${label}`, draft: withValue(draft, path, f(value)) });
    } else if (value !== null && typeof value === 'object') {
      for (const [label, f] of OBJECT_MUTATIONS)
        out.push({
          label: `${name}: ${label}`,
          draft: withValue(draft, path, f(value as Record<string, unknown>)),
        });
    } else {
      for (const [label, v] of leafMutations(value))
        out.push({ label: `${name}: ${label}`, draft: withValue(draft, path, v) });
    }
  }
  for (const [label, v] of STANDARDS)
    out.push({ label: `data.userStandard: ${label}`, draft: withValue(draft, ['data', 'userStandard'], v) });
  return out;
}

/** A deterministic pseudo-random source (mulberry32), so a failing fuzz case can be replayed. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A copy of a roster row made row `i`: its own ID, certificate or invoice number, as in a real roster. */
function distinct(row: Raw, i: number): Raw {
  const copy = structuredClone(row);
  if (typeof copy.idNumber === 'string') {
    copy.idNumber = makeResidentId(copy.idNumber.slice(0, 6), copy.idNumber.slice(6, 14), i);
  }
  if (typeof copy.certificateNumber === 'string') copy.certificateNumber += `-${i}`;
  if (typeof copy.invoiceNumber === 'string') copy.invoiceNumber = String(10_000_000 + i);
  return copy;
}

/**
 * `count` drafts each with `rows` roster rows (copies of the example's rows) and a few mutations of
 * random rows: what a large pasted roster with some bad cells looks like.
 */
export function fuzzed(draft: Raw, listKey: string, rows: number, count: number, seed: number): Mutant[] {
  const next = random(seed);
  const template = draft.data[listKey] as Raw[];
  const out: Mutant[] = [];
  for (let n = 0; n < count; n += 1) {
    const copy = structuredClone(draft);
    copy.data[listKey] = Array.from({ length: rows }, (_, i) => distinct(template[i % template.length], i));
    const labels: string[] = [];
    const changes = Math.floor(next() * 4);
    for (let c = 0; c < changes; c += 1) {
      const row = Math.floor(next() * rows);
      const rowPaths = paths(copy.data[listKey][row]).filter((p) => p.length === 1);
      const path = rowPaths[Math.floor(next() * rowPaths.length)] ?? [];
      const options = leafMutations(at(copy.data[listKey][row], path));
      const [label, value] = options[Math.floor(next() * options.length)] ?? ['none', undefined];
      const fieldPath = ['data', listKey, row, ...path];
      setAt(copy, fieldPath, value);
      labels.push(`${fieldPath.join('.')}: ${label}`);
    }
    out.push({ label: `fuzz ${seed}/${n}: ${labels.join('; ') || 'unchanged'}`, draft: copy });
  }
  return out;
}
