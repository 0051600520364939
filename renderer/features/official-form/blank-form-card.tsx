import { Button, Card, Select, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { renderBlankFillable } from '../../../shared/forms';
import { getPack, getProgram, listOfferings } from '../../../shared/policy/registry';
import { formTemplate } from '../../../templates';
import { useServices } from '../../app/services';
import { formFonts } from '../../pdf/form-font';
import { savedTypeface } from '../../pdf/typeface-setting';
import { safeName } from '../../pdf/print-draft';
import { fill, useFeatureText, type Lang } from '../../i18n/feature-text';
import { messages } from './messages';

const offerings = (lang: Lang) =>
  listOfferings().map((o) => ({
    value: `${o.policy}/${o.program}`,
    label: `${getPack(o.policy)?.docNumber ?? o.policy} · ${getProgram(o.policy, o.program)?.title[lang] ?? o.program}`,
  }));
const OFFERINGS = { zh: offerings('zh'), en: offerings('en') };

/** A blank fillable version of any program's form, for offices that fill forms by hand or in a PDF viewer. */
export function BlankFormCard() {
  const { platform } = useServices();
  const { text, lang } = useFeatureText(messages);
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
        // The look chosen in 设置 → 申报表字体, as for the printed form.
        await formFonts(savedTypeface()),
      );
      const name = `${safeName(fill(text.blankFileName, { region: pack.region.name, program: definition.title[lang] }))}.pdf`;
      await platform.saveFile(name, blank.bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
      void message.success(fill(text.blankDone, { n: blank.fieldNames.length }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={text.blankTitle}>
      <Typography.Paragraph type="secondary">{text.blankIntro}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          aria-label={text.blankProgram}
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          placeholder={text.blankPlaceholder}
          value={choice}
          onChange={setChoice}
          options={OFFERINGS[lang]}
        />
        <Button disabled={!choice} loading={busy} onClick={() => void download()}>
          {text.blankDownload}
        </Button>
      </Space.Compact>
    </Card>
  );
}
