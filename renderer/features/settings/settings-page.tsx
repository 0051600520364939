import { Button, Card, Descriptions, Radio, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { setLanguage, type Language } from '../../i18n';
import { useServices } from '../../app/services';

/** 设置: where the app runs, the interface language, and a diagnostics file for support. */
export function SettingsPage() {
  const { platform } = useServices();
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
