import { Button, List, Select, Space, Tag, Typography, Upload, message } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { getProgram } from '../../../shared/policy/registry';
import type { ProgramId } from '../../../shared/schemas';
import { useServices } from '../../app/services';
import {
  addAttachment,
  getAttachment,
  listAttachments,
  removeAttachment,
  type AttachmentMeta,
} from '../../db';
import type { EditableDraft } from './draft-mapping';

/** Largest attachment accepted: scans of licences and invoices are far smaller. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];

interface Props {
  draft: EditableDraft;
  onChange: (attachments: Record<string, unknown>[]) => void;
}

/** Evidence checklist with what is still missing, drag and drop, preview, size limit. */
export function AttachmentsSection(props: Props) {
  const { db, platform } = useServices();
  const { draft } = props;
  const [files, setFiles] = useState<AttachmentMeta[]>([]);
  const evidence = getProgram(draft.policy, draft.program as ProgramId)?.evidence ?? [];
  const evidenceOf = (sha: string) =>
    String(draft.attachments.find((a) => a['sha256'] === sha)?.['evidence'] ?? 'other');

  const refresh = useCallback(() => listAttachments(db, draft.id).then(setFiles), [db, draft.id]);
  useEffect(() => {
    let live = true;
    listAttachments(db, draft.id).then(
      (list) => live && setFiles(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, draft.id]);

  const add = async (file: File) => {
    if (!ACCEPTED.includes(file.type)) {
      void message.error(`「${file.name}」不是 PDF、JPG 或 PNG 文件，不能作为附件`);
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void message.error(
        `「${file.name}」有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过单个附件 20 MB 的上限`,
      );
      return;
    }
    const meta = await addAttachment(db, draft.id, { name: file.name, mime: file.type, bytes: file });
    const missing = evidence.find((e) => !draft.attachments.some((a) => a['evidence'] === e.id));
    props.onChange([
      ...draft.attachments,
      {
        name: meta.name,
        mime: meta.mime,
        size: meta.size,
        sha256: meta.sha256,
        evidence: missing?.id ?? 'other',
      },
    ]);
    await refresh();
  };

  const setEvidence = (sha: string, id: string) =>
    props.onChange(draft.attachments.map((a) => (a['sha256'] === sha ? { ...a, evidence: id } : a)));

  const remove = async (file: AttachmentMeta) => {
    await removeAttachment(db, file.id);
    props.onChange(draft.attachments.filter((a) => a['sha256'] !== file.sha256));
    await refresh();
  };

  const preview = async (file: AttachmentMeta) => {
    const row = await getAttachment(db, file.id);
    if (!row) return;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    if (row.mime === 'application/pdf') await platform.openPdf(row.name, bytes);
    else window.open(URL.createObjectURL(row.blob), '_blank', 'noopener');
  };

  return (
    <div className="attachments-section">
      <Typography.Title level={5}>材料清单</Typography.Title>
      <ul className="evidence-list">
        {evidence.map((e) => {
          const present = draft.attachments.some((a) => a['evidence'] === e.id);
          return (
            <li key={e.id}>
              <Tag color={present ? 'green' : e.required ? 'red' : 'default'}>
                {present ? '已附' : e.required ? '缺' : '可选'}
              </Tag>
              {e.label.zh}
            </li>
          );
        })}
      </ul>
      <Upload.Dragger
        multiple
        accept=".pdf,.jpg,.jpeg,.png"
        showUploadList={false}
        beforeUpload={(file) => {
          void add(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>把营业执照、发票、合作协议等扫描件拖到这里，或点击选择文件</p>
        <p className="ant-upload-hint">支持 PDF、JPG、PNG，单个文件不超过 20 MB</p>
      </Upload.Dragger>
      <List
        dataSource={files}
        locale={{ emptyText: '还没有附件' }}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="view" type="link" onClick={() => void preview(file)}>
                预览
              </Button>,
              <Button key="remove" type="link" danger onClick={() => void remove(file)}>
                删除
              </Button>,
            ]}
          >
            <Space>
              <span data-testid="attachment-name">{file.name}</span>
              <Typography.Text type="secondary">{(file.size / 1024).toFixed(0)} KB</Typography.Text>
              <Select
                size="small"
                style={{ minWidth: 180 }}
                value={evidenceOf(file.sha256)}
                onChange={(v) => setEvidence(file.sha256, v)}
                options={[
                  ...evidence.map((e) => ({ value: e.id, label: e.label.zh })),
                  { value: 'other', label: '其他材料' },
                ]}
              />
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
