import { Button, Card, Empty, Input, Segmented, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listExampleDrafts } from '../../../shared/policy/examples';
import { listPacks, PROGRAM_SPECS } from '../../../shared/policy/registry';
import { DeletedDrafts } from './deleted-drafts';
import { policyDocNumber, programName } from './draft-columns';
import { formatYuan } from '../../../shared/money';
import { PROGRAM_IDS } from '../../../shared/schemas';
import { todayIso } from '../../../shared/policy/dates';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { editorHash } from '../../app/routes';
import {
  DRAFT_STATUSES,
  deleteDraft,
  duplicateDraft,
  restoreDeleted,
  type DraftStatus,
  type DraftSummary,
} from '../../db';
import { exportBackup } from '../../backup';
import { APP_VERSION } from '../../../shared/app-version';
import { fill, formatDateTime, useFeatureText } from '../../i18n/feature-text';
import { statusMessages } from '../../i18n/status-messages';
import { asEnvelope, createDraftFromEnvelope } from './create-draft';
import { importDraftFile } from './import-draft';
import { useAmounts } from './use-amounts';
import { useDraftList } from './use-draft-list';
import { messages } from './messages';
import { errorText } from '../../i18n/error-text';
import { DraftsSummaryButton } from '../../export/drafts-summary-button';
import './drafts-list.css';

// The local day, as the checks use it (UTC would still be yesterday before 08:00 in China).
const today = todayIso;

