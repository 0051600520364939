import { Button, Card, Select, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { renderBlankFillable } from '../../../shared/forms';
import { getPack, getProgram, listOfferings } from '../../../shared/policy/registry';
import { formTemplate } from '../../../templates';
import { useServices } from '../../app/services';
import { formFont } from '../../pdf/form-font';
import { safeName } from '../../pdf/print-draft';

const OFFERINGS = listOfferings().map((o) => ({
  value: `${o.policy}/${o.program}`,
  label: `${getPack(o.policy)?.docNumber ?? o.policy} · ${getProgram(o.policy, o.program)?.title.zh ?? o.program}`,
}));

/** A blank fillable version of any program's form, for offices that fill forms by hand or in a PDF viewer. */
export function BlankFormCard() {
  const { platform } = useServices();
  const [choice, setChoice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    const [policy = '', program = ''] = (choice ?? '').split('/');
    const pack = getPack(policy);
    const definition = getProgram(policy, program as Parameters<typeof formTemplate>[0]);
    if (!pack || !definition) return;
    setBusy(true);
    try {
      const blank = await renderBlankFillable(
        formTemplate(definition.id),
        { pack, program: definition },
        { regular: await formFont() },
      );
      const name = `${safeName(`${pack.region.name}${definition.title.zh}申报表（空白可填写）`)}.pdf`;
      await platform.saveFile(name, blank.bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
      void message.success(`已生成空白可填写表格：${blank.fieldNames.length} 个字段`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="空白可填写表格">
      <Typography.Paragraph type="secondary">
        为任一项目生成本程序的空白申报表（带可填写字段），可在 PDF 阅读器中填写或打印后手写。
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          aria-label="项目"
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder="选择政策文件与项目"
          value={choice}
          onChange={setChoice}
          options={OFFERINGS}
        />
        <Button disabled={!choice} loading={busy} onClick={() => void download()}>
          下载空白表格
        </Button>
      </Space.Compact>
    </Card>
  );
}
