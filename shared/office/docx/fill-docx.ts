// Fills a bureau's Word form from a draft: recognised labels first, the user's saved mapping over
// them; writes every other part of the package back unchanged.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { XMLSerializer, type Element } from '@xmldom/xmldom';
import { sha256Hex } from '../../forms/sha256';
import type { ProgramId } from '../../schemas';
import { docxError } from './docx-error';
import { normaliseLabel } from './labels';
import { programLabels } from './program-labels';
import { DOCUMENT_PART, readDocx } from './read-docx';
import { fingerprintTexts, scanTables, type DocxSlot, type SlotPlace } from './scan';
import { fillRoster } from './fill-roster';
import { blankValues, rawValue, valueText, type ValueSource } from './values';
import { fillTemplate, planBlank } from './inline-slots';
import { fillGaps, type GapFill } from './inline';
import { appendToCell, setCellText, tickBox } from './write-cell';

/** Which draft path fills which slot of a Word form; saved per form by its fingerprint. */
export interface DocxMapping {
  formFingerprint: string;
  /** Slot key → draft path (`''` leaves a recognised slot empty on purpose). */
  fields: Readonly<Record<string, string>>;
}

/** What a form asks for, before any filling. */
export interface DocxFormInfo {
  fingerprint: string;
  slots: DocxSlot[];
  tables: number;
}

export interface DocxFillReport {
  /** Slots filled: the label, the path used and the text written (or option ticked). */
  filled: { key: string; label: string; path: string; text: string; place: SlotPlace }[];
  /** Slots no path was found for: the user maps them. */
  unmatched: { key: string; label: string; kind: DocxSlot['kind']; place: SlotPlace }[];
  /** Slots with a path whose value is empty in the draft, or a box with no matching option. */
  empty: { key: string; label: string; path: string }[];
  rosters: { path: string; rows: number; formRows: number; added: number; place: SlotPlace }[];
}

function body(doc: ReturnType<typeof readDocx>['document']): Element {
  const root = doc.documentElement;
  const found =
    root &&
    Array.from({ length: root.childNodes.length }, (_, i) => root.childNodes[i]!).find(
      (n) => (n as Element).localName === 'body',
    );
  if (!found) throw docxError('not-docx');
  return found as Element;
}

/**
 * Lists a Word form's slots and its fingerprint (SHA-256 of its table texts, so the same form is
 * recognised again whichever draft fills it). `program` lets roster headers and own labels match.
 * @throws DocxError for a file past its limits or not a Word document.
 */
export async function scanDocxForm(bytes: Uint8Array, program?: ProgramId): Promise<DocxFormInfo> {
  const { document } = readDocx(bytes);
  const root = body(document);
  const texts = fingerprintTexts(root);
  const scan = scanTables(root, programLabels(program));
  return {
    fingerprint: await sha256Hex(`docx\n${texts.join('\n')}`),
    slots: scan.slots,
    tables: texts.filter((t) => t === '|tbl').length,
  };
}

/** The boolean words a box option can stand for. */
const YES = /^(是|有|符合|已|同意)$/;
const NO = /^(否|无|不符合|未|不同意)$/;

function chooseOption(options: string[], raw: unknown, text: string): number {
  if (typeof raw === 'boolean') return options.findIndex((o) => (raw ? YES : NO).test(o));
  const want = normaliseLabel(text);
  if (!want) return -1;
  const exact = options.findIndex((o) => o === want);
  return exact >= 0 ? exact : options.findIndex((o) => o && (o.includes(want) || want.includes(o)));
}

/**
 * Fills a Word form: each slot takes the path of `mapping` (when given for this form) or the one
 * recognised from its label; rosters fill row by row, cloning the form's last empty row as needed.
 * @throws DocxError for a file past its limits, a mapping for another form, a roster past its cap.
 */
