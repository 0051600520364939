// AcroForms: our blank fillable form has a field over every value cell; a fillable PDF a user brings
// is filled in Chinese through a saved mapping, flattened, and left without a field or a dangling ref.
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillAcroForm,
  FormError,
  listAcroFields,
  renderBlankFillable,
  type AcroFieldMapping,
  type BlankFillable,
} from '../../../../shared/forms';
import { draftFieldMeta, type Draft } from '../../../../shared/schemas';
import { formTemplate } from '../../../../templates';
import { FIXED_DATE, pdfFonts, qpdfCheck, regularFont, run, tempDir } from '../pdf/pdf-tools';
import { checked, fixtureDrafts, screenshot, squash } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const [, raw] = fixtureDrafts().find(([p]) => p === 'internship')!;
const c = checked(raw);
const fonts = { regular: regularFont() };

describe('the blank fillable internship form', () => {
  let blank: BlankFillable;
  let path: string;
  beforeAll(async () => {
    blank = await renderBlankFillable(formTemplate('internship'), c.source, fonts, {
      creationDate: FIXED_DATE,
    });
    path = tmp.write('blank.pdf', blank.bytes);
    screenshot(path, 1, 'internship-blank-p1');
  });

  it('has one text field per value cell, named by its draft path', async () => {
    const { fields } = await listAcroFields(blank.bytes);
    const template = formTemplate('internship');
    const scalar = template.sections.flatMap((s) => (s.kind === 'fields' ? s.fields.map((f) => f.key) : []));
    const table = template.sections.find((s) => s.kind === 'table')!;
    const rows = table.kind === 'table' ? table.blankRows * table.columns.length : 0;
    expect(fields.map((f) => f.name).sort()).toEqual(blank.fieldNames.sort());
    expect(fields).toHaveLength(scalar.length + rows + 2);
    expect(fields.every((f) => f.type === 'text')).toBe(true);
    for (const key of scalar) expect(blank.fieldNames).toContain(key);
    expect(blank.fieldNames).toContain('data.interns[0].idNumber');
    expect(blank.fieldNames).toContain('amount.uppercase');
    const meta = draftFieldMeta('internship');
    for (const name of blank.fieldNames.filter((n) => !n.startsWith('amount.')))
      expect(meta[name.replace(/\[\d+\]/g, '[]')], name).toBeDefined();
    expect(qpdfCheck(path).status).toBe(0);
  });

  it('fills back from the draft one to one, and prints Chinese after flattening', async () => {
    const { fingerprint, fields } = await listAcroFields(blank.bytes);
    const mapping: AcroFieldMapping = {
      formFingerprint: fingerprint,
      fields: Object.fromEntries(fields.map((f) => [f.name, f.name])),
    };
    const filled = await fillAcroForm(blank.bytes, c.draft, mapping, fonts, {
      flatten: true,
      amount: c.check.amount,
    });
    const out = tmp.write('blank-filled.pdf', filled.bytes);
    screenshot(out, 1, 'internship-blank-filled-p1');
    const text = squash(run('pdftotext', ['-raw', out, '-']));
    expect(text).toContain(c.draft.applicant.name);
    expect(text).toContain((c.draft as Draft<'internship'>).data.interns[0]!.idNumber);
    expect(text).toContain(c.check.amount.amountText!);
    expect((await listAcroFields(filled.bytes)).fields).toEqual([]);
    expect(qpdfCheck(out).status).toBe(0);
  });
});

/** A fillable form as an agency might publish it: Latin field names, one multiline, one checkbox. */
async function officialForm(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  const text = (name: string, y: number, multiline = false) => {
    const f = form.createTextField(name);
    if (multiline) f.enableMultiline();
    f.addToPage(page, { x: 150, y, width: 300, height: multiline ? 60 : 22 });
  };
  text('Text1', 760);
  text('Text2', 720);
  text('Text3', 640, true);
  text('Text4', 600);
  form.createCheckBox('Check1').addToPage(page, { x: 150, y: 560, width: 14, height: 14 });
  form.createTextField('Unused').addToPage(page, { x: 150, y: 520, width: 300, height: 22 });
  return doc.save();
}

