import { Typography } from 'antd';
import type { AutosaveState } from '../../db';
import { fill, formatTime, useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';
import { conflictMessages } from './conflict-messages';

/** 已保存 / 保存中 / 保存失败 / 另一个窗口已修改, with the time: the user always knows whether the work is safe. */
export function SaveState(props: { state: AutosaveState }) {
  const { status, lastSavedAt, errorMessage, errorMessageEn } = props.state;
  const { text, lang } = useFeatureText(messages);
  const conflictText = useFeatureText(conflictMessages).text;
  if (status === 'conflict') {
    return (
      <Typography.Text type="danger" data-testid="save-state">
        {conflictText.status}
      </Typography.Text>
    );
  }
  if (status === 'error') {
    return (
      <Typography.Text type="danger" data-testid="save-state" role="alert">
        {fill(text.saveFailed, { error: (lang === 'en' ? errorMessageEn : errorMessage) ?? '' })}
      </Typography.Text>
    );
  }
  const shown =
    status === 'saving' || status === 'dirty'
      ? text.saving
      : lastSavedAt
        ? fill(text.savedAt, { time: formatTime(lastSavedAt, lang) })
        : text.saved;
  return (
    <Typography.Text type="secondary" data-testid="save-state" aria-live="polite">
      {shown}
    </Typography.Text>
  );
}