export async function fillDocxForm(
  bytes: Uint8Array,
  source: ValueSource,
  mapping?: DocxMapping,
): Promise<{ bytes: Uint8Array; fingerprint: string; report: DocxFillReport }> {
  const pkg = readDocx(bytes);
  const doc = pkg.document;
  const root = body(doc);
  const fingerprint = await sha256Hex(`docx\n${fingerprintTexts(root).join('\n')}`);
  if (mapping && mapping.formFingerprint !== fingerprint) throw docxError('mapping-mismatch');
  const scan = scanTables(root, programLabels(source.draft.program));
  const pathOf = (slot: DocxSlot) =>
    mapping && slot.key in mapping.fields ? mapping.fields[slot.key] : slot.auto;
  const report: DocxFillReport = { filled: [], unmatched: [], empty: [], rosters: [] };
  const listed = new Set(scan.slots);
  const note = (slot: DocxSlot, path: string | undefined, text: string) => {
    if (!listed.has(slot)) return;
    if (!path)
      report.unmatched.push({ key: slot.key, label: slot.label, kind: slot.kind, place: slot.place });
    else if (!text) report.empty.push({ key: slot.key, label: slot.label, path });
    else report.filled.push({ key: slot.key, label: slot.label, path, text, place: slot.place });
  };

  for (const { slot, tc, mode } of scan.texts) {
    const path = pathOf(slot);
    let text = path ? valueText(source, path) : '';
    if (text && mode === 'template') text = fillTemplate(doc, tc, blankValues(source, path!, text));
    else if (text) (mode === 'cell' ? setCellText : appendToCell)(doc, tc, text);
    note(slot, path, text);
  }
  for (const { slot, tc, offset } of scan.choices) {
    const path = pathOf(slot);
    const index = path
      ? chooseOption(slot.options ?? [], rawValue(source, path), valueText(source, path))
      : -1;
    const ticked = index >= 0 && tickBox(tc, offset + index);
    note(slot, path, ticked ? `☑${slot.options![index]}` : '');
  }
  // A paragraph's blanks are written together, so its runs are read once however many it has.
  const byParagraph = new Map<Element, GapFill[]>();
  for (const { slot, p, blank } of scan.inline) {
    const path = pathOf(slot);
    const text = path ? valueText(source, path) : '';
    const plan = text ? planBlank(blank, blankValues(source, path!, text)) : undefined;
    if (plan) {
      const fills = byParagraph.get(p) ?? [];
      fills.push(...plan.fills);
      byParagraph.set(p, fills);
    }
    note(slot, path, plan?.text ?? '');
  }
  for (const [p, fills] of byParagraph) fillGaps(doc, p, fills);
  const splices: { marker: string; xml: string }[] = [];
  for (const plan of scan.rosters) {
    const filled = fillRoster(doc, plan, source, pathOf);
    if (filled.splice) splices.push(filled.splice);
    for (const c of plan.columns)
      if (listed.has(c.slot) && !pathOf(c.slot))
        report.unmatched.push({ key: c.slot.key, label: c.slot.label, kind: 'column', place: c.slot.place });
    const place = plan.columns[0]?.slot.place;
    if (filled.path && place && plan.columns.some((c) => listed.has(c.slot)))
      report.rosters.push({
        path: filled.path,
        rows: filled.rows,
        formRows: plan.rows.length,
        added: Math.max(0, filled.rows - plan.rows.length),
        place,
      });
  }
  let xml = new XMLSerializer().serializeToString(doc);
  for (const { marker, xml: rows } of splices) xml = xml.replace(marker, () => rows);
  return { bytes: writePackage(pkg.parts, xml), fingerprint, report };
}

// Every part but the body goes back byte for byte; [Content_Types].xml stays first, as Word writes it.
function writePackage(parts: { name: string; bytes: Uint8Array }[], documentXml: string): Uint8Array {
  const files: Zippable = {};
  const ordered = [...parts].sort(
    (a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'),
  );
  for (const part of ordered)
    files[part.name] = part.name === DOCUMENT_PART ? strToU8(documentXml) : part.bytes;
  return zipSync(files, { level: 6 });
}
