import { Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Typeface } from '../../../shared/pdf';
import { savedTypeface, saveTypeface } from '../../pdf/typeface-setting';

/** 申报表字体: 现代（黑体） or 公文（宋体正文、黑体标题）, remembered on this computer for every print. */
export function TypefaceChoice() {
  const { t } = useTranslation();
  const [typeface, setTypeface] = useState<Typeface>(savedTypeface);
  return (
    <>
      <Radio.Group
        value={typeface}
        onChange={(e) => {
          const chosen = e.target.value as Typeface;
          saveTypeface(chosen);
          setTypeface(chosen);
        }}
        options={[
          { value: 'sans', label: t('settings.typefaceSans') },
          { value: 'serif', label: t('settings.typefaceSerif') },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('settings.typefaceHelp')}
      </Typography.Paragraph>
    </>
  );
}
