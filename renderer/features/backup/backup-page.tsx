import { Alert, Button, Card, Descriptions, List, Radio, Space, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupFile } from '../../../shared/ipc';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { countDrafts } from '../../db';
import { exportBackup, readBackup, restoreBackup, type RestoreReport } from '../../backup';
import { APP_VERSION } from '../../../shared/app-version';
import {
  BACKUP_STATE_EVENT,
  backupReminderDue,
  dailyBackupFailure,
  lastBackupDownload,
  rememberBackupDownload,
} from './daily-backup';
import { validateStoredDraftData } from './stored-data-validator';
import { revisionLabels } from '../editor/revision-labels';
import { fill, formatDateTime, joinList, useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';
import { errorText } from '../../i18n/error-text';

interface Pending {
  name: string;
  bytes: Uint8Array;
  createdAt: string;
  draftCount: number;
}

/** 备份与恢复: export drafts to one file, restore them checked entry by entry, automatic backups. */
export function BackupPage() {
  const { t } = useTranslation();
  const { text, lang } = useFeatureText(messages);
  const when = (ms: number) => formatDateTime(ms, lang);
  // A backup's own errors come in both languages; anything else is shown as it was thrown.
  const reason = (e: unknown) => errorText(e, lang);
  const { db, platform } = useServices();
  const [count, setCount] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [conflict, setConflict] = useState<'keep-both' | 'replace'>('keep-both');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [autoFiles, setAutoFiles] = useState<AutoBackupFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const [autoFailure, setAutoFailure] = useState(dailyBackupFailure);

  useEffect(() => {
    const onChange = () => {
      setAutoFailure(dailyBackupFailure());
      setVersion((v) => v + 1);
    };
    window.addEventListener(BACKUP_STATE_EVENT, onChange);
    return () => window.removeEventListener(BACKUP_STATE_EVENT, onChange);
  }, []);

  useEffect(() => {
    let live = true;
    countDrafts(db).then(
      (n) => live && setCount(n),
      () => undefined,
    );
    platform.autoBackups?.list().then(
      (list) => live && setAutoFiles(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, platform, version]);

  const exportAll = async () => {
    setBusy(true);
    try {
      const file = await exportBackup(db, { appVersion: APP_VERSION, lang });
      if (
        await platform.saveFile(file.fileName, file.blob, [{ name: text.fileFilter, extensions: ['zip'] }])
      ) {
        rememberBackupDownload();
        void message.success(
          fill(text.exported, { drafts: file.draftCount, attachments: file.attachmentCount }),
        );
      }
      for (const w of file.warnings) void message.warning(w);
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async () => {
    setError(null);
    setReport(null);
    const file = await platform
      .pickFile([{ name: text.fileFilter, extensions: ['zip'] }])
      .catch((e: unknown) => void setError(reason(e)));
    if (!file) return;
    try {
      const parsed = await readBackup(file.bytes, validateStoredDraftData);
      setPending({
        name: file.name,
        bytes: file.bytes,
        createdAt: parsed.manifest.createdAt,
        draftCount: parsed.drafts.length,
      });
    } catch (e) {
      setError(fill(text.fileError, { name: file.name, error: reason(e) }));
    }
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await restoreBackup(db, pending.bytes, {
        onConflict: conflict,
        validateDraftData: validateStoredDraftData,
        labelsFor: revisionLabels,
        lang,
      });
      setReport(result);
      setPending(null);
      setVersion((v) => v + 1);
      void message.success(fill(text.restored, { n: result.drafts.length }));
    } catch (e) {
      setError(fill(text.restoreFailed, { name: pending.name, error: reason(e) }));
    } finally {
      setBusy(false);
    }
  };

  const last = lastBackupDownload();
  return (
    <>
      <PageHeader title={t('nav.backup')} description={t('backup.description')} />
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {platform.autoBackups && autoFailure && (
          <Alert
            type="error"
            showIcon
            data-testid="auto-backup-failed"
            title={fill(text.autoFailed, { when: when(autoFailure.at), error: autoFailure.error })}
          />
        )}
        {!platform.autoBackups && backupReminderDue() && (count ?? 0) > 0 && (
          <Alert
            type="warning"
            showIcon
            title={last ? fill(text.reminderLast, { when: when(last) }) : text.reminderNever}
            description={text.reminderBrowser}
          />
        )}
        <Card title={text.exportTitle} size="small">
          <Typography.Paragraph>{fill(text.exportIntro, { n: count ?? '…' })}</Typography.Paragraph>
          <Button type="primary" loading={busy} disabled={!count} onClick={() => void exportAll()}>
            {t('backup.export')}
          </Button>
        </Card>
        <Card title={text.restoreTitle} size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button onClick={() => void chooseFile()}>{t('backup.restore')}…</Button>
            {error && (
              <Alert
                type="error"
                showIcon
                title={text.cannotRestore}
                description={error}
                data-testid="restore-error"
              />
            )}
            {pending && (
              <>
                <Descriptions size="small" bordered column={1}>
                  <Descriptions.Item label={text.backupFile}>{pending.name}</Descriptions.Item>
                  <Descriptions.Item label={text.backupTime}>
                    {when(Date.parse(pending.createdAt))}
                  </Descriptions.Item>
                  <Descriptions.Item label={text.draftCount}>{pending.draftCount}</Descriptions.Item>
                </Descriptions>
                <Radio.Group
                  value={conflict}
                  onChange={(e) => setConflict(e.target.value as 'keep-both' | 'replace')}
                >
                  <Space direction="vertical">
                    <Radio value="keep-both">{text.keepBoth}</Radio>
                    <Radio value="replace">{text.replace}</Radio>
                  </Space>
                </Radio.Group>
                <Button type="primary" loading={busy} onClick={() => void restore()}>
                  {text.startRestore}
                </Button>
              </>
            )}
            {report && (
              <Alert
                type="success"
                showIcon
                title={fill(text.restored, { n: report.drafts.length })}
                description={joinList(
                  report.drafts.map((d) => d.title),
                  lang,
                )}
                data-testid="restore-report"
              />
            )}
          </Space>
        </Card>
        {platform.autoBackups && (
          <Card title={text.autoTitle} size="small">
            <List
              size="small"
              dataSource={autoFiles}
              locale={{ emptyText: text.autoEmpty }}
              renderItem={(f) => (
                <List.Item>
                  {f.name} · {(f.size / 1024 / 1024).toFixed(1)} MB · {when(Date.parse(f.at))}
                </List.Item>
              )}
            />
          </Card>
        )}
      </Space>
    </>
  );
}
