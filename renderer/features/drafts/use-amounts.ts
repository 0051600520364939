import { useEffect, useState } from 'react';
import type { AmountResult } from '../../../shared/policy/types';
import { useServices } from '../../app/services';
import { loadDraft, type DraftSummary } from '../../db';
import { fromStored, toEnvelope } from '../editor/draft-mapping';
import { checkUnderPin, useRegisteredPacks } from '../policies/pack-pins';

const cache = new Map<string, AmountResult>();

/** Amounts of the listed drafts, derived from each draft as it is now (cached per save). */
export function useAmounts(items: readonly DraftSummary[]): ReadonlyMap<string, AmountResult> {
  const { db } = useServices();
  const [amounts, setAmounts] = useState<ReadonlyMap<string, AmountResult>>(new Map());
  // A pack imported or removed may change which version a draft's pin finds: amounts are cached per both.
  const packs = useRegisteredPacks();
  const versions = packs.map((p) => `${p.id}@${p.version}`).join(',');
  useEffect(() => {
    let live = true;
    void (async () => {
      const next = new Map<string, AmountResult>();
      for (const item of items) {
        const key = `${item.id}@${item.updatedAt}|${versions}`;
        let amount = cache.get(key);
        if (!amount) {
          const loaded = await loadDraft(db, item.id);
          if (!live) return;
          if (!loaded) continue;
          amount = checkUnderPin(toEnvelope(fromStored(loaded.draft, loaded.rosterRows))).amount;
          cache.set(key, amount);
        }
        next.set(item.id, amount);
      }
      if (live) setAmounts(next);
    })();
    return () => {
      live = false;
    };
  }, [db, items, versions]);
  return amounts;
}
