import { getPack, getProgram } from '../../../shared/policy/registry';
import { PROGRAM_APPLICANT, type ProgramId } from '../../../shared/schemas';
import { createApplicant, createDraft, type DraftRow, type GrantDeskDb } from '../../db';
import { toStored, type EditableDraft } from '../editor/draft-mapping';
import { fill, type Lang } from '../../i18n/feature-text';
import { messages } from './messages';

/** A title users recognise in the list: applicant, year and program, in the interface language. */
export function defaultTitle(
  envelope: Pick<EditableDraft, 'policy' | 'program' | 'applicant' | 'applicationDate'>,
  lang: Lang = 'zh',
): string {
  const text = messages[lang];
  const program = getProgram(envelope.policy, envelope.program as ProgramId);
  const name =
    typeof envelope.applicant['name'] === 'string' && envelope.applicant['name']
      ? envelope.applicant['name']
      : '';
  const year = envelope.applicationDate.slice(0, 4);
  return (
    [name, year && fill(text.titleYear, { year }), program?.title[lang]].filter(Boolean).join(' ') ||
    text.untitled
  );
}

/** Finds the saved profile of this applicant (same kind and code) or saves a new one. */
async function applicantIdFor(
  db: GrantDeskDb,
  program: string,
  applicant: Record<string, unknown>,
): Promise<string | undefined> {
  const name = typeof applicant['name'] === 'string' ? applicant['name'].trim() : '';
  if (!name) return undefined;
  const kind = PROGRAM_APPLICANT[program as ProgramId] ?? 'enterprise';
  const code = typeof applicant['orgCode'] === 'string' ? applicant['orgCode'] : '';
  // Dexie's own query, not listApplicants: awaiting that helper inside the import's transaction committed it
  // too early, and a second import of the same applicant failed.
  const ofKind = await db.applicants.where('kind').equals(kind).toArray();
  const existing = ofKind.find((a) => (code ? a.code === code : a.name === name));
  if (existing) return existing.id;
  return (await createApplicant(db, { kind, name, code, profile: applicant })).id;
}

/**
 * Stores a draft envelope (from the wizard, an example or a file) as a new draft; returns the row.
 * Without a title it gets {@link defaultTitle} in `lang`.
 */
export async function createDraftFromEnvelope(
  db: GrantDeskDb,
  envelope: EditableDraft,
  options: { title?: string; lang?: Lang } = {},
): Promise<DraftRow> {
  const stored = toStored(envelope);
  const applicantId = await applicantIdFor(db, envelope.program, envelope.applicant);
  // A new draft is pinned to the version it is made under: the one it names, else the newest here.
  const policyVersion = envelope.policyVersion ?? getPack(envelope.policy)?.version;
  return createDraft(db, {
    policy: envelope.policy,
    ...(policyVersion ? { policyVersion } : {}),
    program: envelope.program,
    title: options.title ?? defaultTitle(envelope, options.lang),
    applicationDate: envelope.applicationDate || null,
    data: stored.data,
    rosters: stored.rosters,
    ...(applicantId ? { applicantId } : {}),
  });
}

/** Reads a loose JSON value as a draft envelope (shape only; the checks judge the content). */
export function asEnvelope(value: Record<string, unknown>): EditableDraft {
  return {
    format: 'grantdesk/draft@1',
    id: String(value['id'] ?? ''),
    policy: String(value['policy'] ?? ''),
    ...(typeof value['policyVersion'] === 'string' ? { policyVersion: value['policyVersion'] } : {}),
    program: String(value['program'] ?? ''),
    applicationDate: String(value['applicationDate'] ?? ''),
    applicant: (value['applicant'] ?? {}) as Record<string, unknown>,
    data: (value['data'] ?? {}) as Record<string, unknown>,
    attachments: Array.isArray(value['attachments'])
      ? (value['attachments'] as Record<string, unknown>[])
      : [],
  };
}
