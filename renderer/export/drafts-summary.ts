// The drafts list's 导出汇总: each chosen draft loaded as it is stored, its amount from the checker,
// written as one sheet with headers in the user's language.
import { PACKS, PROGRAM_SPECS } from '../../shared/policy/registry';
import type { DraftListLine } from '../../shared/office/xlsx-drafts-list';
import type { ProgramId } from '../../shared/schemas';
import { loadDraft, type GrantDeskDb } from '../db';
import type { DraftStatus } from '../db/status';
import { fromStored, toEnvelope } from '../features/editor/draft-mapping';
import { checkUnderPin } from '../features/policies/pack-pins';
import { fill, type Lang } from '../i18n/feature-text';
import { statusMessages } from '../i18n/status-messages';
import type { ExportText } from './export-messages';

const pad = (n: number) => String(n).padStart(2, '0');

/** The user's wall-clock time of `ms` as YYYY-MM-DDTHH:mm. */
export function localMinute(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One line per draft id that still exists, in the order given. */
export async function draftsSummaryLines(
  db: GrantDeskDb,
  ids: readonly string[],
  lang: Lang,
): Promise<DraftListLine[]> {
  const lines: DraftListLine[] = [];
  for (const id of ids) {
    const loaded = await loadDraft(db, id);
    if (!loaded) continue;
    const row = loaded.draft;
    const envelope = toEnvelope(fromStored(row, loaded.rosterRows));
    lines.push({
      applicant: String(envelope.applicant['name'] ?? ''),
      program: PROGRAM_SPECS[row.program as ProgramId]?.title[lang] ?? row.program,
      docNumber: PACKS.find((p) => p.id === row.policy)?.docNumber ?? row.policy,
      status: statusMessages[lang][row.status as DraftStatus] ?? row.status,
      amountFen: checkUnderPin(envelope).amount.amountFen,
      deadline: row.deadline ?? null,
      savedAt: localMinute(row.updatedAt),
    });
  }
  return lines;
}

/** The chosen drafts as .xlsx (exceljs loads with the first export, not with the list). */
export async function buildDraftsSummary(
  db: GrantDeskDb,
  ids: readonly string[],
  lang: Lang,
  text: ExportText,
): Promise<Uint8Array> {
  const lines = await draftsSummaryLines(db, ids, lang);
  const { buildDraftsListWorkbook } = await import('../../shared/office/xlsx-drafts-list');
  return buildDraftsListWorkbook(lines, {
    title: fill(text.draftsTitle, { n: lines.length }),
    headers: [
      text.colApplicant,
      text.colProgram,
      text.colDocNumber,
      text.colStatus,
      text.colAmount,
      text.colDeadline,
      text.colSaved,
    ],
    notComputed: text.notComputed,
    total: text.total,
  });
}
