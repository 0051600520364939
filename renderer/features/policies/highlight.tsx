import { matchOffsets } from './fold';

/** `text` with every match of `query` marked (traditional forms match too); plain text when none. */
export function Highlight(props: { text: string; query: string }) {
  const { text, query } = props;
  const offsets = matchOffsets(text, query);
  if (offsets.length === 0) return <>{text}</>;
  const parts = [];
  let from = 0;
  for (const at of offsets) {
    parts.push(text.slice(from, at));
    parts.push(
      <mark key={at} className="policy-match">
        {text.slice(at, at + query.length)}
      </mark>,
    );
    from = at + query.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
