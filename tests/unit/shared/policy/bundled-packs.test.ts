// The bundled packs are their folders: each loads with its source, and bundled.ts is the YAML as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledSource, BUNDLED_ORDER } from '../../../../scripts/bundle-packs';
import { PACKS } from '../../../../shared/policy';
import { loadPackFolder } from '../../../../shared/policy/format/load';
import { problemLine } from '../../../../shared/policy/format/problems';

const ROOT = join(process.cwd(), 'shared/policy');
const read = (id: string, file: string) => readFileSync(join(ROOT, 'packs', id, file), 'utf8');

describe('bundled packs', () => {
  test('bundled.ts is generated from the pack folders as they are (npx tsx scripts/bundle-packs.ts)', () => {
    expect(readFileSync(join(ROOT, 'packs/bundled.ts'), 'utf8')).toBe(bundledSource());
    expect(PACKS.map((p) => p.id)).toEqual(BUNDLED_ORDER);
  });

  test.each(BUNDLED_ORDER)('%s loads with its source; only unused clauses are warned about', (id) => {
    const r = loadPackFolder({ packYaml: read(id, 'pack.yaml'), sourceTxt: read(id, 'source.txt') });
    expect(r.pack?.id).toBe(id);
    expect(r.problems.filter((p) => p.code !== 'unused-clause').map((p) => problemLine(p))).toEqual([]);
  });

  test.each(BUNDLED_ORDER)('%s: source.txt is the published file it names, byte for byte', (id) => {
    const pack = PACKS.find((p) => p.id === id);
    expect(read(id, 'source.txt')).toBe(readFileSync(join(ROOT, 'sources', pack?.sourceFile ?? ''), 'utf8'));
  });
});
