import { Button, Card, Empty, Input, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listExampleDrafts } from '../../../shared/policy/examples';
import { PACKS, PROGRAM_SPECS } from '../../../shared/policy/registry';
import { formatYuan } from '../../../shared/money';
import { PROGRAM_IDS, type ProgramId } from '../../../shared/schemas';
import { todayIso } from '../../../shared/policy/dates';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { editorHash } from '../../app/routes';
import {
  DRAFT_STATUSES,
  STATUS_LABELS,
  deleteDraft,
  duplicateDraft,
  restoreDeleted,
  type DraftStatus,
  type DraftSummary,
} from '../../db';
import { exportBackup } from '../../backup';
import { APP_VERSION } from '../../../shared/app-version';
import { asEnvelope, createDraftFromEnvelope } from './create-draft';
import { importDraftFile } from './import-draft';
import { useAmounts } from './use-amounts';
import { useDraftList } from './use-draft-list';

// The local day, as the checks use it (UTC would still be yesterday before 08:00 in China).
const today = todayIso;
const when = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

/** 申报草稿: every draft, searchable and filtered, newest first; open, duplicate, delete with undo. */
export function DraftsPage() {
  const { t } = useTranslation();
  const { db, platform } = useServices();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<DraftStatus | undefined>();
  const [program, setProgram] = useState<string | undefined>();
  const [policy, setPolicy] = useState<string | undefined>();
  const [selected, setSelected] = useState<React.Key[]>([]);
  const query = useMemo(
    () => ({ search: search || undefined, status, program, policy }),
    [search, status, program, policy],
  );
  const list = useDraftList(query);
  const amounts = useAmounts(list.items);
  const filtered = Boolean(search || status || program || policy);

  const loadExamples = async () => {
    for (const example of listExampleDrafts()) {
      await createDraftFromEnvelope(db, { ...asEnvelope(example.draft), attachments: [] });
    }
    void message.success('已载入示例申报：每个项目一份');
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
          已删除「{item.title}」{' '}
          <Button
            size="small"
            type="link"
            onClick={() => {
              void restoreDeleted(db, item.id).then(() => {
                message.destroy(key);
                list.refresh();
              });
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });
  };

  const duplicate = async (item: DraftSummary) => {
    const copy = await duplicateDraft(db, item.id);
    window.location.hash = editorHash(copy.id);
  };

  const importFile = async () => {
    const file = await platform.pickFile([
      { name: 'GrantDesk 草稿或已打印的申报表', extensions: ['json', 'pdf'] },
    ]);
    if (!file) return;
    try {
      const row = await importDraftFile(db, file);
      void message.success(`已导入「${row.title}」`);
      window.location.hash = editorHash(row.id);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e), 8);
    }
  };

  const exportChosen = async () => {
    const file = await exportBackup(db, { draftIds: selected.map(String), appVersion: APP_VERSION });
    await platform.saveFile(file.fileName, file.blob, [{ name: 'GrantDesk 备份', extensions: ['zip'] }]);
  };

  const columns = [
    {
      title: '标题',
      dataIndex: 'title',
      key: 'title',
      width: 280,
      render: (title: string, item: DraftSummary) => <a href={editorHash(item.id)}>{title}</a>,
    },
    { title: '申报单位', dataIndex: 'applicantName', key: 'applicant', width: 200 },
    {
      title: '项目',
      key: 'program',
      width: 150,
      render: (_: unknown, item: DraftSummary) =>
        PROGRAM_SPECS[item.program as ProgramId]?.title.zh ?? item.program,
    },
    {
      title: '政策',
      key: 'policy',
      width: 150,
      render: (_: unknown, item: DraftSummary) =>
        PACKS.find((p) => p.id === item.policy)?.docNumber ?? item.policy,
    },
    {
      title: '状态',
      key: 'status',
      width: 80,
      render: (_: unknown, item: DraftSummary) => <Tag>{STATUS_LABELS[item.status]}</Tag>,
    },
    {
      title: '截止日期',
      key: 'deadline',
      width: 110,
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
      title: '金额（元）',
      key: 'amount',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, item: DraftSummary) => {
        const a = amounts.get(item.id);
        if (!a) return '…';
        return a.amountFen !== undefined ? (
          formatYuan(a.amountFen)
        ) : (
          <Typography.Text type="secondary">未计算</Typography.Text>
        );
      },
    },
    {
      title: '最后保存',
      key: 'updatedAt',
      width: 160,
      render: (_: unknown, item: DraftSummary) => when(item.updatedAt),
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_: unknown, item: DraftSummary) => (
        <Space size={0}>
          <Button type="link" size="small" href={editorHash(item.id)}>
            打开
          </Button>
          <Button type="link" size="small" onClick={() => void duplicate(item)}>
            复制
          </Button>
          <Button type="link" size="small" danger onClick={() => void remove(item)}>
            删除
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
            <Button onClick={() => void importFile()}>导入草稿（JSON 或已打印的 PDF）</Button>
            <Button disabled={selected.length === 0} onClick={() => void exportChosen()}>
              导出所选为备份
            </Button>
            <Button type="primary" href="#/new">
              {t('drafts.create')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder="搜索标题、申报单位或代码"
            style={{ width: 260 }}
            onSearch={setSearch}
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 110 }}
            value={status}
            onChange={setStatus}
            options={DRAFT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          <Select
            allowClear
            placeholder="项目"
            style={{ width: 170 }}
            value={program}
            onChange={setProgram}
            options={PROGRAM_IDS.map((p) => ({ value: p, label: PROGRAM_SPECS[p].title.zh }))}
          />
          <Select
            allowClear
            placeholder="政策"
            style={{ width: 170 }}
            value={policy}
            onChange={setPolicy}
            options={PACKS.map((p) => ({ value: p.id, label: p.docNumber }))}
          />
          {list.total !== null && <Typography.Text type="secondary">共 {list.total} 份</Typography.Text>}
        </Space>
        {empty && !filtered ? (
          <Empty description={t('drafts.empty')}>
            <Space>
              <Button type="primary" href="#/new">
                {t('drafts.create')}
              </Button>
              <Button onClick={() => void loadExamples()}>载入示例申报（每个项目一份）</Button>
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
            scroll={{ x: 1400, y: 560 }}
            rowSelection={{ selectedRowKeys: selected, onChange: setSelected, columnWidth: 40 }}
            onScroll={(e) => {
              const el = e.currentTarget;
              if (el.scrollTop + el.clientHeight > el.scrollHeight - 200) void list.loadMore();
            }}
            locale={{ emptyText: '没有符合条件的申报' }}
          />
        )}
      </Card>
    </>
  );
}
