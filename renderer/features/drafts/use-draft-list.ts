import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { countDrafts, listDrafts, type DraftQuery, type DraftSummary } from '../../db';

/** The drafts list, one page of 50 at a time (more as the user scrolls), newest first. */
export function useDraftList(query: DraftQuery) {
  const { db } = useServices();
  const [items, setItems] = useState<DraftSummary[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    let live = true;
    const q = JSON.parse(key) as DraftQuery;
    listDrafts(db, { ...q, offset: 0 }).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setHasMore(page.hasMore);
        setLoading(false);
      },
      () => live && setLoading(false),
    );
    countDrafts(db, q).then(
      (n) => live && setTotal(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, key, version]);

  const loadMore = useCallback(async () => {
    if (!hasMore || loading) return;
    setLoading(true);
    const page = await listDrafts(db, { ...(JSON.parse(key) as DraftQuery), offset: items.length });
    setItems((prev) => [...prev, ...page.items]);
    setHasMore(page.hasMore);
    setLoading(false);
  }, [db, key, items.length, hasMore, loading]);

  /** For the table: the next page is read when the user scrolls within 200 px of the end. */
  const onScroll = useCallback(
    (e: React.UIEvent<HTMLElement>) => {
      const el = e.currentTarget;
      if (el.scrollTop + el.clientHeight > el.scrollHeight - 200) void loadMore();
    },
    [loadMore],
  );

  return { items, hasMore, loading, total, loadMore, onScroll, refresh: () => setVersion((v) => v + 1) };
}
