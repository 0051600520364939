import { Button, List, Select, Space, Tag, Typography, Upload, message } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { memo, useCallback, useEffect, useState } from 'react';
import { imageHeaderProblem } from '../../../shared/forms/image-check';
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
import { fill, useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';

/** Largest attachment accepted: scans of licences and invoices are far smaller. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];

interface Props {
  /** Only what the section reads, so a keystroke elsewhere in the draft does not re-render it. */
  draft: Pick<EditableDraft, 'id' | 'policy' | 'program' | 'attachments'>;
  onChange: (attachments: Record<string, unknown>[]) => void;
}

/** Evidence checklist with what is still missing, drag and drop, preview, size limit. */
export const AttachmentsSection = memo(function AttachmentsSection(props: Props) {
  const { db, platform } = useServices();
  const { text, lang } = useFeatureText(messages);
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
      void message.error(fill(text.wrongType, { name: file.name }));
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void message.error(fill(text.tooLarge, { name: file.name, mb: (file.size / 1024 / 1024).toFixed(1) }));
      return;
    }
    // An image is judged by its header before it is stored, so a 30000×30000 PNG is refused here, not at print.
    if (file.type === 'image/png' || file.type === 'image/jpeg') {
      const problem = imageHeaderProblem(
        file.type === 'image/png' ? 'png' : 'jpg',
        new Uint8Array(await file.arrayBuffer()),
      );
      if (problem) {
        void message.error(fill(text.imageRefused, { name: file.name, reason: problem[lang] }));
        return;
      }
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
      <Typography.Title level={5}>{text.checklist}</Typography.Title>
      <ul className="evidence-list">
        {evidence.map((e) => {
          const present = draft.attachments.some((a) => a['evidence'] === e.id);
          return (
            <li key={e.id}>
              <Tag color={present ? 'green' : e.required ? 'red' : 'default'}>
                {present ? text.evidencePresent : e.required ? text.evidenceMissing : text.evidenceOptional}
              </Tag>
              {e.label[lang]}
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
        <p>{text.dropHint}</p>
        <p className="ant-upload-hint">{text.dropLimits}</p>
      </Upload.Dragger>
      <List
        dataSource={files}
        locale={{ emptyText: text.noAttachments }}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="view" type="link" onClick={() => void preview(file)}>
                {text.preview}
              </Button>,
              <Button key="remove" type="link" danger onClick={() => void remove(file)}>
                {text.remove}
              </Button>,
            ]}
          >
            {/* Wraps rather than squeezing the size into a column when the English actions take more room. */}
            <Space wrap>
              <span data-testid="attachment-name">{file.name}</span>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {(file.size / 1024).toFixed(0)} KB
              </Typography.Text>
              <Select
                size="small"
                style={{ minWidth: 180 }}
                value={evidenceOf(file.sha256)}
                onChange={(v) => setEvidence(file.sha256, v)}
                options={[
                  ...evidence.map((e) => ({ value: e.id, label: e.label[lang] })),
                  { value: 'other', label: text.otherEvidence },
                ]}
              />
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
});