/** 申报草稿: every draft, searchable and filtered, newest first; open, duplicate, delete with undo. */
export function DraftsPage() {
  const { t } = useTranslation();
  const { text, lang } = useFeatureText(messages);
  const statusText = useFeatureText(statusMessages).text;
  const { db, platform } = useServices();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<DraftStatus | undefined>();
  const [program, setProgram] = useState<string | undefined>();
  const [policy, setPolicy] = useState<string | undefined>();
  const [selected, setSelected] = useState<React.Key[]>([]);
  const [view, setView] = useState<'live' | 'bin'>('live');
  // An undo in the toast may come while the bin is shown: it is read again then.
  const [binVersion, setBinVersion] = useState(0);
  const query = useMemo(
    () => ({ search: search || undefined, status, program, policy }),
    [search, status, program, policy],
  );
  const list = useDraftList(query);
  const amounts = useAmounts(list.items);
  const filtered = Boolean(search || status || program || policy);

  const loadExamples = async () => {
    for (const example of listExampleDrafts()) {
      await createDraftFromEnvelope(db, { ...asEnvelope(example.draft), attachments: [] }, { lang });
    }
    void message.success(text.examplesLoaded);
    list.refresh();
  };

  const remove = async (item: DraftSummary) => {
    await deleteDraft(db, item.id);
    list.refresh();
    const key = `deleted-${item.id}`;
    void message.open({
      key,
      type: 'info',
      duration: 8,
      content: (
        <span>
          {fill(text.deleted, { title: item.title })}{' '}
          <Button
            size="small"
            type="link"
            onClick={() => {
              void restoreDeleted(db, item.id).then(() => {
                message.destroy(key);
                list.refresh();
                setBinVersion((v) => v + 1);
              });
            }}
          >
            {text.undo}
          </Button>
        </span>
      ),
    });
  };

  const duplicate = async (item: DraftSummary) => {
    const copy = await duplicateDraft(db, item.id, { lang });
    window.location.hash = editorHash(copy.id);
  };

  const importFile = async () => {
    const file = await platform
      .pickFile([{ name: text.draftFileFilter, extensions: ['json', 'pdf'] }])
      .catch((e: unknown) => void message.error(errorText(e, lang), 8));
    if (!file) return;
    try {
      const row = await importDraftFile(db, file, lang);
      void message.success(fill(text.imported, { title: row.title }));
      window.location.hash = editorHash(row.id);
    } catch (e) {
      void message.error(errorText(e, lang), 8);
    }
  };

  const exportChosen = async () => {
    const file = await exportBackup(db, {
      draftIds: selected.map(String),
      appVersion: APP_VERSION,
      lang,
    });
    await platform.saveFile(file.fileName, file.blob, [{ name: text.backupFileFilter, extensions: ['zip'] }]);
  };

  const columns = [
    {
      // The title with the applicant, program and 文号 under it: the list fits the 1280 px window with
      // status, deadline, amount and last saved in view.
      title: text.colDraft,
      dataIndex: 'title',
      key: 'title',
      width: lang === 'en' ? 285 : 340,
      render: (title: string, item: DraftSummary) => (
        <div className="draft-cell">
          <a href={editorHash(item.id)}>{title}</a>
          <Typography.Text type="secondary" className="draft-meta" data-testid="draft-meta">
            {/* What the title does not already say (a generated title names applicant and program). */}
            {[item.applicantName, programName(item, lang), policyDocNumber(item)]
              .filter((part) => part !== undefined && part !== '' && !title.includes(part))
              .join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: text.colStatus,
      key: 'status',
      width: lang === 'en' ? 120 : 80,
      render: (_: unknown, item: DraftSummary) => <Tag>{statusText[item.status]}</Tag>,
    },
    {
      title: text.colDeadline,
      key: 'deadline',
      width: 100,
      sorter: (a: DraftSummary, b: DraftSummary) => (a.deadline ?? '').localeCompare(b.deadline ?? ''),
      render: (_: unknown, item: DraftSummary) =>
        item.deadline ? (
          <Typography.Text type={item.deadline < today() && item.status === 'draft' ? 'danger' : undefined}>
            {item.deadline}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: text.colAmount,
      key: 'amount',
      width: 120,
      align: 'right' as const,
      render: (_: unknown, item: DraftSummary) => {
        const a = amounts.get(item.id);
        if (!a) return '…';
        return a.amountFen !== undefined ? (
          formatYuan(a.amountFen)
        ) : (
          <Typography.Text type="secondary">{text.notComputed}</Typography.Text>
        );
      },
    },
    {
      title: text.colSaved,
      key: 'updatedAt',
      width: lang === 'en' ? 140 : 150,
      render: (_: unknown, item: DraftSummary) => formatDateTime(item.updatedAt, lang),
    },
    {
      title: text.colActions,
      key: 'actions',
      // Always in view at the right edge, however far the table scrolls.
      fixed: 'right' as const,
      // Open · Copy · Delete is wider in English than 打开 · 复制 · 删除.
      width: lang === 'en' ? 170 : 150,
      render: (_: unknown, item: DraftSummary) => (
        <Space size={0}>
          <Button type="link" size="small" href={editorHash(item.id)}>
            {text.open}
          </Button>
          <Button type="link" size="small" onClick={() => void duplicate(item)}>
            {text.duplicate}
          </Button>
          <Button type="link" size="small" danger onClick={() => void remove(item)}>
            {text.remove}
          </Button>
        </Space>
      ),
    },
  ];

  const empty = !list.loading && list.items.length === 0;
  return (
    <>
      <PageHeader
        title={t('nav.drafts')}
        description={t('drafts.description')}
        extra={
          <Space>
            <Button onClick={() => void importFile()}>{text.importButton}</Button>
            <Button disabled={selected.length === 0} onClick={() => void exportChosen()}>
              {text.exportChosen}
            </Button>
            <DraftsSummaryButton ids={selected.map(String)} />
            <Button type="primary" href="#/new">
              {t('drafts.create')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Segmented
          className="drafts-view"
          style={{ marginBottom: 12 }}
          value={view}
          onChange={(v) => setView(v as 'live' | 'bin')}
          options={[
            { value: 'live', label: text.viewLive },
            { value: 'bin', label: text.viewBin },
          ]}
        />
        {view === 'bin' ? (
          <DeletedDrafts key={binVersion} onRestored={list.refresh} />
        ) : (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              <Input.Search
                allowClear
                placeholder={text.searchPlaceholder}
                style={{ width: lang === 'en' ? 300 : 260 }}
                onSearch={setSearch}
              />
              <Select
                allowClear
                placeholder={text.colStatus}
                style={{ width: lang === 'en' ? 150 : 110 }}
                value={status}
                onChange={setStatus}
                options={DRAFT_STATUSES.map((s) => ({ value: s, label: statusText[s] }))}
              />
              <Select
                allowClear
                placeholder={text.colProgram}
                style={{ width: 170 }}
                value={program}
                onChange={setProgram}
                options={PROGRAM_IDS.map((p) => ({ value: p, label: PROGRAM_SPECS[p].title[lang] }))}
              />
              <Select
                allowClear
                placeholder={text.colPolicy}
                style={{ width: 170 }}
                value={policy}
                onChange={setPolicy}
                options={listPacks().map((p) => ({ value: p.id, label: p.docNumber }))}
              />
              {list.total !== null && (
                <Typography.Text type="secondary">{fill(text.total, { n: list.total })}</Typography.Text>
              )}
            </Space>
            {empty && !filtered ? (
              <Empty description={t('drafts.empty')}>
                <Space>
                  <Button type="primary" href="#/new">
                    {t('drafts.create')}
                  </Button>
                  <Button onClick={() => void loadExamples()}>{text.loadExamples}</Button>
                </Space>
              </Empty>
            ) : (
              <Table<DraftSummary>
                size="small"
                virtual
                rowKey="id"
                loading={list.loading}
                columns={columns}
                dataSource={list.items}
                pagination={false}
                // The columns' widths: both fit the card of the 1280 px window (about 970 px inside).
                scroll={{ x: lang === 'en' ? 975 : 980, y: 560 }}
                rowSelection={{ selectedRowKeys: selected, onChange: setSelected, columnWidth: 40 }}
                onScroll={list.onScroll}
                locale={{ emptyText: text.noMatch }}
              />
            )}
          </>
        )}
      </Card>
    </>
  );
}
