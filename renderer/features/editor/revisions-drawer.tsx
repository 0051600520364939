import { Button, Drawer, List, Popconfirm, Tag, Typography, message } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useServices } from '../../app/services';
import {
  FIRST_REVISION_SUMMARY,
  NO_CHANGE_SUMMARY,
  listRevisions,
  restoreRevision,
  type RevisionInfo,
  type RevisionReason,
} from '../../db';
import type { DraftEditor } from './use-draft-editor';
import { revisionLabels } from './revision-labels';
import { fill, formatDateTime, useFeatureText } from '../../i18n/feature-text';
import { messages, type EditorText } from './messages';

// Summaries are stored in both languages; a revision written before English summaries existed has only
// the Chinese, of which the two fixed ones are still shown in the interface language.
const FIXED_SUMMARIES: Partial<Record<string, keyof EditorText>> = {
  [FIRST_REVISION_SUMMARY]: 'summaryFirst',
  [NO_CHANGE_SUMMARY]: 'summaryNoChange',
};

const REASONS: Record<RevisionReason, keyof EditorText> = {
  edit: 'reasonEdit',
  import: 'reasonImport',
  restore: 'reasonRestore',
  status: 'reasonStatus',
  revert: 'reasonRevert',
};

/** 修改历史: the snapshots of a draft, newest first; any of them can be brought back (itself recorded). */
export function RevisionsDrawer(props: { editor: DraftEditor }) {
  const { db } = useServices();
  const { text, lang } = useFeatureText(messages);
  const when = (ms: number) => formatDateTime(ms, lang);
  const summaryText = (r: RevisionInfo) => {
    if (lang === 'en' && r.summaryEn !== undefined) return r.summaryEn;
    const fixed = FIXED_SUMMARIES[r.summary];
    return fixed ? text[fixed] : r.summary;
  };
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
    void message.success(fill(text.restored, { when: when(revision.createdAt) }));
  };

  return (
    <>
      <Button icon={<HistoryOutlined />} onClick={() => void show()}>
        {text.history}
      </Button>
      <Drawer title={text.historyTitle} open={open} onClose={() => setOpen(false)} size="large">
        <List
          dataSource={items}
          locale={{
            emptyText: text.historyEmpty,
          }}
          renderItem={(r) => (
            <List.Item
              data-testid="revision"
              actions={[
                <Popconfirm
                  key="restore"
                  title={text.restoreConfirm}
                  okText={text.restoreOk}
                  cancelText={text.restoreCancel}
                  onConfirm={() => restore(r)}
                >
                  <Button type="link">{text.restoreVersion}</Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    {when(r.createdAt)} <Tag>{text[REASONS[r.reason]]}</Tag>
                  </>
                }
                description={<Typography.Text className="revision-summary">{summaryText(r)}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
