import type { FeatureMessages } from '../i18n/feature-text';

const zh = {
  recoveredTitle: '页面意外关闭，已重新载入',
  recoveredBody:
    '已保存的内容没有丢失：草稿保存在本机，最后一次修改已从恢复记录中找回。请核对最后几秒的输入。',
};

export const startMessages: FeatureMessages<typeof zh> = {
  zh,
  en: {
    recoveredTitle: 'The page closed unexpectedly and was reloaded',
    recoveredBody:
      'Nothing saved was lost: drafts are kept on this computer and the last edit was replayed from the journal. Check the last few seconds of typing.',
  },
};
