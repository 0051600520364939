import { Alert, Button, List, Modal, Select, Space, Tag, Typography, Upload, message } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { imageHeaderProblem } from '../../../shared/forms/image-check';
import { ofdProblem } from '../../../shared/forms/ofd-check';
import { evidenceForFile } from '../../../shared/policy/evidence-kind';
import { getProgram } from '../../../shared/policy/registry';
import type { ProgramId } from '../../../shared/schemas';
import { useServices } from '../../app/services';
import {
  addAttachment,
  getAttachment,
  listAttachments,
  removeAttachment,
  storedListing,
  type AttachmentMeta,
} from '../../db';
import type { EditableDraft } from './draft-mapping';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';
import { attachmentMessages } from './attachment-messages';

/** Largest attachment accepted: scans of licences and invoices are far smaller. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Files taken from one choice or drop; a whole folder dropped by mistake is refused by count. */
export const MAX_FILES_AT_ONCE = 50;
const ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];
// Browsers give an .ofd file no type (or a guessed one): it is known by its name, then by its zip directory.
const isOfd = (file: File) => /\.ofd$/i.test(file.name);
/** Invoice data files (OFD, and XML stored by 导入发票) print as a page generated from their data. */
const isDataFile = (mime: string, name: string) => /ofd|xml/i.test(mime) || /\.(ofd|xml)$/i.test(name);

type Listing = Record<string, unknown>[];

interface Props {
  /** Only what the section reads, so a keystroke elsewhere in the draft does not re-render it. */
  draft: Pick<EditableDraft, 'id' | 'policy' | 'program' | 'attachments'>;
  onChange: (attachments: Record<string, unknown>[]) => void;
}

