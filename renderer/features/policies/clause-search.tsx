import { Button, Card, Empty, Tag, Typography } from 'antd';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { Highlight } from './highlight';
import { messages } from './messages';
import type { ClauseHit } from './search';

/** The quoted clauses of every document that contain the search term, each with a way to its document. */
export function ClauseSearch(props: { query: string; hits: ClauseHit[]; onOpen: (packId: string) => void }) {
  const { text } = useFeatureText(messages);
  return (
    <Card
      size="small"
      data-testid="clause-search"
      title={fill(text.searchTitle, { q: props.query })}
      extra={
        <Typography.Text type="secondary">{fill(text.searchCount, { n: props.hits.length })}</Typography.Text>
      }
    >
      {props.hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={fill(text.searchNone, { q: props.query })} />
      ) : (
        <ol className="policy-clauses policy-hits">
          {props.hits.map(({ pack, clause }) => (
            <li key={`${pack.id}:${clause.ref}`} data-testid="clause-hit">
              <div className="policy-clause-head">
                <Tag color="blue">{pack.docNumber}</Tag>
                <Tag color="geekblue" className="policy-clause-ref">
                  {clause.ref}
                </Tag>
                <Typography.Text type="secondary">{pack.region.name}</Typography.Text>
                <Button type="link" size="small" onClick={() => props.onOpen(pack.id)}>
                  {text.openPack}
                </Button>
              </div>
              <blockquote className="policy-quote">
                <Highlight text={clause.text} query={props.query} />
              </blockquote>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
