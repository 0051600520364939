import { draftFieldMeta, type ProgramId } from '../../../shared/schemas';
import type { LabelLookup } from '../../db';

/**
 * Chinese field names for revision summaries. Stored paths are the draft row's: `data.data.baseName`,
 * `data.applicant.name`, with row indexes; metadata keys are the envelope's: `data.baseName`, `applicant.name`.
 */
export function revisionLabels(program: string): LabelLookup {
  const meta = draftFieldMeta(program as ProgramId);
  return (path: string) => {
    const key = path
      .replace(/\.\d+(?=\.|$)/g, '[]')
      .replace(/^data\.data\./, 'data.')
      .replace(/^data\.(applicant|attachments)\b/, '$1');
    return meta[key]?.label.zh;
  };
}
