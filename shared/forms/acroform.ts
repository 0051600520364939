// Filling an official fillable PDF the user brings: list its fields, map them to draft paths once
// (saved per form by fingerprint), fill with Chinese appearances from the embedded font, flatten.
import {
  PDFArray,
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFDropdown,
  PDFName,
  PDFOptionList,
  PDFRadioGroup,
  PDFRef,
  PDFSignature,
  PDFTextField,
  PDFButton,
  type PDFField,
  type PDFFont,
} from 'pdf-lib';
import { formatYuan } from '../money';
import { fontkitAdapterFor, postscriptNameOf, wrapText, type PdfFonts } from '../pdf';
import { checkFieldTree, checkPageTree, checkPdfStreams } from '../pdf/pdf-guard';
import type { AmountResult } from '../policy/types';
import { draftFieldMeta, type Draft } from '../schemas';
import { metaKeyOf, valueAt } from './draft-path';
import { FormError, notAPdf } from './errors';
import { formatValue, type DateStyleName, type FormatOptions } from './format-value';
import { sha256Hex } from './sha256';

/** Subset-tagged name of the field font (its own PostScript name), so pdffonts sees a subset of what it is. */
export const fieldFontName = (font: Uint8Array) => `GDFORM+${postscriptNameOf(font)}`;

export type AcroFieldType =
  'text' | 'checkbox' | 'dropdown' | 'option-list' | 'radio' | 'button' | 'signature';

export interface AcroFieldInfo {
  name: string;
  type: AcroFieldType;
  multiline: boolean;
  /** Choices of dropdowns, option lists and radio groups. */
  options: string[];
}

/** Which draft path fills which PDF field; saved per form, recognised by its fingerprint. */
export interface AcroFieldMapping {
  formFingerprint: string;
  /** PDF field name → draft path (`applicant.name`, `data.interns[0].idNumber`, `amount.figures`). */
  fields: Readonly<Record<string, string>>;
}

export interface FillOptions {
  /** Turn the fields into page content; no field is left. */
  flatten: boolean;
  /** Needed for `amount.figures` and `amount.uppercase`. */
  amount?: AmountResult;
  /** Default `bare` (official forms say 元 in the label). */
  money?: FormatOptions['money'];
  /** Default `long` (2025年03月01日), in table rows too: one date format on the whole form. */
  date?: DateStyleName;
}

export interface FillResult {
  bytes: Uint8Array;
  filled: string[];
  skipped: { field: string; reason: string }[];
}

function typeOf(field: PDFField): AcroFieldType {
  if (field instanceof PDFTextField) return 'text';
  if (field instanceof PDFCheckBox) return 'checkbox';
  if (field instanceof PDFDropdown) return 'dropdown';
  if (field instanceof PDFOptionList) return 'option-list';
  if (field instanceof PDFRadioGroup) return 'radio';
  if (field instanceof PDFSignature) return 'signature';
  if (field instanceof PDFButton) return 'button';
  return 'text';
}

/** SHA-256 of the sorted, distinct field names: the same form always gets the same fingerprint. */
export function formFingerprint(names: Iterable<string>): Promise<string> {
  return sha256Hex([...new Set(names)].sort().join('\n'));
}

// Streams, pages and fields are checked against their limits before pdf-lib walks them.
async function loadForm(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    checkPdfStreams(pdf);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    checkPageTree(doc);
    checkFieldTree(doc);
    return doc;
  } catch (err) {
    throw notAPdf(err);
  }
}

/** The fields of a fillable PDF and its fingerprint. */
export async function listAcroFields(
  pdf: Uint8Array,
): Promise<{ fingerprint: string; fields: AcroFieldInfo[] }> {
  const doc = await loadForm(pdf);
  const fields = doc
    .getForm()
    .getFields()
    .map((field): AcroFieldInfo => {
      const type = typeOf(field);
      const options =
        field instanceof PDFDropdown || field instanceof PDFOptionList || field instanceof PDFRadioGroup
          ? field.getOptions()
          : [];
      return {
        name: field.getName(),
        type,
        multiline: field instanceof PDFTextField && field.isMultiline(),
        options,
      };
    });
  return { fingerprint: await formFingerprint(fields.map((f) => f.name)), fields };
}

function textFor(draft: Draft, path: string, options: FillOptions): string | boolean | undefined {
  if (path === 'amount.figures')
    return options.amount?.amountFen === undefined ? undefined : formatYuan(options.amount.amountFen);
  if (path === 'amount.uppercase') return options.amount?.amountText;
  const value = valueAt(draft, path);
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  const meta = draftFieldMeta(draft.program)[metaKeyOf(path)];
  return formatValue(value, meta, {
    money: options.money ?? 'bare',
    date: options.date ?? 'long',
    unit: false,
  });
}

