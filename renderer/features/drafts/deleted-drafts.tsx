import { Alert, Button, Table, message } from 'antd';
import { useServices } from '../../app/services';
import { TRASH_DAYS, TRASH_MS, restoreDeleted, type DraftQuery, type DraftSummary } from '../../db';
import { errorText } from '../../i18n/error-text';
import { fill, formatDate, formatDateTime, useFeatureText } from '../../i18n/feature-text';
import { policyDocNumber, programName } from './draft-columns';
import { messages } from './messages';
import { useDraftList } from './use-draft-list';

const BIN: DraftQuery = { deleted: 'only' };

/** 回收站: deleted drafts, newest first, each restorable until it is removed for good. */
export function DeletedDrafts(props: { onRestored: () => void }) {
  const { text, lang } = useFeatureText(messages);
  const { db } = useServices();
  const list = useDraftList(BIN);

  const restore = async (item: DraftSummary) => {
    try {
      await restoreDeleted(db, item.id);
      void message.success(fill(text.restored, { title: item.title }));
      list.refresh();
      props.onRestored();
    } catch (e) {
      void message.error(errorText(e, lang), 8);
    }
  };

  const columns = [
    { title: text.colTitle, dataIndex: 'title', key: 'title', width: 220 },
    { title: text.colApplicant, dataIndex: 'applicantName', key: 'applicant', width: 160 },
    {
      title: text.colProgram,
      key: 'program',
      width: 130,
      render: (_: unknown, item: DraftSummary) => programName(item, lang),
    },
    {
      title: text.colPolicy,
      key: 'policy',
      width: 140,
      render: (_: unknown, item: DraftSummary) => policyDocNumber(item),
    },
    {
      title: text.colDeletedAt,
      key: 'deletedAt',
      width: 150,
      render: (_: unknown, item: DraftSummary) => formatDateTime(item.deletedAt ?? 0, lang),
    },
    {
      title: text.colPurgeOn,
      key: 'purgeOn',
      width: 110,
      render: (_: unknown, item: DraftSummary) => formatDate((item.deletedAt ?? 0) + TRASH_MS, lang),
    },
    {
      title: text.colActions,
      key: 'actions',
      // Always in view at the right edge, however far the table scrolls.
      fixed: 'right' as const,
      width: 70,
      render: (_: unknown, item: DraftSummary) => (
        <Button type="link" size="small" onClick={() => void restore(item)}>
          {text.restore}
        </Button>
      ),
    },
  ];

  return (
    <div className="deleted-drafts">
      <Alert
        type="info"
        showIcon
        title={fill(text.binHint, { days: TRASH_DAYS })}
        style={{ marginBottom: 12 }}
      />
      <Table<DraftSummary>
        size="small"
        virtual
        rowKey="id"
        loading={list.loading}
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 980, y: 560 }}
        onScroll={list.onScroll}
        locale={{ emptyText: text.binEmpty }}
      />
    </div>
  );
}
