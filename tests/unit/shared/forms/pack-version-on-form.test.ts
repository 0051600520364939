// The printed form names the pack version it was checked under, the pinned one when the draft has a pin.
import { afterAll, describe, expect, it } from 'vitest';
import { buildExampleDraft, getPack } from '../../../../shared/policy';
import { checkForPrint } from '../../../../shared/forms/check-for-print';
import { renderApplicationPdf } from '../../../../shared/forms';
import { trainingBaseRateCapAmount } from '../../../../shared/policy/rules/training-base';
import type { Pack } from '../../../../shared/policy/types';
import { formTemplate } from '../../../../templates';
import { FIXED_DATE, regularFont, run, tempDir } from '../pdf/pdf-tools';
import { squash, TODAY } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());

const BUNDLED = getPack('quzhou-2025') as Pack;
/** A later version with a 300,000-yuan cap, as an import would bring it (not registered here). */
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

async function printedText(pack?: Pack): Promise<string> {
  const raw = buildExampleDraft('quzhou-2025', 'training-base');
  const c = checkForPrint(raw, { today: TODAY, ...(pack ? { pack } : {}) });
  if (!c.draft || !c.source) throw new Error('not printable');
  const pdf = await renderApplicationPdf(c.draft, {
    template: formTemplate('training-base'),
    fonts: { regular: regularFont() },
    source: c.source,
    checkResult: c.check,
    packVersion: `quzhou-2025@${c.source.pack.version}`,
    creationDate: FIXED_DATE,
  });
  return squash(run('pdftotext', ['-raw', tmp.write(`${pack?.version ?? 'bundled'}.pdf`, pdf.bytes), '-']));
}

describe('pack version on the printed form', () => {
  it('the 政策依据 names pack@version: the registry’s by default, the pinned one when given', async () => {
    const bundled = await printedText();
    expect(bundled).toContain(`二(六)19；政策包quzhou-2025@${BUNDLED.version}`);
    expect(bundled).toContain('伍拾万元整');
    const pinned = await printedText(LATER);
    expect(pinned).toContain('二(六)19；政策包quzhou-2025@2026.1');
    expect(pinned).toContain('叁拾万元整');
    expect(pinned).not.toContain(`quzhou-2025@${BUNDLED.version}`);
  });
});
