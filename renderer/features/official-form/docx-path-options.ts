// The draft fields a Word form's slot can take: scalar fields, composites, the amount; a roster
// column takes the fields of the rosters.
import type { DocxSlot } from '../../../shared/office/docx';
import { SPAN } from '../../../shared/office/docx/labels';
import { draftFieldMeta, type ProgramId } from '../../../shared/schemas';
import type { Lang } from '../../i18n/feature-text';

export interface PathOption {
  value: string;
  label: string;
}

export interface DocxOptionTexts {
  amountFigures: string;
  amountWords: string;
  docxContact: string;
  docxBank: string;
  docxProgram: string;
}

const SKIP = ['format', 'id', 'policy', 'program'];

/** Options for text and box slots, and for roster columns, of `program`'s drafts. */
export function docxPathOptions(program: ProgramId, lang: Lang, text: DocxOptionTexts) {
  const meta = draftFieldMeta(program);
  const scalar: PathOption[] = [];
  const column: PathOption[] = [];
  for (const [key, m] of Object.entries(meta)) {
    if (m.input === 'table' || m.input === 'group' || key.startsWith('attachments') || SKIP.includes(key))
      continue;
    if (key.startsWith('data.userStandard')) continue;
    if (!key.includes('[]')) scalar.push({ value: key, label: m.label[lang] });
    else if (key.split('[]').length === 2) {
      const list = meta[key.slice(0, key.indexOf('[]'))]?.label[lang] ?? '';
      column.push({ value: key, label: `${list} · ${m.label[lang]}` });
    }
  }
  // A roster's period as one column (「起止日期」), as the Word filler reads such a header.
  for (const start of column.filter((c) => c.value.endsWith('[].startDate'))) {
    const end = column.find((c) => c.value === start.value.replace(/startDate$/, 'endDate'));
    if (end)
      column.push({
        value: `${start.value}${SPAN}endDate`,
        label: `${start.label}${lang === 'zh' ? '至' : ' – '}${end.label.split(' · ').pop()}`,
      });
  }
  scalar.push(
    { value: 'applicant.contact', label: text.docxContact },
    { value: 'applicant.bank', label: text.docxBank },
    { value: 'program', label: text.docxProgram },
    { value: 'amount.figures', label: text.amountFigures },
    { value: 'amount.uppercase', label: text.amountWords },
  );
  return { scalar, column };
}

/** The options a slot offers. */
export function optionsFor(slot: DocxSlot, options: ReturnType<typeof docxPathOptions>): PathOption[] {
  return slot.kind === 'column' ? options.column : options.scalar;
}
