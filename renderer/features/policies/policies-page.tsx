import { Col, Empty, Input, Row, Typography } from 'antd';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPacks } from '../../../shared/policy/registry';
import { PageHeader } from '../../components/page-header';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { ClauseSearch } from './clause-search';
import { messages } from './messages';
import { PackDetail, type PackTab } from './pack-detail';
import { PackList } from './pack-list';
import { ImportPackButton } from './import-pack-dialog';
import { UnreadablePacks } from './unreadable-packs';
import { useRegisteredPacks } from './pack-pins';
import { matchingPacks, normaliseQuery, searchClauses } from './search';
import './policies.css';

/** `#/policies/<pack id>` opens that document (the eligibility finder links clauses this way). */
function packFromHash(): string {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  const packs = listPacks();
  return packs.find((p) => p.id === id)?.id ?? packs[0]?.id ?? '';
}

/** 政策库: the policy documents, their programs, quoted clauses and full text, searchable. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const { text } = useFeatureText(messages);
  const [selected, setSelected] = useState(packFromHash);
  const [tab, setTab] = useState<PackTab>('programs');
  const [input, setInput] = useState('');
  const query = normaliseQuery(useDeferredValue(input));
  // An import or a removal changes the list: the memos below depend on it.
  const registered = useRegisteredPacks();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `registered` is what matchingPacks reads
  const packs = useMemo(() => matchingPacks(query), [query, registered]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const hits = useMemo(() => searchClauses(query), [query, registered]);
  const pack = registered.find((p) => p.id === selected) ?? registered[0];
  const detailRef = useRef<HTMLDivElement>(null);

  const open = (id: string, nextTab: PackTab = tab) => {
    setSelected(id);
    setTab(nextTab);
    // Kept in the address so a reload stays on the document; replaceState fires no hashchange.
    window.history.replaceState(null, '', `#/policies/${id}`);
  };

  return (
    <>
      <PageHeader
        title={t('nav.policies')}
        description={t('policies.description')}
        extra={<ImportPackButton onImported={(p) => open(p.id)} />}
      />
      <Row gutter={16} wrap={false}>
        <Col flex="340px">
          <Input.Search
            allowClear
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder={text.searchPlaceholder}
            aria-label={text.searchPlaceholder}
            className="policy-search"
          />
          <Typography.Text type="secondary" className="policy-count">
            {query && packs.length === 0
              ? fill(text.noPackMatch, { q: query })
              : fill(text.packCount, { n: packs.length })}
          </Typography.Text>
          <PackList packs={packs} selected={selected} onSelect={(id) => open(id)} />
          <UnreadablePacks />
        </Col>
        <Col flex="auto" className="policy-main">
          {query && (
            <ClauseSearch
              query={query}
              hits={hits}
              onOpen={(id) => {
                open(id, 'clauses');
                // The document sits below the search results: bring it into view.
                requestAnimationFrame(() => detailRef.current?.scrollIntoView({ block: 'start' }));
              }}
            />
          )}
          <div ref={detailRef}>
            {pack ? (
              <PackDetail
                key={`${pack.id}@${pack.version}`}
                pack={pack}
                query={query}
                tab={tab}
                onTab={setTab}
              />
            ) : (
              <Empty description={t('policies.empty')} />
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}
