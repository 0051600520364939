// A program's 申报表 as an engine document: the template decides what prints, the draft what is in it.
import { pdfDocumentModelSchema, type PdfDocumentModel, type PdfDocumentModelInput } from '../pdf';
import type { AmountResult, Finding, Pack, ProgramDefinition } from '../policy/types';
import { draftFieldMeta, type Draft } from '../schemas';
import { applicationNumber } from './application-number';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import {
  amountBlocks,
  evidenceBlocks,
  fieldsBlocks,
  tableBlocks,
  type Cells,
  type SectionContext,
} from './form-sections';
import type { FormTemplate } from './template-schema';

type Block = PdfDocumentModelInput['blocks'][number];

/** The policy a form is printed under: the pack and the program as the pack offers it. */
export interface FormSource {
  /** With `id` and `version`, the 政策依据 names the pack version it was checked under. */
  pack: Pick<Pack, 'docNumber' | 'title' | 'issuer' | 'region'> & Partial<Pick<Pack, 'id' | 'version'>>;
  program: Pick<ProgramDefinition, 'title' | 'formula' | 'evidence' | 'citations'>;
}

/** What the checker derived from the draft (never stored: recomputed for every print). */
export interface FormFacts {
  amount: AmountResult;
  findings: readonly Finding[];
  /** Evidence ids with a file attached; defaults to the `evidence` of the draft's attachments. */
  attachmentsPresent?: Iterable<string>;
  /** The draft's place among its applicant's drafts of this program and year (`applicationSequence`); default 1. */
  sequence?: number;
}

export type BuildFormOptions = FormSource & FormFacts;

const FILLED: Cells = { blank: false, value: (_path, formatted) => formatted() };

/** The form title with its placeholders filled, e.g. 衢州市产教融合实训基地建设补助申报表. */
export function formTitle(template: FormTemplate, source: FormSource, draft?: Draft): string {
  return fillPlaceholders(template.title, placeholderValues(template, source, draft, undefined));
}

function placeholderValues(
  template: FormTemplate,
  source: FormSource,
  draft: Draft | undefined,
  facts: FormFacts | undefined,
): PlaceholderValues {
  return {
    pack: source.pack,
    program: source.program,
    date: template.date,
    ...(draft
      ? {
          draft,
          number: applicationNumber(template.program, draft.applicationDate, facts?.sequence ?? 1),
        }
      : {}),
  };
}

/** Lays the template out with `cells` deciding what each value cell says (filled, blank or marked). */
export function buildModelWith(
  template: FormTemplate,
  draft: Draft | undefined,
  source: FormSource,
  facts: FormFacts | undefined,
  cells: Cells,
): PdfDocumentModelInput {
  const values = placeholderValues(template, source, draft, facts);
  const fill = (text: string) => fillPlaceholders(text, values);
  const ctx: SectionContext = {
    template,
    meta: draftFieldMeta(template.program),
    draft,
    source,
    facts,
    cells,
  };
  const blocks: Block[] = [{ kind: 'title', text: fill(template.title), size: 18 }];
  if (template.subtitle) blocks.push({ kind: 'subtitle', text: fill(template.subtitle), size: 11 });
  template.sections.forEach((section, i) => {
    // The 承诺书 and the signature boxes that sign it stay on one page.
    const signedNext = template.sections[i + 1]?.kind === 'signatures';
    switch (section.kind) {
      case 'fields':
        blocks.push(...fieldsBlocks(section, ctx));
        break;
      case 'table':
        blocks.push(...tableBlocks(section, ctx));
        break;
      case 'amount':
        blocks.push(...amountBlocks(section, ctx));
        break;
      case 'evidence':
        blocks.push(...evidenceBlocks(section, ctx));
        break;
      case 'commitment':
        blocks.push(
          { kind: 'subtitle', text: section.heading, size: 14, weight: 'bold', keepWithNext: true },
          { kind: 'paragraph', text: fill(section.text), indent: 2, size: 10.5, keepWithNext: signedNext },
        );
        break;
      case 'paragraph':
        blocks.push({ ...section, text: fill(section.text) });
        break;
      case 'signatures':
        if (section.heading)
          blocks.push({
            kind: 'paragraph',
            text: section.heading,
            size: 11.5,
            weight: 'bold',
            keepWithNext: true,
          });
        blocks.push({
          kind: 'signatures',
          keepTogether: true,
          height: section.height,
          boxes: section.boxes.map((b) => ({ label: b.label, lines: b.lines, date: true })),
        });
        break;
      case 'pageBreak':
        blocks.push({ kind: 'pageBreak' });
        break;
    }
  });
  const right = fill(template.header.right);
  return {
    header: { left: fill(template.header.left), ...(right.trim() && !/：\s*$/.test(right) ? { right } : {}) },
    blocks,
  };
}

/**
 * The filled 申报表 of `draft` as an engine document model: applicant grid, program fields, rosters
 * with 序号 and totals, the amount with its trace and 大写金额 (or the note that the policy sets
 * none), the evidence checklist, the 承诺书 and the signature and seal boxes.
 */
export function buildFormModel(
  template: FormTemplate,
  draft: Draft,
  options: BuildFormOptions,
): PdfDocumentModel {
  if (draft.program !== template.program)
    throw new Error(`template of ${template.program} used for a ${draft.program} draft`);
  return pdfDocumentModelSchema.parse(buildModelWith(template, draft, options, options, FILLED));
}
