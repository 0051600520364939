import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** 政策库: the policy documents, their clauses and programs. */
export function PoliciesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.policies')} description={t('policies.description')} />
      <Card>
        <Empty description={t('policies.empty')} />
      </Card>
    </>
  );
}
