import { defaultTitle } from '../drafts/create-draft';
import type { EditableDraft } from './draft-mapping';

type TitleFacts = Pick<EditableDraft, 'policy' | 'program' | 'applicant' | 'applicationDate'>;

/**
 * The title a draft should take after an edit: while the user has kept the generated title (applicant,
 * year, program), it follows the applicant's name and the year; a title the user wrote is never touched.
 * Null when the title stays as it is.
 */
export function followedTitle(title: string, before: TitleFacts, after: TitleFacts): string | null {
  if (title !== defaultTitle(before)) return null;
  const next = defaultTitle(after);
  return next === title ? null : next;
}
