import { Button, Dropdown, Modal, Space, message } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { changeDraftStatus, recordExport } from '../../db';
import { printDraft, type PrintOutcome } from '../../pdf/print-draft';
import { toEnvelope } from './draft-mapping';
import { revisionLabels } from './revision-labels';
import type { DraftEditor } from './use-draft-editor';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { messages, type EditorText } from './messages';
import { errorText } from '../../i18n/error-text';
import { packLabel, type PinnedPack } from '../policies/pack-pins';

type Action = 'preview' | 'print' | 'save' | 'open';

function confirmDraftPrint(count: number, text: EditorText): Promise<boolean> {
  return new Promise((resolve) =>
    Modal.confirm({
      title: fill(text.confirmTitle, { n: count }),
      content: text.confirmBody,
      okText: text.confirmOk,
      cancelText: text.confirmCancel,
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    }),
  );
}

/** Preview, print, save or open the filled application form; each print is recorded. */
export function PrintActions(props: { editor: DraftEditor; hasErrors: boolean; pin: PinnedPack }) {
  const { db, platform } = useServices();
  const { text, lang } = useFeatureText(messages);
  const { editor } = props;
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ url: string; title: string } | null>(null);

  const run = async (action: Action) => {
    setBusy(true);
    try {
      await editor.flush();
      // Never printed under another version than the one the draft is pinned to.
      const pinned = props.pin.pack;
      if (!pinned) {
        void message.error(fill(text.packMissing, { pack: packLabel(props.pin.policy, props.pin.version) }));
        return;
      }
      let outcome: PrintOutcome = await printDraft(
        db,
        editor.row.id,
        toEnvelope(editor.draft),
        false,
        pinned,
      );
      if (outcome.kind === 'has-errors') {
        if (!(await confirmDraftPrint(outcome.count, text))) return;
        outcome = await printDraft(db, editor.row.id, toEnvelope(editor.draft), true, pinned);
      }
      if (outcome.kind === 'incomplete') {
        // print-draft words it in Chinese; the same sentence in the interface language.
        void message.error(text.incomplete);
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
      void message.success(pdf.watermarked ? text.printedDraft : fill(text.printed, { n: pdf.pageCount }));
    } catch (e) {
      void message.error(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space.Compact>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void run('print')}>
          {text.print}
        </Button>
        <Dropdown
          menu={{
            items: [
              { key: 'preview', label: text.preview },
              { key: 'save', label: text.savePdf },
              { key: 'open', label: text.openPdf },
            ],
            onClick: ({ key }) => void run(key as Action),
          }}
        >
          <Button type="primary" disabled={busy} aria-label={text.morePrint}>
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
        {preview && <iframe title={text.previewFrame} src={preview.url} className="pdf-preview" />}
      </Modal>
    </>
  );
}
