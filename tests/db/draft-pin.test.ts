// A draft is pinned to the pack version it was made under; a newer version is offered, never applied silently.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExampleDraft, getPack, registerPack, unregisterPack } from '../../shared/policy';
import type { Pack } from '../../shared/policy/types';
import { saveDraft } from '../../renderer/db/drafts';
import { asEnvelope, createDraftFromEnvelope } from '../../renderer/features/drafts/create-draft';
import { importDraftFile } from '../../renderer/features/drafts/import-draft';
import { keepPackCopy, resolvePin } from '../../renderer/features/policies/pack-pins';
import { createTestDb } from './helpers/test-db';

const BUNDLED = getPack('quzhou-2025') as Pack;
const NEWER: Pack = { ...BUNDLED, version: `${BUNDLED.version}.1` };
const example = () =>
  asEnvelope(buildExampleDraft('quzhou-2025', 'training-base') as Record<string, unknown>);

afterEach(() => {
  unregisterPack('quzhou-2025', NEWER.version);
});

describe('draft pins', () => {
  it('a new draft is pinned to the newest version here; a file that names its version keeps it', async () => {
    const { db } = createTestDb();
    expect((await createDraftFromEnvelope(db, example())).policyVersion).toBe(BUNDLED.version);
    registerPack(NEWER);
    expect((await createDraftFromEnvelope(db, example())).policyVersion).toBe(NEWER.version);
    const named = await createDraftFromEnvelope(db, { ...example(), policyVersion: BUNDLED.version });
    expect(named.policyVersion).toBe(BUNDLED.version);
  });

  it('moving the pin and declining a version are saved on the draft', async () => {
    const { db } = createTestDb();
    const row = await createDraftFromEnvelope(db, example());
    await saveDraft(db, row.id, { declinedPolicyVersion: NEWER.version });
    expect((await db.drafts.get(row.id))?.declinedPolicyVersion).toBe(NEWER.version);
    await saveDraft(db, row.id, { policyVersion: NEWER.version });
    expect((await db.drafts.get(row.id))?.policyVersion).toBe(NEWER.version);
  });

  it('resolves the pinned version, offers a newer one, and says when the pinned one is missing', () => {
    // Drafts from before pins read as the bundled version.
    expect(resolvePin('quzhou-2025', undefined)).toMatchObject({ version: BUNDLED.version, pack: BUNDLED });
    expect(resolvePin('quzhou-2025', undefined).newer).toBeUndefined();
    registerPack(NEWER);
    expect(resolvePin('quzhou-2025', BUNDLED.version)).toMatchObject({ pack: BUNDLED, newer: NEWER });
    expect(resolvePin('quzhou-2025', NEWER.version).newer).toBeUndefined();
    // A version neither registered nor kept: no pack (the editor says what is missing), the newest offered.
    const gone = resolvePin('quzhou-2025', '2024.9');
    expect(gone.pack).toBeUndefined();
    expect(gone.newer).toBe(NEWER);
    // Removed from the registry but kept from storage: the pinned draft still has its pack.
    unregisterPack('quzhou-2025', NEWER.version);
    keepPackCopy(NEWER);
    expect(resolvePin('quzhou-2025', NEWER.version).pack).toBe(NEWER);
    expect(resolvePin('quzhou-2025', NEWER.version).newer).toBeUndefined();
  });

  it('a draft file keeps its pin on import; a pin not here is imported as it is and offered the newest', async () => {
    const { db } = createTestDb();
    const file = (policyVersion?: string) => ({
      name: 'd.json',
      bytes: new TextEncoder().encode(
        JSON.stringify({
          ...buildExampleDraft('quzhou-2025', 'training-base'),
          ...(policyVersion ? { policyVersion } : {}),
        }),
      ),
    });
    registerPack(NEWER);
    // A file from before pins takes the newest version, as before.
    expect((await importDraftFile(db, file())).policyVersion).toBe(NEWER.version);
    expect((await importDraftFile(db, file(BUNDLED.version))).policyVersion).toBe(BUNDLED.version);
    // Printed on a machine with a version this one lacks: never moved silently; the newest here is offered.
    const row = await importDraftFile(db, file('2027.1'));
    expect(row.policyVersion).toBe('2027.1');
    const pin = resolvePin(row.policy, row.policyVersion);
    expect([pin.version, pin.pack, pin.newer?.version]).toEqual(['2027.1', undefined, NEWER.version]);
    await expect(importDraftFile(db, file('latest'))).rejects.toThrow(
      '「d.json」不是 GrantDesk 草稿：字段 policyVersion 不符',
    );
  });
});
