import { useEffect, useState } from 'react';
import { checkDraft } from '../../../shared/policy/engine';
import type { AmountResult } from '../../../shared/policy/types';
import { useServices } from '../../app/services';
import { loadDraft, type DraftSummary } from '../../db';
import { fromStored, toEnvelope } from '../editor/draft-mapping';

const cache = new Map<string, AmountResult>();

/** Amounts of the listed drafts, derived from each draft as it is now (cached per save). */
export function useAmounts(items: readonly DraftSummary[]): ReadonlyMap<string, AmountResult> {
  const { db } = useServices();
  const [amounts, setAmounts] = useState<ReadonlyMap<string, AmountResult>>(new Map());
  useEffect(() => {
    let live = true;
    void (async () => {
      const next = new Map<string, AmountResult>();
      for (const item of items) {
        const key = `${item.id}@${item.updatedAt}`;
        let amount = cache.get(key);
        if (!amount) {
          const loaded = await loadDraft(db, item.id);
          if (!live) return;
          if (!loaded) continue;
          amount = checkDraft(toEnvelope(fromStored(loaded.draft, loaded.rosterRows))).amount;
          cache.set(key, amount);
        }
        next.set(item.id, amount);
      }
      if (live) setAmounts(next);
    })();
    return () => {
      live = false;
    };
  }, [db, items]);
  return amounts;
}
