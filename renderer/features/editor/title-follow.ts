import { defaultTitle } from '../drafts/create-draft';
import type { EditableDraft } from './draft-mapping';

const LANGS = ['zh', 'en'] as const;

type TitleFacts = Pick<EditableDraft, 'policy' | 'program' | 'applicant' | 'applicationDate'>;

/**
 * The title a draft should take after an edit: while the user has kept the generated title (applicant,
 * year, program), it follows the applicant's name and the year; a title the user wrote is never touched.
 * Null when the title stays as it is.
 */
export function followedTitle(title: string, before: TitleFacts, after: TitleFacts): string | null {
  // The title was generated in the language of its day; it keeps that language.
  const lang = LANGS.find((l) => title === defaultTitle(before, l));
  if (lang === undefined) return null;
  const next = defaultTitle(after, lang);
  return next === title ? null : next;
}
