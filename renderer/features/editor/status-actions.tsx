import { Button, Dropdown, Tag, message } from 'antd';
import { changeDraftStatus, nextStatuses, STATUS_LABELS, type DraftRow, type DraftStatus } from '../../db';
import { useServices } from '../../app/services';
import { revisionLabels } from './revision-labels';

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
      void message.success(`状态已改为「${STATUS_LABELS[to]}」`);
      props.onChanged();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <Tag color={COLORS[props.row.status]} data-testid="draft-status">
        {STATUS_LABELS[props.row.status]}
      </Tag>
      {next.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: next.map((s) => ({
              key: s,
              label: `改为「${STATUS_LABELS[s]}」`,
              disabled: s === 'ready' && props.hasErrors,
            })),
            onClick: ({ key }) => void change(key as DraftStatus),
          }}
        >
          <Button size="small">更改状态</Button>
        </Dropdown>
      )}
    </>
  );
}
