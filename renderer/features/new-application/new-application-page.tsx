import { Card, Empty, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** 新建申报: policy → program → applicant. */
export function NewApplicationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.new')} description={t('newApp.description')} />
      <Card>
        <Steps
          current={0}
          items={[
            { title: t('newApp.stepPolicy') },
            { title: t('newApp.stepProgram') },
            { title: t('newApp.stepApplicant') },
          ]}
        />
        <Empty style={{ marginTop: 32 }} description={t('newApp.empty')} />
      </Card>
    </>
  );
}
