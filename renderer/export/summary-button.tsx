import { Button, message } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { checkForPrintUnderPin } from '../features/policies/pack-pins';
import { formTemplate } from '../../templates';
import { useServices } from '../app/services';
import { toEnvelope } from '../features/editor/draft-mapping';
import type { DraftEditor } from '../features/editor/use-draft-editor';
import { errorText } from '../i18n/error-text';
import { fill, useFeatureText } from '../i18n/feature-text';
import { safeName } from '../pdf/print-draft';
import { exportMessages } from './export-messages';

/** 导出汇总表: the draft's form fields, amount with 大写 and every roster as one .xlsx. */
export function SummaryButton(props: { editor: DraftEditor }) {
  const { platform } = useServices();
  const { text, lang } = useFeatureText(exportMessages);
  const [busy, setBusy] = useState(false);

  const exportSummary = async () => {
    setBusy(true);
    try {
      const { editor } = props;
      await editor.flush();
      const envelope = toEnvelope(editor.draft);
      const { check, draft, source } = checkForPrintUnderPin(envelope);
      if (!check.program || !source) {
        void message.error(text.noSummary);
        return;
      }
      // exceljs loads with the first export, not with the editor.
      const { buildDraftSummaryWorkbook } = await import('../../shared/office/xlsx-summary');
      const bytes = await buildDraftSummaryWorkbook({
        draft: { ...((draft ?? envelope) as unknown as Record<string, unknown>), program: check.program },
        template: formTemplate(check.program),
        source,
        amount: check.amount,
      });
      const name = fill(text.summaryFile, { title: safeName(editor.row.title) });
      if (await platform.saveFile(name, bytes, [{ name: text.excelFilter, extensions: ['xlsx'] }]))
        void message.success(fill(text.exported, { name }));
    } catch (e) {
      void message.error(fill(text.failed, { error: errorText(e, lang) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void exportSummary()}>
      {text.exportSummary}
    </Button>
  );
}
