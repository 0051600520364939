import { Button, Card, Descriptions, message } from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import type { Platform } from '../../platform';

/** 设置: where the app runs and a diagnostics file for support. */
export function SettingsPage(props: { platform: Platform }) {
  const { platform } = props;
  const [environment, setEnvironment] = useState('正在读取…');
  useEffect(() => {
    platform.describe().then(setEnvironment, (e: unknown) => setEnvironment(`读取失败：${String(e)}`));
  }, [platform]);

  const exportDiagnostics = async () => {
    const text = JSON.stringify({ app: 'GrantDesk', environment, at: new Date().toISOString() }, null, 2);
    const saved = await platform.saveFile('grantdesk-诊断信息.json', new TextEncoder().encode(text), [
      { name: 'JSON 文件', extensions: ['json'] },
    ]);
    if (saved) void message.success('诊断信息已导出');
  };

  return (
    <>
      <PageHeader title="设置" description="运行环境与数据存储。" />
      <Card>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="运行环境">
            <span data-testid="environment">{environment}</span>
          </Descriptions.Item>
        </Descriptions>
        <Button style={{ marginTop: 16 }} onClick={() => void exportDiagnostics()}>
          导出诊断信息
        </Button>
      </Card>
    </>
  );
}
