// The blank fillable form and a user's filled fillable PDF follow the chosen look like the printed
// form: in 公文 the page text is Noto Serif SC with Noto Sans SC Bold headings and the field values are
// Noto Serif SC, each embedded as a subset under its own name, and every word leaves ink when no
// system font can stand in; in 现代 they stay Noto Sans SC throughout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillAcroForm,
  listAcroFields,
  renderBlankFillable,
  type BlankFillable,
} from '../../../../shared/forms';
import type { Typeface } from '../../../../shared/pdf';
import { formTemplate } from '../../../../templates';
import { writeOfficialForm } from '../../../fixtures/forms/official-form';
import {
  darkPixels,
  FIXED_DATE,
  pdfFonts,
  renderGreyWithoutSystemFonts,
  run,
  tempDir,
  typefaceFontsSync,
} from '../pdf/pdf-tools';
import { checked, fixtureDrafts, squash } from './form-tools';

const PUNCTUATION = /^[\s，。、；：？！（）《》「」『』【】〔〕…‘’“”.,:;!?()'"\-—·%￥¥×=*/□☑]+$/u;

/** Every word pdftotext finds, with its box in PDF points (origin bottom-left), page by page. */
function words(
  path: string,
): { page: number; text: string; x: number; y: number; width: number; height: number }[] {
  const html = run('pdftotext', ['-bbox', path, '-']);
  const out: ReturnType<typeof words> = [];
  let page = 0;
  let height = 0;
  for (const m of html.matchAll(
    /<page width="[\d.]+" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) {
      page += 1;
      height = Number(m[1]);
      continue;
    }
    const [x0, y0, x1, y1] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
    out.push({ page, text: m[6]!, x: x0, y: height - y1, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

/** The words that leave no ink at 144 dpi under an empty fontconfig (punctuation-only words aside). */
function inklessWords(path: string, dir: string, atLeast = 20): string[] {
  const images = renderGreyWithoutSystemFonts(path, dir, 144);
  const found = words(path).filter((w) => !PUNCTUATION.test(w.text));
  // An empty list would prove nothing.
  expect(found.length).toBeGreaterThanOrEqual(atLeast);
  return found
    .filter((w) => darkPixels(images[w.page - 1]!, w, 144) === 0)
    .map((w) => `p${w.page} ${w.text}`);
}

const names = (path: string) =>
  pdfFonts(path).map((r) => `${r.name.replace(/^(?!GDFORM)[A-Z]{6}\+/, '')} ${r.emb}${r.sub}${r.uni}`);

const [, raw] = fixtureDrafts().find(([p]) => p === 'internship')!;
const c = checked(raw);

describe.each<[Typeface, string[], string[]]>([
  [
    'serif',
    ['NotoSerifSC-Regular yesyesyes', 'NotoSansSC-Bold yesyesyes'],
    ['GDFORM+NotoSerifSC-Regular yesyesyes'],
  ],
  ['sans', ['NotoSansSC-Regular yesyesyes'], ['GDFORM+NotoSansSC-Regular yesyesyes']],
])('forms other than the printed one, in the %s typeface', (typeface, pageFonts, fieldFonts) => {
  const tmp = tempDir();
  const fonts = typefaceFontsSync(typeface);
  let blank: BlankFillable;
  let blankPath: string;
  afterAll(() => tmp.dispose());
  beforeAll(async () => {
    blank = await renderBlankFillable(formTemplate('internship'), c.source, fonts, {
      creationDate: FIXED_DATE,
    });
    blankPath = tmp.write('blank.pdf', blank.bytes);
  });

  it('prints the blank fillable form in the look, every word inked with no system font', () => {
    // The field font is there for the empty fields' appearances.
    expect(names(blankPath)).toEqual([...pageFonts, ...fieldFonts]);
    expect(inklessWords(blankPath, tmp.dir)).toEqual([]);
  });

  it('fills the blank form back from the draft with the look’s field font; flattened, every value inked', async () => {
    const { fingerprint, fields } = await listAcroFields(blank.bytes);
    const mapping = {
      formFingerprint: fingerprint,
      fields: Object.fromEntries(fields.map((f) => [f.name, f.name])),
    };
    const filled = await fillAcroForm(blank.bytes, c.draft, mapping, fonts, {
      flatten: true,
      amount: c.check.amount,
    });
    const path = tmp.write('blank-filled.pdf', filled.bytes);
    // Filling embeds its own subset of the field font beside the blank form's.
    expect(names(path)).toEqual([...pageFonts, ...fieldFonts, ...fieldFonts]);
    expect(squash(run('pdftotext', ['-raw', path, '-']))).toContain(c.draft.applicant.name);
    expect(inklessWords(path, tmp.dir)).toEqual([]);
  });

  it('fills an office’s own fillable PDF with the look’s field font, every value inked', async () => {
    const form = join(tmp.dir, 'official.pdf');
    await writeOfficialForm(form);
    const bytes = new Uint8Array(readFileSync(form));
    const { fingerprint } = await listAcroFields(bytes);
    const mapping = {
      formFingerprint: fingerprint,
      fields: {
        company_name: 'applicant.name',
        credit_code: 'applicant.orgCode',
        amount_words: 'amount.uppercase',
      },
    };
    const filled = await fillAcroForm(bytes, c.draft, mapping, fonts, {
      flatten: true,
      amount: c.check.amount,
    });
    const path = tmp.write('official-filled.pdf', filled.bytes);
    // Helvetica is the office form's own default field font, left in its resources; it draws nothing.
    expect(names(path)).toEqual([...fieldFonts, 'Helvetica nonono']);
    const text = squash(run('pdftotext', ['-raw', path, '-']));
    expect(text).toBe(
      squash(`${c.draft.applicant.name}${c.draft.applicant.orgCode}${c.check.amount.amountText}`),
    );
    expect(inklessWords(path, tmp.dir, 3)).toEqual([]);
    expect((await PDFDocument.load(filled.bytes)).getForm().getFields()).toEqual([]);
  });
});
