// The part of a draft that react-hook-form edits: the application date, the applicant block and the
// program's scalar fields. Rosters live in their grids and the user-supplied standard in its own block;
// checkDraft still checks the whole draft.
import { z } from 'zod';
import { draftSchema, type ProgramId } from '../../../shared/schemas';
import { tableKeys, type EditableDraft } from './draft-mapping';

export interface DraftFormValues {
  applicationDate: string;
  applicant: Record<string, unknown>;
  data: Record<string, unknown>;
}

/** Keys of `data` the form leaves to other parts of the editor. */
function keysOutsideForm(program: ProgramId): Set<string> {
  return new Set([...tableKeys(program), 'userStandard']);
}

function buildFormSchema(program: ProgramId, asOf: string) {
  const full = draftSchema(program, { asOf });
  const data = full.shape.data;
  if (!(data instanceof z.ZodObject)) throw new Error(`the data schema of ${program} is not an object`);
  const outside = keysOutsideForm(program);
  const omit: Record<string, true> = {};
  for (const key of Object.keys(data.shape)) if (outside.has(key)) omit[key] = true;
  // The same zod schemas as the checks: the envelope's own fields and the program's data, minus the tables.
  return z.object({
    applicationDate: full.shape.applicationDate,
    applicant: full.shape.applicant,
    data: data.omit(omit),
  });
}

const cache = new Map<string, ReturnType<typeof buildFormSchema>>();

/** The zod schema of the form's values, memoised per program and checking day. */
export function draftFormSchema(program: ProgramId, asOf: string): ReturnType<typeof buildFormSchema> {
  const key = `${program}|${asOf}`;
  let schema = cache.get(key);
  if (!schema) cache.set(key, (schema = buildFormSchema(program, asOf)));
  return schema;
}

/** The form's starting values from the editable draft (tables and the user standard left out). */
export function formValuesOf(draft: EditableDraft): DraftFormValues {
  const outside = keysOutsideForm(draft.program as ProgramId);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft.data)) if (!outside.has(key)) data[key] = value;
  return { applicationDate: draft.applicationDate, applicant: { ...draft.applicant }, data };
}
