import { Card, Space, Tag, Typography } from 'antd';
import type { Pack } from '../../../shared/policy/types';
import { useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';
import { periodEnded } from './search';

/** The dates a card shows, each kept on one line. */
function dateItems(pack: Pack, text: { issued: string; inForce: string; periodEnd: string }) {
  const items: [string, string][] = [
    [text.issued, pack.dates.issued],
    [text.inForce, pack.dates.inForceFrom],
  ];
  if (pack.dates.periodEnd) items.push([text.periodEnd, pack.dates.periodEnd]);
  return items;
}

/** One card per policy document: title, 文号, issuer, region, dates and the period note. */
export function PackList(props: {
  packs: readonly Pack[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { text, lang } = useFeatureText(messages);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      {props.packs.map((pack) => {
        const chosen = pack.id === props.selected;
        return (
          <Card
            key={pack.id}
            size="small"
            hoverable
            role="button"
            tabIndex={0}
            aria-pressed={chosen}
            data-testid={`pack-card-${pack.id}`}
            className={chosen ? 'policy-pack policy-pack-chosen' : 'policy-pack'}
            onClick={() => props.onSelect(pack.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                props.onSelect(pack.id);
              }
            }}
          >
            <Typography.Text strong>{lang === 'en' ? pack.titleEn : pack.title}</Typography.Text>
            <div className="policy-pack-tags">
              <Tag color="blue" data-testid="doc-number">
                {pack.docNumber}
              </Tag>
              <Tag>
                {pack.region.province}
                {pack.region.name}
              </Tag>
              {periodEnded(pack) && (
                <Tag color="red" data-testid="period-ended">
                  {text.ended}
                </Tag>
              )}
            </div>
            <div>
              <Typography.Text type="secondary">{pack.issuer}</Typography.Text>
            </div>
            <div className="policy-pack-dates">
              {dateItems(pack, text).map(([label, date]) => (
                <Typography.Text type="secondary" key={label}>
                  {label} {date}
                </Typography.Text>
              ))}
            </div>
            <div>
              <Typography.Text type="secondary">{pack.dates.note[lang]}</Typography.Text>
            </div>
          </Card>
        );
      })}
    </Space>
  );
}
