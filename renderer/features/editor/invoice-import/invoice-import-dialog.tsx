import { FolderOpenOutlined, InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Radio, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimSet } from '../../../../shared/policy/cross-draft';
import {
  previewImport,
  type AmountBasis,
  type ImportPreview,
  type PreviewDraft,
} from '../../../../shared/invoices/preview';
import type { InvoiceReadResult } from '../../../../shared/invoices/types';
import { formatYuan } from '../../../../shared/money';
import { investmentCategoryOptions } from '../../../../shared/schemas/programs/training-base';
import { errorText } from '../../../i18n/error-text';
import { fill, useFeatureText } from '../../../i18n/feature-text';
import { prestartInvoiceReader, readInvoicesOffThread } from '../../../workers/read-invoices-off-thread';
import {
  batchProblem,
  dragHasFiles,
  filesFromDrop,
  filesFromFolder,
  MAX_INVOICE_BATCH_MB,
  MAX_INVOICE_FILE_MB,
  MAX_INVOICE_FILES,
  type BatchProblem,
  type Collected,
} from './collect-files';
import { invoiceMessages } from './invoice-messages';
import { InvoicePreviewTable } from './invoice-preview-table';
import './invoice-import.css';

/** What 确认导入 hands over: the preview to write, the files by the name the results give them, the basis. */
export interface InvoiceImportPlan {
  preview: ImportPreview;
  files: ReadonlyMap<string, File>;
  basis: AmountBasis;
  reason: string;
}

interface Props {
  /** Files dropped on the grid, read as the dialog opens. */
  initial: Collected | null;
  draft: PreviewDraft;
  others: readonly ClaimSet[];
  basis: AmountBasis | undefined;
  reason: string | undefined;
  /** Writes the import (after keeping a 导入前 revision); a rejection leaves the dialog open. */
  onConfirm: (plan: InvoiceImportPlan) => Promise<void>;
  onCancel: () => void;
}

const ACCEPT = '.pdf,.ofd,.xml,.zip';

