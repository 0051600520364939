import { Alert, Button, Card, Descriptions, List, Radio, Space, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupFile } from '../../../shared/ipc';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { countDrafts } from '../../db';
import { exportBackup, readBackup, restoreBackup, type RestoreReport } from '../../backup';
import { APP_VERSION } from '../../../shared/app-version';
import { backupReminderDue, lastBackupDownload, rememberBackupDownload } from './daily-backup';
import { validateStoredDraftData } from './stored-data-validator';

interface Pending {
  name: string;
  bytes: Uint8Array;
  createdAt: string;
  draftCount: number;
}

const when = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

/** 备份与恢复: export drafts to one file, restore them checked entry by entry, automatic backups. */
export function BackupPage() {
  const { t } = useTranslation();
  const { db, platform } = useServices();
  const [count, setCount] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [conflict, setConflict] = useState<'keep-both' | 'replace'>('keep-both');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [autoFiles, setAutoFiles] = useState<AutoBackupFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

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
      const file = await exportBackup(db, { appVersion: APP_VERSION });
      if (
        await platform.saveFile(file.fileName, file.blob, [{ name: 'GrantDesk 备份', extensions: ['zip'] }])
      ) {
        rememberBackupDownload();
        void message.success(`已导出 ${file.draftCount} 份申报、${file.attachmentCount} 个附件`);
      }
      for (const w of file.warnings) void message.warning(w);
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async () => {
    setError(null);
    setReport(null);
    const file = await platform.pickFile([{ name: 'GrantDesk 备份', extensions: ['zip'] }]);
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
      setError(`「${file.name}」：${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await restoreBackup(db, pending.bytes, {
        onConflict: conflict,
        validateDraftData: validateStoredDraftData,
      });
      setReport(result);
      setPending(null);
      setVersion((v) => v + 1);
      void message.success(`已恢复 ${result.drafts.length} 份申报`);
    } catch (e) {
      setError(`「${pending.name}」：${e instanceof Error ? e.message : String(e)}（数据库未做任何修改）`);
    } finally {
      setBusy(false);
    }
  };

  const last = lastBackupDownload();
  return (
    <>
      <PageHeader title={t('nav.backup')} description={t('backup.description')} />
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {!platform.autoBackups && backupReminderDue() && (count ?? 0) > 0 && (
          <Alert
            type="warning"
            showIcon
            title={last ? `上次下载备份是 ${when(last)}，已超过一周` : '还没有下载过备份'}
            description="浏览器版不能自动把备份写到磁盘上：请定期导出备份，保存到 U 盘或网盘。"
          />
        )}
        <Card title="导出备份" size="small">
          <Typography.Paragraph>
            把本机全部 {count ?? '…'} 份申报连同花名册、附件和修改历史导出为一个 .zip
            文件。文件中的每一项都带有校验值，恢复时会逐项核对。
          </Typography.Paragraph>
          <Button type="primary" loading={busy} disabled={!count} onClick={() => void exportAll()}>
            {t('backup.export')}
          </Button>
        </Card>
        <Card title="从备份恢复" size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button onClick={() => void chooseFile()}>{t('backup.restore')}…</Button>
            {error && (
              <Alert type="error" showIcon title="无法恢复" description={error} data-testid="restore-error" />
            )}
            {pending && (
              <>
                <Descriptions size="small" bordered column={1}>
                  <Descriptions.Item label="备份文件">{pending.name}</Descriptions.Item>
                  <Descriptions.Item label="备份时间">
                    {when(Date.parse(pending.createdAt))}
                  </Descriptions.Item>
                  <Descriptions.Item label="申报份数">{pending.draftCount}</Descriptions.Item>
                </Descriptions>
                <Radio.Group
                  value={conflict}
                  onChange={(e) => setConflict(e.target.value as 'keep-both' | 'replace')}
                >
                  <Space direction="vertical">
                    <Radio value="keep-both">
                      本机已有同一份申报时：两份都保留（恢复的一份标题后加“（恢复）”）
                    </Radio>
                    <Radio value="replace">
                      本机已有同一份申报时：用备份替换（替换前的内容保存在修改历史中）
                    </Radio>
                  </Space>
                </Radio.Group>
                <Button type="primary" loading={busy} onClick={() => void restore()}>
                  开始恢复
                </Button>
              </>
            )}
            {report && (
              <Alert
                type="success"
                showIcon
                title={`已恢复 ${report.drafts.length} 份申报`}
                description={report.drafts.map((d) => d.title).join('、')}
                data-testid="restore-report"
              />
            )}
          </Space>
        </Card>
        {platform.autoBackups && (
          <Card title="自动备份（保留最近 7 天）" size="small">
            <List
              size="small"
              dataSource={autoFiles}
              locale={{ emptyText: '还没有自动备份：每天第一次打开程序时自动生成' }}
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
