import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** 政策匹配: every program under every pack for one applicant profile. */
export function EligibilityPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.eligibility')} description={t('eligibility.description')} />
      <Card>
        <Empty description="请先填写申报单位情况" />
      </Card>
    </>
  );
}
