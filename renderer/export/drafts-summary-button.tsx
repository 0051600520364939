import { Button, message } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { todayIso } from '../../shared/policy/dates';
import { useServices } from '../app/services';
import { errorText } from '../i18n/error-text';
import { fill, useFeatureText } from '../i18n/feature-text';
import { buildDraftsSummary } from './drafts-summary';
import { exportMessages } from './export-messages';

/** 导出汇总: the chosen drafts as one .xlsx (applicant, program, 文号, status, amount, deadline, last saved). */
export function DraftsSummaryButton(props: { ids: readonly string[] }) {
  const { db, platform } = useServices();
  const { text, lang } = useFeatureText(exportMessages);
  const [busy, setBusy] = useState(false);

  const exportSummary = async () => {
    setBusy(true);
    try {
      const bytes = await buildDraftsSummary(db, props.ids, lang, text);
      const name = fill(text.draftsFile, { date: todayIso() });
      if (await platform.saveFile(name, bytes, [{ name: text.excelFilter, extensions: ['xlsx'] }]))
        void message.success(fill(text.exported, { name }));
    } catch (e) {
      void message.error(fill(text.failed, { error: errorText(e, lang) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<FileExcelOutlined />}
      disabled={props.ids.length === 0}
      loading={busy}
      onClick={() => void exportSummary()}
    >
      {text.exportDrafts}
    </Button>
  );
}
