// The pin travels with the draft file: the schema keeps `policyVersion`, the check honours it, and the
// draft.json inside a printed PDF carries it back.
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildExampleDraft,
  checkDraft,
  getPack,
  registerPack,
  unregisterPack,
} from '../../../../shared/policy';
import { checkForPrint } from '../../../../shared/forms/check-for-print';
import { extractDraftFromPdf, renderApplicationPdf } from '../../../../shared/forms';
import { draftHeaderSchema, draftSchema } from '../../../../shared/schemas';
import { trainingBaseRateCapAmount } from '../../../../shared/policy/rules/training-base';
import type { Pack } from '../../../../shared/policy/types';
import { formTemplate } from '../../../../templates';
import { FIXED_DATE, regularFont } from '../pdf/pdf-tools';
import { TODAY } from './form-tools';

const BUNDLED = getPack('quzhou-2025') as Pack;
/** Next year's Quzhou: the cap falls to 300,000 yuan. */
const LATER: Pack = {
  ...BUNDLED,
  version: '2026.1',
  programs: {
    ...BUNDLED.programs,
    'training-base': {
      ...BUNDLED.programs['training-base']!,
      amount: trainingBaseRateCapAmount({ numerator: 25, denominator: 100 }, 30_000_000),
    },
  },
};

const pinned = (version?: string) => ({
  ...buildExampleDraft('quzhou-2025', 'training-base'),
  ...(version === undefined ? {} : { policyVersion: version }),
});

afterEach(() => {
  unregisterPack('quzhou-2025', LATER.version);
});

describe('policyVersion in the draft file', () => {
  it('the schema keeps a pin, reads a file without one, and refuses a malformed one by its field', () => {
    const schema = draftSchema('training-base', { asOf: TODAY });
    expect(schema.parse(pinned('2025.1')).policyVersion).toBe('2025.1');
    expect('policyVersion' in schema.parse(pinned())).toBe(false);
    const bad = draftHeaderSchema.safeParse(pinned('2025.1; rm -rf'));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['policyVersion']);
    expect(draftHeaderSchema.safeParse(pinned('x'.repeat(5000))).success).toBe(false);
  });

  it('is checked under its pinned version; unpinned takes the newest; a pin not here is an error naming it', () => {
    registerPack(LATER);
    const old = checkDraft(pinned(BUNDLED.version), { today: TODAY });
    expect(old.amount.amountFen).toBe(50_000_000);
    expect(old.findings.filter((f) => f.ruleId.startsWith('policy.'))).toEqual([]);
    expect(checkDraft(pinned(), { today: TODAY }).amount.amountFen).toBe(30_000_000);
    expect(checkDraft(pinned('2026.1'), { today: TODAY }).amount.amountFen).toBe(30_000_000);

    const gone = checkDraft(pinned('2024.3'), { today: TODAY });
    expect(gone.amount.amountFen).toBe(30_000_000);
    const missing = gone.findings.filter((f) => f.ruleId === 'policy.version-missing');
    expect(missing).toEqual([
      {
        ruleId: 'policy.version-missing',
        severity: 'error',
        path: ['policyVersion'],
        clause: null,
        message:
          '草稿使用政策包 quzhou-2025@2024.3，本机没有这个版本（未随应用提供，也未导入）；以下按现有的 quzhou-2025@2026.1 核对。请导入 quzhou-2025@2024.3，或在 GrantDesk 中把草稿更新到 quzhou-2025@2026.1',
        messageEn:
          'The draft uses policy pack quzhou-2025@2024.3, and this version is not here (neither bundled nor imported); it is checked below under quzhou-2025@2026.1, which is. Import quzhou-2025@2024.3, or move the draft to quzhou-2025@2026.1 in GrantDesk',
      },
    ]);
    // A pack given by the caller (the app's kept copy of the pinned version) wins over the registry.
    expect(checkDraft(pinned('2024.3'), { today: TODAY, pack: BUNDLED }).findings).not.toContainEqual(
      expect.objectContaining({ ruleId: 'policy.version-missing' }),
    );
  });

  it('the PDF prints under the pinned version, and its draft.json carries the pin back', async () => {
    registerPack(LATER);
    const c = checkForPrint(pinned(BUNDLED.version), { today: TODAY });
    expect(c.source?.pack.version).toBe(BUNDLED.version);
    expect(c.check.amount.amountFen).toBe(50_000_000);
    const pdf = await renderApplicationPdf(c.draft!, {
      template: formTemplate('training-base'),
      fonts: { regular: regularFont() },
      source: c.source!,
      checkResult: c.check,
      packVersion: `quzhou-2025@${c.source!.pack.version}`,
      creationDate: FIXED_DATE,
    });
    const back = await extractDraftFromPdf(pdf.bytes);
    expect(back?.hashMatches).toBe(true);
    expect((back?.draft as { policyVersion?: string }).policyVersion).toBe(BUNDLED.version);
    // Read back, it is checked under the same version it was printed under.
    expect(checkDraft(back?.draft, { today: TODAY }).amount.amountFen).toBe(50_000_000);
  });
});
