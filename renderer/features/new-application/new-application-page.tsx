import { Card, Empty, Steps } from 'antd';
import { PageHeader } from '../../components/page-header';

/** 新建申报: policy → program → applicant. */
export function NewApplicationPage() {
  return (
    <>
      <PageHeader title="新建申报" description="先选择适用的政策文件，再选择申报项目和申报单位。" />
      <Card>
        <Steps current={0} items={[{ title: '选择政策' }, { title: '选择项目' }, { title: '申报单位' }]} />
        <Empty style={{ marginTop: 32 }} description="政策库中还没有可申报的政策文件" />
      </Card>
    </>
  );
}
