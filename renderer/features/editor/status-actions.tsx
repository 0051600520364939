import { Button, Dropdown, Tag, message } from 'antd';
import { changeDraftStatus, nextStatuses, type DraftRow, type DraftStatus } from '../../db';
import { useServices } from '../../app/services';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { statusMessages } from '../../i18n/status-messages';
import { messages } from './messages';
import { revisionLabels } from './revision-labels';
import { errorText } from '../../i18n/error-text';

const COLORS: Record<DraftStatus, string> = {
  draft: 'default',
  ready: 'blue',
  printed: 'cyan',
  submitted: 'purple',
  approved: 'green',
  rejected: 'red',
};

/** The draft's status and the changes allowed from it; 待打印 only when the checks found no error. */
export function StatusActions(props: {
  row: DraftRow;
  hasErrors: boolean;
  onChanged: () => void;
  beforeChange: () => Promise<boolean>;
}) {
  const { db } = useServices();
  const { text, lang } = useFeatureText(messages);
  const statusText = useFeatureText(statusMessages).text;
  const next = nextStatuses(props.row.status);
  const change = async (to: DraftStatus) => {
    await props.beforeChange();
    try {
      await changeDraftStatus(
        db,
        props.row.id,
        to,
        { hasErrors: props.hasErrors },
        { labels: revisionLabels(props.row.program) },
      );
      void message.success(fill(text.statusChanged, { status: statusText[to] }));
      props.onChanged();
    } catch (e) {
      void message.error(errorText(e, lang));
    }
  };
  return (
    <>
      <Tag color={COLORS[props.row.status]} data-testid="draft-status">
        {statusText[props.row.status]}
      </Tag>
      {next.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: next.map((s) => ({
              key: s,
              label: fill(text.changeTo, { status: statusText[s] }),
              disabled: s === 'ready' && props.hasErrors,
            })),
            onClick: ({ key }) => void change(key as DraftStatus),
          }}
        >
          <Button size="small">{text.changeStatus}</Button>
        </Dropdown>
      )}
    </>
  );
}
