import { Alert, Card, Descriptions, Tabs, Tag } from 'antd';
import type { Pack } from '../../../shared/policy/types';
import { PROGRAM_IDS } from '../../../shared/schemas';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { ClauseList } from './clause-list';
import { messages } from './messages';
import { ProgramList } from './program-list';
import { periodEnded } from './search';
import { SourceText } from './source-text';
import { RemovePackButton } from './remove-pack-button';
import { packLabel } from './pack-pins';

export type PackTab = 'programs' | 'clauses' | 'source';

/** One policy document: its particulars, then its programs, quoted clauses and full text in tabs. */
export function PackDetail(props: {
  pack: Pack;
  query: string;
  tab: PackTab;
  onTab: (tab: PackTab) => void;
}) {
  const { text, lang } = useFeatureText(messages);
  const { pack } = props;
  const ended = periodEnded(pack);
  const programCount = PROGRAM_IDS.filter((id) => pack.programs[id]).length;
  return (
    <Card
      data-testid="pack-detail"
      title={<span className="policy-detail-title">{lang === 'en' ? pack.titleEn : pack.title}</span>}
      extra={<RemovePackButton pack={pack} />}
    >
      {ended && pack.dates.periodEnd && (
        <Alert
          type="error"
          showIcon
          className="policy-ended"
          title={fill(text.endedOn, { date: pack.dates.periodEnd })}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'doc', label: text.docNumber, children: pack.docNumber },
          { key: 'issuer', label: text.issuer, children: pack.issuer },
          { key: 'region', label: text.region, children: `${pack.region.province}${pack.region.name}` },
          { key: 'issued', label: text.issued, children: pack.dates.issued },
          { key: 'inForce', label: text.inForce, children: pack.dates.inForceFrom },
          {
            key: 'end',
            label: text.periodEnd,
            children: pack.dates.periodEnd ? (
              <>
                {pack.dates.periodEnd}{' '}
                {ended && (
                  <Tag color="red" data-testid="period-ended">
                    {text.ended}
                  </Tag>
                )}
              </>
            ) : (
              text.noPeriodEnd
            ),
          },
          { key: 'note', label: text.periodNote, span: 2, children: pack.dates.note[lang] },
          { key: 'pack', label: text.packVersion, span: 2, children: packLabel(pack.id, pack.version) },
        ]}
      />
      <Tabs
        className="policy-tabs"
        activeKey={props.tab}
        onChange={(key) => props.onTab(key as PackTab)}
        items={[
          {
            key: 'programs',
            label: fill(text.tabPrograms, { n: programCount }),
            children: <ProgramList pack={pack} query={props.query} />,
          },
          {
            key: 'clauses',
            label: fill(text.tabClauses, { n: pack.clauses.length }),
            children: <ClauseList pack={pack} query={props.query} />,
          },
          {
            key: 'source',
            label: text.tabSource,
            children: <SourceText pack={pack} query={props.query} />,
          },
        ]}
      />
    </Card>
  );
}
