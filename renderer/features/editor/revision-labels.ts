import { draftFieldMeta, type ProgramId } from '../../../shared/schemas';
import type { LabelLookup } from '../../db';

/**
 * Field names for revision summaries, in the summary's language. Stored paths are the draft row's:
 * `data.data.baseName`, `data.applicant.name`, `rosters.interns`, with row indexes; metadata keys are
 * the envelope's: `data.baseName`, `applicant.name`, `data.interns`.
 */
export function revisionLabels(program: string): LabelLookup {
  const meta = draftFieldMeta(program as ProgramId);
  return (path, lang) => {
    const key = path
      .replace(/\.\d+(?=\.|$)/g, '[]')
      .replace(/^data\.data\./, 'data.')
      .replace(/^data\.(applicant|attachments)\b/, '$1')
      // A roster is named by its table: rosters.interns → data.interns (实习学生名单).
      .replace(/^rosters\./, 'data.');
    return meta[key]?.label[lang];
  };
}
