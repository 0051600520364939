import { Button, Card, Empty, Space } from 'antd';
import { PageHeader } from '../../components/page-header';

/** 备份与恢复: export drafts to one file and bring them back. */
export function BackupPage() {
  return (
    <>
      <PageHeader
        title="备份与恢复"
        description="把全部或选中的草稿连同附件导出为一个备份文件，换电脑或重装后可完整恢复。"
      />
      <Card>
        <Empty description="还没有可备份的草稿">
          <Space>
            <Button disabled>导出备份</Button>
            <Button disabled>从备份恢复</Button>
          </Space>
        </Empty>
      </Card>
    </>
  );
}
