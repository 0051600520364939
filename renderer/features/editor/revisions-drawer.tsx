import { Button, Drawer, List, Popconfirm, Tag, Typography, message } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { listRevisions, restoreRevision, REVISION_REASON_LABELS, type RevisionInfo } from '../../db';
import type { DraftEditor } from './use-draft-editor';
import { revisionLabels } from './revision-labels';

const when = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

/** 修改历史: the snapshots of a draft, newest first; any of them can be brought back (itself recorded). */
export function RevisionsDrawer(props: { editor: DraftEditor }) {
  const { db } = useServices();
  const { editor } = props;
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<RevisionInfo[]>([]);

  const show = async () => {
    await editor.flush();
    setItems(await listRevisions(db, editor.row.id));
    setOpen(true);
  };

  const restore = async (revision: RevisionInfo) => {
    await editor.flush();
    await restoreRevision(db, editor.row.id, revision.id, { labels: revisionLabels(editor.row.program) });
    await editor.reload();
    setItems(await listRevisions(db, editor.row.id));
    void message.success(`已恢复到 ${when(revision.createdAt)} 的版本；恢复前的内容也已存入修改历史`);
  };

  return (
    <>
      <Button icon={<HistoryOutlined />} onClick={() => void show()}>
        修改历史
      </Button>
      <Drawer title="修改历史（最近 50 个版本）" open={open} onClose={() => setOpen(false)} size="large">
        <List
          dataSource={items}
          locale={{
            emptyText: '还没有历史版本：连续编辑后停顿两分钟、导入、恢复和改状态前都会自动存一个版本',
          }}
          renderItem={(r) => (
            <List.Item
              data-testid="revision"
              actions={[
                <Popconfirm
                  key="restore"
                  title="用这个版本替换当前内容？"
                  okText="恢复"
                  cancelText="取消"
                  onConfirm={() => restore(r)}
                >
                  <Button type="link">恢复此版本</Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    {when(r.createdAt)} <Tag>{REVISION_REASON_LABELS[r.reason]}</Tag>
                  </>
                }
                description={<Typography.Text className="revision-summary">{r.summary}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
