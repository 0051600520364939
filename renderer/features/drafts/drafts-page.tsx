import { Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** 申报草稿: every draft the user is working on. */
export function DraftsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.drafts')} description={t('drafts.description')} />
      <Card>
        <Empty description={t('drafts.empty')}>
          <Button type="primary" href="#/new">
            {t('drafts.create')}
          </Button>
        </Empty>
      </Card>
    </>
  );
}
