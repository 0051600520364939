import { Button, Card, Descriptions, Radio, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { setLanguage, type Language } from '../../i18n';
import { useServices } from '../../app/services';
import type { PersistenceReport } from '../../db';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Whether the browser promised to keep the data, and how much is used of what is allowed. */
function describeStorage(r: PersistenceReport): string {
  const kept = r.persisted
    ? '持久存储（磁盘空间不足时浏览器也不会清除）'
    : '非持久存储：磁盘空间不足时浏览器可能清除数据，请定期备份';
  const used =
    r.usageBytes !== null && r.quotaBytes !== null
      ? `；已用 ${mb(r.usageBytes)}，上限 ${mb(r.quotaBytes)}`
      : '';
  return kept + used;
}

/** 设置: where the app runs, the interface language, and a diagnostics file for support. */
export function SettingsPage() {
  const { platform, persistence } = useServices();
  const [storage, setStorage] = useState<PersistenceReport | null>(null);
  useEffect(() => {
    let live = true;
    persistence.then(
      (r) => live && setStorage(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [persistence]);
  const { t, i18n } = useTranslation();
  const [environment, setEnvironment] = useState<string | null>(null);
  useEffect(() => {
    platform
      .describe()
      .then(setEnvironment, (e: unknown) => setEnvironment(t('settings.readFailed', { error: String(e) })));
  }, [platform, t]);

  const exportDiagnostics = async () => {
    const text = JSON.stringify({ app: 'GrantDesk', environment, at: new Date().toISOString() }, null, 2);
    const saved = await platform.saveFile('grantdesk-诊断信息.json', new TextEncoder().encode(text), [
      { name: 'JSON', extensions: ['json'] },
    ]);
    if (saved) void message.success(t('settings.exported'));
  };

  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('settings.description')} />
      <Card>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('settings.environment')}>
            <span data-testid="environment">{environment ?? t('settings.reading')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.storage')}>
            <span data-testid="storage">{storage ? describeStorage(storage) : t('settings.reading')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.language')}>
            <Radio.Group
              value={i18n.language}
              onChange={(e) => void setLanguage(e.target.value as Language)}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Descriptions.Item>
        </Descriptions>
        <Button style={{ marginTop: 16 }} onClick={() => void exportDiagnostics()}>
          {t('settings.exportDiagnostics')}
        </Button>
      </Card>
    </>
  );
}
