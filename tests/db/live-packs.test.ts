// The pack lists follow the packs table: a version imported or removed through another connection (another
// window) is registered or dropped here without a reload, and the registry's listeners are told.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getPack, subscribePacks, unregisterPack } from '../../shared/policy';
import { removePack, storePack } from '../../renderer/db/packs';
import { watchStoredPacks } from '../../renderer/features/policies/imported-packs';
import { createTestDb } from './helpers/test-db';

const FOLDER = 'shared/policy/packs/quzhou-2025';

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
  unregisterPack('quzhou-2025', '2026.1');
});

describe('live pack lists', () => {
  it('an import and a removal through another connection reach this one’s registry and its listeners', async () => {
    const here = createTestDb('live-packs').db;
    const other = createTestDb('live-packs').db;
    let told = 0;
    const unsubscribe = subscribePacks(() => (told += 1));
    const stop = watchStoredPacks(here);
    try {
      const { row } = await storePack(other, {
        packId: 'quzhou-2025',
        version: '2026.1',
        files: laterFiles('2026.1'),
      });
      await expect.poll(() => getPack('quzhou-2025')?.version, { timeout: 10_000 }).toBe('2026.1');
      expect(told).toBeGreaterThan(0);
      await removePack(other, row.id);
      await expect.poll(() => getPack('quzhou-2025')?.version, { timeout: 10_000 }).toBe('2025.1');
    } finally {
      stop();
      unsubscribe();
    }
  });
});
