import { Alert, Space, Spin, Typography } from 'antd';
import type { Pack } from '../../../shared/policy/types';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { Highlight } from './highlight';
import { messages } from './messages';
import { countOccurrences } from './search';
import { useSourceText } from './use-source-text';
import { importedSource } from './pack-pins';

/** The full source document of a pack, in a scrollable panel, with the search term marked. */
export function SourceText(props: { pack: Pack; query: string }) {
  const { text } = useFeatureText(messages);
  const source = useSourceText(props.pack.sourceFile, importedSource(props.pack));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {props.pack.sourceNote && (
        <Alert type="warning" showIcon title={text.sourceDebris} description={props.pack.sourceNote} />
      )}
      <Typography.Text type="secondary">{text.sourceIntro}</Typography.Text>
      {source.status === 'loading' && (
        <Space>
          <Spin size="small" />
          <Typography.Text type="secondary">{text.sourceLoading}</Typography.Text>
        </Space>
      )}
      {source.status === 'failed' && (
        <Alert type="error" showIcon title={fill(text.sourceFailed, { error: source.error })} />
      )}
      {source.status === 'ready' && (
        <>
          {props.query && (
            <Typography.Text>
              {fill(text.sourceHits, { q: props.query, n: countOccurrences(source.text, props.query) })}
            </Typography.Text>
          )}
          <pre className="policy-source" data-testid="policy-source" tabIndex={0}>
            <Highlight text={source.text} query={props.query} />
          </pre>
        </>
      )}
    </Space>
  );
}
