import { Button, Card, Descriptions, Radio, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageHeader } from '../../components/page-header';
import { setLanguage, type Language } from '../../i18n';
import { useServices } from '../../app/services';
import type { PersistenceReport } from '../../db';
import { TypefaceChoice } from './typeface-choice';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Whether the browser promised to keep the data, and how much is used of what is allowed. */
function describeStorage(r: PersistenceReport, t: TFunction): string {
  const kept = r.persisted ? t('settings.persistent') : t('settings.notPersistent');
  const used =
    r.usageBytes !== null && r.quotaBytes !== null
      ? t('settings.usage', { used: mb(r.usageBytes), quota: mb(r.quotaBytes) })
      : '';
  return kept + used;
}

/** 设置: where the app runs, the interface language, the form's typeface, and a diagnostics file for support. */
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
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [environment, setEnvironment] = useState<string | null>(null);
  useEffect(() => {
    platform
      .describe(lang)
      .then(setEnvironment, (e: unknown) => setEnvironment(t('settings.readFailed', { error: String(e) })));
  }, [platform, t, lang]);

  const exportDiagnostics = async () => {
    const text = JSON.stringify({ app: 'GrantDesk', environment, at: new Date().toISOString() }, null, 2);
    const saved = await platform.saveFile(t('settings.diagnosticsFile'), new TextEncoder().encode(text), [
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
            <span data-testid="storage">{storage ? describeStorage(storage, t) : t('settings.reading')}</span>
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
          <Descriptions.Item label={t('settings.typeface')}>
            <TypefaceChoice />
          </Descriptions.Item>
        </Descriptions>
        <Button style={{ marginTop: 16 }} onClick={() => void exportDiagnostics()}>
          {t('settings.exportDiagnostics')}
        </Button>
      </Card>
    </>
  );
}
