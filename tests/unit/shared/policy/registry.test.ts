// Packs come and go at runtime: the registry offers what is registered, newest version first.
import { afterEach, describe, expect, test } from 'vitest';
import {
  buildExampleDraft,
  compareVersions,
  getPack,
  getProgram,
  listOfferings,
  listPacks,
  listPackVersions,
  PACKS,
  registerPack,
  subscribePacks,
  unregisterPack,
  type Pack,
} from '../../../../shared/policy';
import { isPolicyId } from '../../../../shared/schemas';
import { check, example } from './helpers';

const quzhou = PACKS[0] as Pack;
// A runtime pack: Quzhou's document under another id and region, as an import would bring it.
const imported: Pack = {
  ...quzhou,
  id: 'lishui-2026',
  version: '2026.1',
  docNumber: '丽政办发〔2026〕1号',
  region: { code: '331100', name: '丽水市', province: '浙江省', areaCode: '0578' },
};

afterEach(() => {
  unregisterPack('lishui-2026');
  if (getPack('quzhou-2025')?.version !== '2025.1') {
    unregisterPack('quzhou-2025', '2025.2');
  }
});

describe('pack registry', () => {
  test('the five bundled packs are registered in library order, each with a version', () => {
    expect(listPacks().map((p) => `${p.id}@${p.version}`)).toEqual([
      'quzhou-2025@2025.1',
      'yongzhou-2021@2021.1',
      'jining-2025@2025.1',
      'wuzhou-2024@2024.1',
      'linping-2023@2023.1',
    ]);
  });

  test('a registered pack is listed, offered, checked and removable; listeners hear each change', () => {
    let heard = 0;
    const stop = subscribePacks(() => (heard += 1));
    const before = listPacks();
    registerPack(imported);
    expect(listPacks()).not.toBe(before);
    expect(listPacks().at(-1)?.id).toBe('lishui-2026');
    expect(
      listOfferings()
        .filter((o) => o.policy === 'lishui-2026')
        .map((o) => o.program),
    ).toEqual(['training-base', 'internship', 'dual-teacher-team', 'one-plus-x']);
    const draft = buildExampleDraft('lishui-2026', 'training-base');
    expect(draft?.applicationDate).toBe('2025-10-19');
    const r = check(draft);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The generic example's investment is Quzhou's: 25% of it passes the cap of 500,000.00.
    expect(r.amount.amountFen).toBe(50_000_000);
    expect(unregisterPack('lishui-2026')).toBe(true);
    expect(unregisterPack('lishui-2026')).toBe(false);
    expect(getPack('lishui-2026')).toBeUndefined();
    expect(heard).toBe(2);
    stop();
  });

  test('a draft of a pack that is not registered gets one error naming the pack', () => {
    const draft = example('quzhou-2025', 'training-base');
    draft.policy = 'lishui-2026';
    const r = check(draft);
    expect(r.findings.map((f) => [f.ruleId, f.path])).toEqual([['policy.unknown', ['policy']]]);
    expect(r.findings[0]?.message).toContain('没有找到政策包「lishui-2026」');
    expect(r.amount.status).toBe('incomplete');
    draft.policy = 'Lishui 2026';
    expect(check(draft).findings.map((f) => f.ruleId)).toEqual(['schema.invalid_format']);
  });

  test('versions: the newest is the default, an older one stays reachable by version', () => {
    registerPack({ ...quzhou, version: '2025.2', docNumber: '衢政办发〔2026〕3号' });
    expect(getPack('quzhou-2025')?.docNumber).toBe('衢政办发〔2026〕3号');
    expect(getPack('quzhou-2025', '2025.1')?.docNumber).toBe('衢政办发〔2025〕10号');
    expect(getProgram('quzhou-2025', 'training-base', '2025.1')?.citations[0]?.docNumber).toBe(
      '衢政办发〔2025〕10号',
    );
    expect(listPackVersions('quzhou-2025').map((p) => p.version)).toEqual(['2025.1', '2025.2']);
    expect(listPacks().filter((p) => p.id === 'quzhou-2025')).toHaveLength(1);
    expect(unregisterPack('quzhou-2025', '2025.2')).toBe(true);
    expect(getPack('quzhou-2025')?.version).toBe('2025.1');
  });

  test('versions compare number by number', () => {
    expect(compareVersions('2025.10', '2025.9')).toBeGreaterThan(0);
    expect(compareVersions('2025.1', '2025.1.0')).toBe(0);
    expect(compareVersions('2024.3', '2025.1')).toBeLessThan(0);
  });

  test('a pack id is any well-formed id, not only the bundled five', () => {
    expect(isPolicyId('lishui-2026')).toBe(true);
    expect(isPolicyId('ab')).toBe(false);
    expect(isPolicyId('Lishui')).toBe(false);
    expect(isPolicyId(7)).toBe(false);
  });
});