// pdf-lib wraps multiline fields only at spaces; Chinese has none, so break lines ourselves.
function prewrap(field: PDFTextField, text: string, font: PDFFont): string {
  const da = field.acroField.getDefaultAppearance() ?? '';
  let size = Number(/([\d.]+)\s+Tf/.exec(da)?.[1] ?? 0);
  if (!size) {
    size = 10;
    field.setFontSize(size);
  }
  const width = (field.acroField.getWidgets()[0]?.getRectangle().width ?? 200) - 6;
  return wrapText(text, width, (t) => font.widthOfTextAtSize(t, size)).join('\n');
}

function fillOne(field: PDFField, value: string | boolean, font: PDFFont): string | null {
  if (field instanceof PDFCheckBox) {
    if (typeof value !== 'boolean') return '复选框只能对应“是/否”字段';
    if (value) field.check();
    else field.uncheck();
    return null;
  }
  const text = typeof value === 'boolean' ? (value ? '是' : '否') : value;
  if (field instanceof PDFTextField) {
    const max = field.getMaxLength();
    if (max !== undefined && [...text].length > max) return `内容超过该字段最多 ${max} 个字符`;
    field.setText(field.isMultiline() ? prewrap(field, text, font) : text);
    return null;
  }
  if (field instanceof PDFDropdown || field instanceof PDFOptionList || field instanceof PDFRadioGroup) {
    if (!field.getOptions().includes(text)) return `选项中没有“${text}”`;
    field.select(text);
    return null;
  }
  return '该类型字段不能填写';
}

// pdf-lib's flatten deletes widgets but can leave their references in /Annots and the emptied
// parent fields in /AcroForm: drop both so readers find no dangling objects.
function dropFormRemains(doc: PDFDocument): void {
  const { context, catalog } = doc;
  const acroForm = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const visit = (array: PDFArray | undefined) => {
    for (let i = 0; array && i < array.size(); i++) {
      const ref = array.get(i);
      const node = context.lookupMaybe(ref, PDFDict);
      if (node) visit(node.lookupMaybe(PDFName.of('Kids'), PDFArray));
      if (ref instanceof PDFRef) context.delete(ref);
    }
  };
  visit(acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray));
  catalog.delete(PDFName.of('AcroForm'));
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const ref = annots.get(i);
      if (ref instanceof PDFRef && context.lookup(ref) === undefined) annots.remove(i);
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
}

/**
 * Fills a fillable PDF from a draft through a saved mapping. Values print as on our own form
 * (select labels, 是/否, dates 2025年03月01日). Chinese appearances come from the embedded font subset.
 * @throws FormError `mapping-mismatch` when the mapping was made for another form.
 */
export async function fillAcroForm(
  pdf: Uint8Array,
  draft: Draft,
  mapping: AcroFieldMapping,
  fonts: PdfFonts,
  options: FillOptions,
): Promise<FillResult> {
  const doc = await loadForm(pdf);
  const form = doc.getForm();
  const fingerprint = await formFingerprint(form.getFields().map((f) => f.getName()));
  if (fingerprint !== mapping.formFingerprint)
    throw new FormError(
      'mapping-mismatch',
      '字段对应关系不是为这份表格建立的（表格字段已变化），请重新设置字段对应',
      'The field mapping was not made for this form (its fields have changed); set up the field mapping again',
    );
  doc.registerFontkit(fontkitAdapterFor(fonts.outlineGrid));
  const font = await doc.embedFont(fonts.regular, { subset: true, customName: fieldFontName(fonts.regular) });
  const filled: string[] = [];
  const skipped: FillResult['skipped'] = [];
  for (const [name, path] of Object.entries(mapping.fields)) {
    const field = form.getFieldMaybe(name);
    if (!field) {
      skipped.push({ field: name, reason: '表格中没有该字段' });
      continue;
    }
    const value = textFor(draft, path, options);
    if (value === undefined) {
      skipped.push({ field: name, reason: `草稿中没有“${path}”的值` });
      continue;
    }
    const problem = fillOne(field, value, font);
    if (problem) skipped.push({ field: name, reason: problem });
    else filled.push(name);
  }
  form.updateFieldAppearances(font);
  if (options.flatten) {
    form.flatten({ updateFieldAppearances: false });
    dropFormRemains(doc);
  }
  const bytes = await doc.save({ useObjectStreams: true, updateFieldAppearances: false });
  return { bytes, filled, skipped };
}