describe("filling a user's fillable PDF", () => {
  let pdf: Uint8Array;
  let mapping: AcroFieldMapping;
  beforeAll(async () => {
    pdf = await officialForm();
    const listed = await listAcroFields(pdf);
    mapping = {
      formFingerprint: listed.fingerprint,
      fields: {
        Text1: 'applicant.name',
        Text2: 'applicant.orgCode',
        Text3: 'applicant.address',
        Text4: 'amount.uppercase',
        Check1: 'data.complianceCertified',
      },
    };
  });

  it('lists fields with types and a fingerprint that ignores order', async () => {
    const listed = await listAcroFields(pdf);
    expect(listed.fields.map((f) => [f.name, f.type, f.multiline])).toEqual([
      ['Text1', 'text', false],
      ['Text2', 'text', false],
      ['Text3', 'text', true],
      ['Text4', 'text', false],
      ['Check1', 'checkbox', false],
      ['Unused', 'text', false],
    ]);
    expect(listed.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fills Chinese, wraps the multiline field, flattens with no field and no qpdf error', async () => {
    const result = await fillAcroForm(pdf, c.draft, mapping, fonts, {
      flatten: true,
      amount: c.check.amount,
    });
    expect(result.skipped).toEqual([]);
    expect(result.filled).toHaveLength(5);
    const out = tmp.write('official-filled.pdf', result.bytes);
    const check = qpdfCheck(out);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
    const text = squash(run('pdftotext', ['-raw', out, '-']));
    expect(text).toContain(c.draft.applicant.name);
    expect(text).toContain(squash(c.draft.applicant.address));
    expect(text).toContain(c.check.amount.amountText!);
    expect((await listAcroFields(result.bytes)).fields).toEqual([]);
    expect(run('pdfinfo', [out])).not.toMatch(/Form:\s+AcroForm/);
    const fontsUsed = pdfFonts(out);
    expect(
      fontsUsed.some((f) => f.name.endsWith('NotoSansSC-Regular') && f.emb === 'yes' && f.sub === 'yes'),
    ).toBe(true);
  });

  it('keeps fields fillable without flatten', async () => {
    const result = await fillAcroForm(pdf, c.draft, mapping, fonts, {
      flatten: false,
      amount: c.check.amount,
    });
    const doc = await PDFDocument.load(result.bytes);
    expect(doc.getForm().getTextField('Text1').getText()).toBe(c.draft.applicant.name);
    expect(doc.getForm().getCheckBox('Check1').isChecked()).toBe(
      (c.draft as Draft<'internship'>).data.complianceCertified,
    );
    expect(qpdfCheck(tmp.write('official-open.pdf', result.bytes)).status).toBe(0);
  });

  it('refuses a mapping made for another form', async () => {
    const stale = { ...mapping, formFingerprint: '0'.repeat(64) };
    const failure = await fillAcroForm(pdf, c.draft, stale, fonts, { flatten: true }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(FormError);
    expect((failure as FormError).code).toBe('mapping-mismatch');
    expect((failure as FormError).message).toBe(
      '字段对应关系不是为这份表格建立的（表格字段已变化），请重新设置字段对应',
    );
    expect((failure as FormError).messageEn).toBe(
      'The field mapping was not made for this form (its fields have changed); set up the field mapping again',
    );
  });

  it('says when the bytes are not a PDF', async () => {
    await expect(listAcroFields(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({
      code: 'not-a-pdf',
      message: '无法读取该 PDF：Failed to parse PDF document (line:0 col:18 offset=9): No PDF header found',
      messageEn:
        'Cannot read this PDF: Failed to parse PDF document (line:0 col:18 offset=9): No PDF header found',
    });
  });
});

describe('blank fillable forms of every program', () => {
  it.each(fixtureDrafts())('%s: a field over every value cell, qpdf clean', async (program, rawDraft) => {
    const { source } = checked(rawDraft);
    const blank = await renderBlankFillable(formTemplate(program), source, fonts, {
      creationDate: FIXED_DATE,
    });
    const { fields } = await listAcroFields(blank.bytes);
    expect(fields.map((f) => f.name).sort()).toEqual([...blank.fieldNames].sort());
    expect(new Set(blank.fieldNames).size).toBe(blank.fieldNames.length);
    expect(qpdfCheck(tmp.write(`blank-${program}.pdf`, blank.bytes)).status).toBe(0);
  });
});