/** Evidence checklist (ticked only by stored files), drag and drop of many files, preview, size limit. */
export const AttachmentsSection = memo(function AttachmentsSection(props: Props) {
  const { db, platform } = useServices();
  const { text, lang } = useFeatureText(messages);
  const { text: own } = useFeatureText(attachmentMessages);
  const { draft, onChange } = props;
  // Null until read: a list entry is not called "not stored" before the files are known.
  const [files, setFiles] = useState<AttachmentMeta[] | null>(null);
  // Files whose kind the name did not tell: the user is asked to choose it.
  const [asking, setAsking] = useState<ReadonlySet<string>>(new Set());
  const evidence = getProgram(draft.policy, draft.program as ProgramId)?.evidence ?? [];
  const listingRef = useRef<Listing>(draft.attachments);
  useEffect(() => {
    listingRef.current = draft.attachments;
  }, [draft.attachments]);
  const evidenceOf = (sha: string) => {
    const found = draft.attachments.find((a) => a['sha256'] === sha)?.['evidence'];
    return asking.has(sha) ? undefined : String(found ?? 'other');
  };

  const refresh = useCallback(() => listAttachments(db, draft.id).then(setFiles), [db, draft.id]);
  // Read again when the list changes as a whole (a revision restored brings files back).
  const listedKey = draft.attachments.map((a) => String(a['sha256'])).join(',');
  useEffect(() => {
    let live = true;
    listAttachments(db, draft.id).then(
      (list) => live && setFiles(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, draft.id, listedKey]);

  const accept = (file: File): boolean => {
    if (!ACCEPTED.includes(file.type) && !isOfd(file)) {
      void message.error(fill(own.wrongTypeOfd, { name: file.name }));
      return false;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void message.error(fill(text.tooLarge, { name: file.name, mb: (file.size / 1024 / 1024).toFixed(1) }));
      return false;
    }
    return true;
  };

  /** One file or many: each stored, then tagged by its name with the same rule; one change of the list. */
  const addFiles = async (chosen: readonly File[]) => {
    if (chosen.length > MAX_FILES_AT_ONCE) {
      void message.error(fill(own.tooMany, { max: MAX_FILES_AT_ONCE, n: chosen.length }));
      return;
    }
    const added: Listing = [];
    const unknown: string[] = [];
    for (const file of chosen.filter(accept)) {
      // An image is judged by its header before it is stored, so a 30000×30000 PNG is refused here, not at print.
      if (file.type === 'image/png' || file.type === 'image/jpeg') {
        const problem = imageHeaderProblem(
          file.type === 'image/png' ? 'png' : 'jpg',
          new Uint8Array(await file.arrayBuffer()),
        );
        if (problem) {
          void message.error(fill(text.imageRefused, { name: file.name, reason: problem[lang] }));
          continue;
        }
      }
      // An OFD is a zip: judged by its central directory before it is stored, so a bomb never reaches print.
      if (isOfd(file)) {
        const problem = ofdProblem(new Uint8Array(await file.arrayBuffer()));
        if (problem) {
          void message.error(fill(own.ofdRefused, { name: file.name, reason: problem[lang] }));
          continue;
        }
      }
      const type = isOfd(file) ? 'application/ofd' : file.type;
      const meta = await addAttachment(db, draft.id, { name: file.name, mime: type, bytes: file });
      const known = [...listingRef.current, ...added].some((a) => a['sha256'] === meta.sha256);
      if (known) continue;
      const kind = evidenceForFile(meta.name, evidence);
      if (kind === null) unknown.push(meta.sha256);
      const { name, mime, size, sha256 } = meta;
      added.push({ name, mime, size, sha256, evidence: kind ?? 'other' });
    }
    if (added.length > 0) onChange([...listingRef.current, ...added]);
    if (unknown.length > 0) setAsking((s) => new Set([...s, ...unknown]));
    await refresh();
  };

  const setEvidence = (sha: string, id: string) => {
    setAsking((s) => new Set([...s].filter((x) => x !== sha)));
    onChange(draft.attachments.map((a) => (a['sha256'] === sha ? { ...a, evidence: id } : a)));
  };

  const remove = async (file: AttachmentMeta) => {
    await removeAttachment(db, file.id);
    onChange(draft.attachments.filter((a) => a['sha256'] !== file.sha256));
    await refresh();
  };

  const preview = async (file: AttachmentMeta) => {
    const row = await getAttachment(db, file.id);
    if (!row) return;
    if (row.mime === 'application/pdf') {
      await platform.openPdf(row.name, new Uint8Array(await row.blob.arrayBuffer()));
      return;
    }
    if (isDataFile(row.mime, row.name)) {
      Modal.info({ title: fill(own.dataFileTitle, { name: row.name }), content: own.dataFilePreview });
      return;
    }
    // Inside the page in both builds: Electron refuses window.open, so a new window showed nothing.
    const url = URL.createObjectURL(row.blob);
    Modal.info({
      title: row.name,
      icon: null,
      width: 'min(92vw, 1100px)',
      maskClosable: true,
      content: (
        <img
          src={url}
          alt={row.name}
          data-testid="attachment-preview-image"
          style={{ display: 'block', maxWidth: '100%', maxHeight: '75vh', margin: '0 auto' }}
        />
      ),
      afterClose: () => URL.revokeObjectURL(url),
    });
  };

  const stored = files ? storedListing(draft.attachments, files) : [];
  const missing = files ? draft.attachments.filter((a) => !stored.includes(a)) : [];
  const undecided = (files ?? []).filter((f) => asking.has(f.sha256)).length;

  return (
    <div className="attachments-section">
      <Typography.Title level={5}>{text.checklist}</Typography.Title>
      <ul className="evidence-list">
        {evidence.map((e) => {
          const present = stored.some((a) => a['evidence'] === e.id);
          return (
            <li key={e.id} data-testid="evidence-item" data-present={present}>
              <Tag color={present ? 'green' : e.required ? 'red' : 'default'}>
                {present ? text.evidencePresent : e.required ? text.evidenceMissing : text.evidenceOptional}
              </Tag>
              {e.label[lang]}
            </li>
          );
        })}
      </ul>
      {missing.map((a) => (
        <Alert
          key={String(a['sha256'])}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={fill(own.notStored, { name: String(a['name']) })}
        />
      ))}
      <Upload.Dragger
        multiple
        accept=".pdf,.jpg,.jpeg,.png,.ofd"
        showUploadList={false}
        beforeUpload={(file, batch) => {
          // antd calls this once per file with the whole batch: take the batch once, in order.
          if (file.uid === batch[0]?.uid) void addFiles(batch);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{text.dropHint}</p>
        <p className="ant-upload-hint">{own.dropLimitsOfd}</p>
      </Upload.Dragger>
      {undecided > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="evidence-ask"
          title={fill(own.askTitle, { n: undecided })}
        />
      )}
      <List
        dataSource={files ?? []}
        locale={{ emptyText: text.noAttachments }}
        renderItem={(file) => (
          <List.Item
            data-testid="attachment-row"
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
                aria-label={fill(own.kindOf, { name: file.name })}
                style={{ minWidth: 220 }}
                placeholder={own.askPlaceholder}
                status={asking.has(file.sha256) ? 'warning' : undefined}
                value={evidenceOf(file.sha256)}
                onChange={(v: string) => setEvidence(file.sha256, v)}
                options={[
                  ...evidence.map((e) => ({ value: e.id, label: e.label[lang] })),
                  { value: 'other', label: text.otherEvidence },
                ]}
              />
              {asking.has(file.sha256) && <Tag color="warning">{own.askTag}</Tag>}
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
});
