import { Button, Card, Empty } from 'antd';
import { PageHeader } from '../../components/page-header';

/** 申报草稿: every draft the user is working on. */
export function DraftsPage() {
  return (
    <>
      <PageHeader title="申报草稿" description="正在起草、待打印和已提交的申报都在这里，自动保存在本机。" />
      <Card>
        <Empty description="还没有申报草稿">
          <Button type="primary" href="#/new">
            新建申报
          </Button>
        </Empty>
      </Card>
    </>
  );
}