/** A file name not yet taken in this import: a second 发票.pdf from another folder becomes 发票 (2).pdf. */
function freeName(name: string, taken: ReadonlyMap<string, File>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

/** 导入发票: files, folders or zips picked or dropped; a preview with every problem; nothing written until 确认导入. */
export function InvoiceImportDialog(props: Props) {
  const { text, lang } = useFeatureText(invoiceMessages);
  const [files, setFiles] = useState<ReadonlyMap<string, File>>(new Map());
  const [results, setResults] = useState<InvoiceReadResult[]>([]);
  const [reading, setReading] = useState(0);
  const [notices, setNotices] = useState<string[]>([]);
  const [basis, setBasis] = useState<AmountBasis>(props.basis ?? 'net');
  const [reason, setReason] = useState(
    props.reason ?? (props.basis === 'total' ? text.reasonTotal : text.reasonNet),
  );
  const [category, setCategory] = useState('equipment');
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const filesRef = useRef(files);
  const pickRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  const problemText = (p: BatchProblem) =>
    p.code === 'too-many'
      ? fill(text.tooMany, { count: p.count, max: MAX_INVOICE_FILES })
      : p.code === 'file-too-large'
        ? fill(text.fileTooLarge, { name: p.name, mb: p.mb.toFixed(1), max: MAX_INVOICE_FILE_MB })
        : fill(text.batchTooLarge, { mb: p.mb.toFixed(1), max: MAX_INVOICE_BATCH_MB });

  const add = async ({ files: chosen, skipped }: Collected) => {
    const next = new Map(filesRef.current);
    const named = chosen.map((file) => {
      const name = freeName(file.name, next);
      next.set(name, file);
      return { name, file };
    });
    const notes = skipped > 0 ? [fill(text.skipped, { n: skipped })] : [];
    const problem = batchProblem([...next].map(([name, f]) => ({ name, size: f.size })));
    if (problem) {
      setNotices([...notes, problemText(problem)]);
      return;
    }
    setNotices(notes);
    if (named.length === 0) return;
    filesRef.current = next;
    setFiles(next);
    setReading((n) => n + named.length);
    try {
      const request = await Promise.all(
        named.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      const read = await readInvoicesOffThread(request);
      setResults((r) => [...r, ...read]);
    } catch (e) {
      setNotices((n) => [...n, fill(text.readFailed, { error: errorText(e, lang) })]);
    } finally {
      setReading((n) => n - named.length);
    }
  };

  // The reader starts loading pdf.js as the dialog opens, while the user picks files.
  useEffect(() => prestartInvoiceReader(), []);

  useEffect(() => {
    if (props.initial) void add(props.initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the dropped files are read once, as the dialog opens
  }, []);

  const chooseBasis = (next: AmountBasis) => {
    // The reason follows the basis while it is still one of the two proposed sentences.
    if (reason === text.reasonNet || reason === text.reasonTotal)
      setReason(next === 'net' ? text.reasonNet : text.reasonTotal);
    setBasis(next);
  };

  const preview = useMemo(
    () => previewImport(results, props.draft, props.others, { basis, category }),
    [results, props.draft, props.others, basis, category],
  );
  const ok = preview.rows.filter((r) => r.write).length;

  const confirm = async () => {
    if (busy || ok === 0) return;
    setBusy(true);
    try {
      await props.onConfirm({ preview, files, basis, reason: reason.trim() });
    } catch (e) {
      Modal.error({ title: fill(text.importFailed, { error: errorText(e, lang) }) });
      setBusy(false);
    }
  };

  const onDrop = (e: React.DragEvent) => {
    if (!dragHasFiles(e.dataTransfer)) return;
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void filesFromDrop(e.dataTransfer).then(add);
  };

  return (
    <Modal
      open
      centered
      width={1180}
      rootClassName="invoice-import-dialog"
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' } }}
      title={text.title}
      onCancel={props.onCancel}
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={props.onCancel}>{text.cancel}</Button>
          <Button
            type="primary"
            disabled={ok === 0 || reading > 0}
            loading={busy}
            onClick={() => void confirm()}
            className="invoice-confirm"
          >
            {ok > 0 ? fill(text.confirm, { n: ok }) : text.confirmIdle}
          </Button>
        </Space>
      }
    >
      <div
        className={over ? 'invoice-drop invoice-drop-over' : 'invoice-drop'}
        data-testid="invoice-drop"
        onDragOver={(e) => {
          if (!dragHasFiles(e.dataTransfer)) return;
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <InboxOutlined className="invoice-drop-icon" />
        <div>{text.dropHint}</div>
        <Typography.Text type="secondary">
          {fill(text.dropLimits, { max: MAX_INVOICE_FILES })}
        </Typography.Text>
        <Space style={{ marginTop: 8 }}>
          <Button icon={<PaperClipOutlined />} onClick={() => pickRef.current?.click()}>
            {text.pickFiles}
          </Button>
          <Button icon={<FolderOpenOutlined />} onClick={() => folderRef.current?.click()}>
            {text.pickFolder}
          </Button>
        </Space>
        <input
          ref={pickRef}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="invoice-pick-files"
          onChange={(e) => {
            void add({ files: [...(e.target.files ?? [])], skipped: 0 });
            e.target.value = '';
          }}
        />
        <input
          ref={folderRef}
          type="file"
          hidden
          data-testid="invoice-pick-folder"
          {...{ webkitdirectory: '' }}
          onChange={(e) => {
            void add(filesFromFolder([...(e.target.files ?? [])]));
            e.target.value = '';
          }}
        />
      </div>
      {notices.map((n) => (
        <Alert key={n} type="warning" showIcon className="invoice-notice" title={n} />
      ))}
      <div className="invoice-options">
        <div className="invoice-option" role="radiogroup" aria-labelledby="invoice-basis-label">
          <span id="invoice-basis-label">{text.basis}</span>
          <Radio.Group
            value={basis}
            onChange={(e) => chooseBasis(e.target.value as AmountBasis)}
            options={[
              { value: 'net', label: text.basisNet },
              { value: 'total', label: text.basisTotal },
            ]}
          />
        </div>
        <label className="invoice-reason">
          <span>{text.basisReason}</span>
          <Input
            aria-label={text.basisReason}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <label>
          <span>{text.category}</span>
          <Select
            aria-label={text.category}
            value={category}
            style={{ minWidth: 160 }}
            onChange={setCategory}
            options={investmentCategoryOptions.map((o) => ({ value: o.value, label: o.label[lang] }))}
          />
        </label>
      </div>
      {reading > 0 && (
        <Alert
          type="info"
          showIcon
          icon={<Spin size="small" />}
          className="invoice-reading"
          title={fill(text.reading, { n: reading })}
        />
      )}
      {preview.refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="invoice-refused"
          title={fill(text.refusedTitle, { n: preview.refused.length })}
          description={
            <ul>
              {preview.refused.map((r) => (
                <li key={r.file} data-testid="invoice-refused">
                  {lang === 'en' ? r.messageEn : r.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {preview.rows.length > 0 ? (
        <>
          <Typography.Paragraph className="invoice-summary" data-testid="invoice-summary">
            {fill(text.summary, {
              invoices: preview.rows.length,
              ok,
              amount: `¥${formatYuan(preview.writtenFen)}`,
              blocked: preview.rows.length - ok,
            })}
          </Typography.Paragraph>
          <InvoicePreviewTable rows={preview.rows} text={text} lang={lang} />
        </>
      ) : (
        reading === 0 && <Typography.Text type="secondary">{text.empty}</Typography.Text>
      )}
    </Modal>
  );
}
