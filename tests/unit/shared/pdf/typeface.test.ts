// The two typefaces of the printed form: which font files each reads, that 现代 prints exactly as
// before, that the files are the fonts they claim, and that their licences are bundled.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { checkForPrint, renderApplicationPdf } from '../../../../shared/forms';
import { FONT_FILES, isTypeface, renderDocument, typefaceFonts, type FontFile } from '../../../../shared/pdf';
import { buildExampleDraft, listOfferings } from '../../../../shared/policy';
import { formTemplate } from '../../../../templates';
import { trainingBaseForm } from '../../../fixtures/pdf/training-base-form';
import { FIXED_DATE, regularFont, typefaceFontsSync } from './pdf-tools';

const fontOf = (file: FontFile) =>
  fontkit.create(readFileSync(join('node_modules', FONT_FILES[file]))) as fontkit.Font;

describe('typefaces', () => {
  it('knows sans and serif, nothing else', () => {
    expect(isTypeface('sans')).toBe(true);
    expect(isTypeface('serif')).toBe(true);
    for (const other of ['Serif', 'mono', '', null, 1]) expect(isTypeface(other)).toBe(false);
  });

  it('reads one file for 现代 and two for 公文 (serif body, sans bold headings)', async () => {
    const asked: FontFile[] = [];
    const read = (file: FontFile) => {
      asked.push(file);
      return new Uint8Array([asked.length]);
    };
    expect(await typefaceFonts('sans', read)).toEqual({ regular: new Uint8Array([1]) });
    expect(asked).toEqual(['sansRegular']);
    asked.length = 0;
    const serif = await typefaceFonts('serif', read);
    expect(asked).toEqual(['serifRegular', 'sansBold']);
    expect(serif).toEqual({ regular: new Uint8Array([1]), bold: new Uint8Array([2]), outlineGrid: 6 });
  });

  it('names real font files: the PostScript names inside are the fonts the typefaces promise', () => {
    const names = Object.fromEntries(
      (Object.keys(FONT_FILES) as FontFile[]).map((f) => {
        const font = fontOf(f);
        return [f, `${font.postscriptName} ${font['OS/2'].usWeightClass}`];
      }),
    );
    expect(names).toEqual({
      sansRegular: 'NotoSansSC-Regular 400',
      sansBold: 'NotoSansSC-Bold 700',
      serifRegular: 'NotoSerifSC-Regular 400',
    });
  });

  it('prints 现代 byte for byte as the form was printed before typefaces existed', async () => {
    const before = await renderDocument(
      trainingBaseForm(),
      { regular: regularFont() },
      { creationDate: FIXED_DATE },
    );
    const sans = await renderDocument(trainingBaseForm(), typefaceFontsSync('sans'), {
      creationDate: FIXED_DATE,
    });
    expect(sans).toEqual(before);
  });
});

describe('the size of the 公文 form', () => {
  // Every program of every pack, as `grantdesk example` writes it: 20 drafts.
  const examples = listOfferings().map((o) => {
    const printable = checkForPrint(buildExampleDraft(o.policy, o.program), { today: '2026-01-10' });
    return [`${o.program}.${o.policy}`, printable] as const;
  });
  const bytesOf = async (p: ReturnType<typeof checkForPrint>, fonts: ReturnType<typeof typefaceFontsSync>) =>
    (
      await renderApplicationPdf(p.draft!, {
        template: formTemplate(p.draft!.program),
        fonts,
        source: p.source!,
        checkResult: p.check,
        packVersion: 'test',
        creationDate: FIXED_DATE,
      })
    ).bytes.length;

  it('is at most 1.2 times the 现代 form of the same draft, for all 20 example drafts', async () => {
    expect(examples).toHaveLength(20);
    const over: string[] = [];
    for (const [name, printable] of examples) {
      const sans = await bytesOf(printable, typefaceFontsSync('sans'));
      const serif = await bytesOf(printable, typefaceFontsSync('serif'));
      // A 2-page form is 50-60 KB: a smaller one would mean a font went missing.
      expect(sans, name).toBeGreaterThan(45_000);
      if (serif > 1.2 * sans) over.push(`${name}: ${serif} / ${sans} = ${(serif / sans).toFixed(3)}`);
    }
    expect(over).toEqual([]);
  });
});

describe('bundled font licences', () => {
  it.each([
    ['NotoSansSC-OFL.txt', 'noto-sans-sc'],
    ['NotoSerifSC-OFL.txt', 'noto-serif-sc'],
  ])('templates/fonts/%s is the package licence, OFL 1.1', (file, pkg) => {
    const bundled = readFileSync(join('templates/fonts', file), 'utf8');
    expect(bundled).toBe(readFileSync(`node_modules/@expo-google-fonts/${pkg}/LICENSE_FONT`, 'utf8'));
    expect(bundled).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('has a licence for every font family a typeface embeds', () => {
    const families = new Set(Object.values(FONT_FILES).map((p) => p.split('/')[1]));
    expect([...families].sort()).toEqual(['noto-sans-sc', 'noto-serif-sc']);
    expect(
      readdirSync('templates/fonts')
        .filter((f) => f.endsWith('-OFL.txt'))
        .sort(),
    ).toEqual(['NotoSansSC-OFL.txt', 'NotoSerifSC-OFL.txt']);
  });
});
