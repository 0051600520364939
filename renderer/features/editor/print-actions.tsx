import { Button, Dropdown, Modal, Space, message } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { changeDraftStatus, recordExport } from '../../db';
import { printDraft, type PrintOutcome } from '../../pdf/print-draft';
import { toEnvelope } from './draft-mapping';
import { revisionLabels } from './revision-labels';
import type { DraftEditor } from './use-draft-editor';

type Action = 'preview' | 'print' | 'save' | 'open';

function confirmDraftPrint(count: number): Promise<boolean> {
  return new Promise((resolve) =>
    Modal.confirm({
      title: `申报还有 ${count} 个错误`,
      content:
        '正式申报表只能在没有错误时打印。现在只能生成每页都印有「草稿」字样的版本，用于内部核对。确定生成草稿版吗？',
      okText: '生成草稿版',
      cancelText: '返回修改',
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    }),
  );
}

/** Preview, print, save or open the filled application form; each print is recorded. */
export function PrintActions(props: { editor: DraftEditor; hasErrors: boolean }) {
  const { db, platform } = useServices();
  const { editor } = props;
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ url: string; title: string } | null>(null);

  const run = async (action: Action) => {
    setBusy(true);
    try {
      await editor.flush();
      let outcome: PrintOutcome = await printDraft(db, editor.row.id, toEnvelope(editor.draft), false);
      if (outcome.kind === 'has-errors') {
        if (!(await confirmDraftPrint(outcome.count))) return;
        outcome = await printDraft(db, editor.row.id, toEnvelope(editor.draft), true);
      }
      if (outcome.kind === 'incomplete') {
        void message.error(outcome.message);
        return;
      }
      if (outcome.kind !== 'ok') return;
      const { pdf, fileName, packVersion } = outcome;
      if (action === 'preview') {
        const url = URL.createObjectURL(
          new Blob([pdf.bytes.slice().buffer as ArrayBuffer], { type: 'application/pdf' }),
        );
        setPreview({ url, title: fileName });
        return;
      }
      if (
        action === 'save' &&
        !(await platform.saveFile(fileName, pdf.bytes, [{ name: 'PDF', extensions: ['pdf'] }]))
      )
        return;
      if (action === 'print') await platform.printPdf(fileName, pdf.bytes);
      if (action === 'open') await platform.openPdf(fileName, pdf.bytes);
      if (!pdf.watermarked) {
        await recordExport(db, editor.row.id, { policyPackVersion: packVersion, pdfSha256: pdf.sha256 });
        if (action === 'print' && editor.row.status === 'ready')
          await changeDraftStatus(
            db,
            editor.row.id,
            'printed',
            {},
            { labels: revisionLabels(editor.row.program) },
          );
        await editor.reload();
      }
      void message.success(
        pdf.watermarked ? '已生成草稿版申报表（每页印有「草稿」）' : `已生成申报表：共 ${pdf.pageCount} 页`,
      );
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space.Compact>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void run('print')}>
          打印申报表
        </Button>
        <Dropdown
          menu={{
            items: [
              { key: 'preview', label: '预览' },
              { key: 'save', label: '保存为 PDF 文件' },
              { key: 'open', label: '用系统阅读器打开' },
            ],
            onClick: ({ key }) => void run(key as Action),
          }}
        >
          <Button type="primary" disabled={busy} aria-label="更多打印选项">
            ▾
          </Button>
        </Dropdown>
      </Space.Compact>
      <Modal
        open={preview !== null}
        title={preview?.title}
        width="80vw"
        footer={null}
        onCancel={() => {
          if (preview) URL.revokeObjectURL(preview.url);
          setPreview(null);
        }}
      >
        {preview && <iframe title="申报表预览" src={preview.url} className="pdf-preview" />}
      </Modal>
    </>
  );
}
