// Imported packs: stored and registered on import, read back at start (removed ones kept for pinned
// drafts but not offered), a stored pack that no longer loads reported by name.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getPack, unregisterPack } from '../../shared/policy';
import { storePack } from '../../renderer/db/packs';
import { checkPackFiles } from '../../renderer/features/policies/check-pack-upload';
import {
  importPack,
  importedRow,
  loadImportedPacks,
  removeImportedPack,
} from '../../renderer/features/policies/imported-packs';
import { resolvePin } from '../../renderer/features/policies/pack-pins';
import { createTestDb } from './helpers/test-db';

const FOLDER = 'shared/policy/packs/quzhou-2025';

/** The bundled Quzhou pack as a later version with a 300,000-yuan cap. */
function laterFiles(version: string) {
  const source = readFileSync(`${FOLDER}/source.txt`, 'utf8').replace('最高不超过50万元', '最高不超过30万元');
  const sha = createHash('sha256').update(source, 'utf8').digest('hex');
  const pack = readFileSync(`${FOLDER}/pack.yaml`, 'utf8')
    .replace(/^version: .*$/m, `version: '${version}'`)
    .replace('最高不超过50万元', '最高不超过30万元')
    .replace('value: 500000, clause', 'value: 300000, clause')
    .replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha}`);
  return { 'pack.yaml': pack, 'source.txt': source };
}

afterEach(() => {
  for (const v of ['2026.1', '2026.2']) unregisterPack('quzhou-2025', v);
});

const TESTS = (amountFen: number) => `format: grantdesk/pack-tests@1
cases:
  - name: 投资240万元，按25%计60万元，封顶30万元
    program: training-base
    expect: { status: computed, amountFen: ${amountFen} }
`;

describe('imported packs', () => {
  it('runs the upload’s own tests.yaml against it: a wrong expectation fails, named by line', () => {
    const pass = checkPackFiles({ ...laterFiles('2026.1'), 'tests.yaml': TESTS(30_000_000) });
    expect(pass.tests).toEqual({ passed: 1, failed: 0, failures: [] });
    const fail = checkPackFiles({ ...laterFiles('2026.1'), 'tests.yaml': TESTS(50_000_000) });
    expect(fail.tests?.failed).toBe(1);
    expect(fail.tests?.failures[0]?.zh).toBe(
      'tests.yaml 第 3 行「投资240万元，按25%计60万元，封顶30万元」：金额应为 50000000 分，实为 30000000',
    );
    const unreadable = checkPackFiles({ ...laterFiles('2026.1'), 'tests.yaml': 'format: [' });
    expect(unreadable.tests).toMatchObject({ passed: 0, failed: 1 });
    expect(unreadable.problems.some((p) => p.place.startsWith('tests.yaml:'))).toBe(true);
  });

  it('a checked upload is stored and registered as the newest version; removed, the bundled one is back', async () => {
    const { db } = createTestDb();
    const files = laterFiles('2026.1');
    const checked = checkPackFiles(files);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.pack?.version).toBe('2026.1');
    expect(await importPack(db, checked.pack!, files)).toBe('added');
    expect(getPack('quzhou-2025')?.version).toBe('2026.1');
    expect(importedRow(checked.pack!)?.files['pack.yaml']).toBe(files['pack.yaml']);
    await removeImportedPack(db, checked.pack!);
    expect(getPack('quzhou-2025')?.version).toBe('2025.1');
    // A draft pinned to the removed version still has its pack, and is offered nothing newer.
    const pin = resolvePin('quzhou-2025', '2026.1');
    expect(pin.pack?.version).toBe('2026.1');
    expect(pin.pack?.clauses.find((c) => c.ref === '二(六)19')?.text).toContain('最高不超过30万元');
    expect((await db.packs.toArray()).map((r) => typeof r.removedAt)).toEqual(['number']);
  });

  it('at start, stored versions are read again: removed ones kept, not offered; unreadable ones named', async () => {
    const { db } = createTestDb();
    const kept = laterFiles('2026.1');
    const live = laterFiles('2026.2');
    const first = await storePack(db, { packId: 'quzhou-2025', version: '2026.1', files: kept });
    await db.packs.update(first.row.id, { removedAt: 5 });
    await storePack(db, { packId: 'quzhou-2025', version: '2026.2', files: live });
    await storePack(db, {
      packId: 'broken-2026',
      version: '1',
      files: { 'pack.yaml': 'format: grantdesk/pack@1\nid: [', 'source.txt': '' },
    });
    const unreadable = await loadImportedPacks(db);
    expect(unreadable.map((u) => [u.packId, u.version])).toEqual([['broken-2026', '1']]);
    expect(unreadable[0]?.problems[0]).toMatch(/^错误 /);
    expect(getPack('quzhou-2025')?.version).toBe('2026.2');
    expect(getPack('quzhou-2025', '2026.1')).toBeUndefined();
    expect(resolvePin('quzhou-2025', '2026.1').pack?.version).toBe('2026.1');
    expect(resolvePin('quzhou-2025', '2026.1').newer?.version).toBe('2026.2');
  });
});
