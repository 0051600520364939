import { Card, Empty } from 'antd';
import { PageHeader } from '../../components/page-header';

/** 政策库: the policy documents, their clauses and programs. */
export function PoliciesPage() {
  return (
    <>
      <PageHeader title="政策库" description="各地职业教育补贴政策原文、条款与可申报项目。" />
      <Card>
        <Empty description="暂无政策文件" />
      </Card>
    </>
  );
}
