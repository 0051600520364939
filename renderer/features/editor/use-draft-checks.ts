import { useEffect, useState } from 'react';
import { checkDraft, type CheckResult } from '../../../shared/policy/engine';
import { listApplicantDrafts, type DraftRow, type GrantDeskDb } from '../../db';
import { fromStored, toEnvelope, type EditableDraft } from './draft-mapping';
import { resolvePin, useRegisteredPacks } from '../policies/pack-pins';

/** Quiet time before the checks run again, so typing stays one frame per keystroke. */
const CHECK_DELAY_MS = 150;

/** The draft's findings and amount, recomputed 150 ms after the last change; null until the first run. */
export function useDraftChecks(
  db: GrantDeskDb,
  draftId: string,
  row: DraftRow | null,
  draft: EditableDraft | null,
): CheckResult | null {
  const [check, setCheck] = useState<CheckResult | null>(null);
  // The applicant's other drafts, read once, for the checks of claims made twice (same person, same invoice).
  // Null until read: the first check waits for them, so it never flashes "no errors" and then adds some.
  const [others, setOthers] = useState<readonly unknown[] | null>(null);
  const applicantId = row?.applicantId;
  const loaded = row !== null;
  // Checked under the pack version the draft is pinned to; an import or removal may change which that is.
  const packs = useRegisteredPacks();
  const pinned = row ? resolvePin(row.policy, row.policyVersion).pack : undefined;
  useEffect(() => {
    if (!applicantId) return;
    let live = true;
    listApplicantDrafts(db, applicantId, draftId).then(
      // Findings name the other draft by its id: give the user its title (and a short id, so two drafts
      // with one title stay apart and never equal this draft's own id).
      (list) =>
        live &&
        setOthers(
          list.map((o) => ({
            ...toEnvelope(fromStored(o.draft, o.rosterRows)),
            id: `${o.draft.title.slice(0, 80)}·${o.draft.id.slice(0, 8)}`,
          })),
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, applicantId, draftId]);

  // Checks are derived facts: recomputed from the draft, never stored.
  useEffect(() => {
    if (!draft || !loaded || (applicantId && others === null)) return;
    const run = () =>
      setCheck(
        checkDraft(toEnvelope(draft), { otherDrafts: others ?? [], ...(pinned ? { pack: pinned } : {}) }),
      );
    const timer = setTimeout(run, check ? CHECK_DELAY_MS : 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `check` only decides the first delay
  }, [draft, others, loaded, applicantId, pinned, packs]);

  return check;
}
