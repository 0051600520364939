import { Button, Card, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** 备份与恢复: export drafts to one file and bring them back. */
export function BackupPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.backup')} description={t('backup.description')} />
      <Card>
        <Empty description={t('backup.empty')}>
          <Space>
            <Button disabled>{t('backup.export')}</Button>
            <Button disabled>{t('backup.restore')}</Button>
          </Space>
        </Empty>
      </Card>
    </>
  );
}
