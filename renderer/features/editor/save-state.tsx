import { Typography } from 'antd';
import type { AutosaveState } from '../../db';

const time = (ms: number) => new Date(ms).toLocaleTimeString('zh-CN', { hour12: false });

/** 已保存 / 保存中 / 保存失败, with the time: the user always knows whether the work is safe. */
export function SaveState(props: { state: AutosaveState }) {
  const { status, lastSavedAt, errorMessage } = props.state;
  if (status === 'error') {
    return (
      <Typography.Text type="danger" data-testid="save-state" role="alert">
        保存失败：{errorMessage}
      </Typography.Text>
    );
  }
  const text =
    status === 'saving' || status === 'dirty'
      ? '保存中…'
      : lastSavedAt
        ? `已保存 ${time(lastSavedAt)}`
        : '已保存';
  return (
    <Typography.Text type="secondary" data-testid="save-state" aria-live="polite">
      {text}
    </Typography.Text>
  );
}
