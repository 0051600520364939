import { Alert, Button, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { draftFieldMeta, type ProgramId } from '../../../shared/schemas';
import { fill, joinList, useFeatureText, type Lang } from '../../i18n/feature-text';
import { conflictMessages, type ConflictText } from './conflict-messages';
import { unitValue } from './draft-units';
import type { DraftConflict, DraftEditor } from './use-draft-editor';

function unitLabel(program: string, unit: string, text: ConflictText, lang: Lang): string {
  if (unit === 'title') return text.fieldTitle;
  if (unit === 'attachments') return text.fieldAttachments;
  return draftFieldMeta(program as ProgramId)[unit]?.label[lang] ?? unit;
}

/** A value short enough for one line: a table by its row count, long text cut. */
function shown(value: unknown, text: ConflictText): string {
  if (Array.isArray(value)) return fill(text.rows, { n: value.length });
  if (value === undefined || value === null || value === '') return text.empty;
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/**
 * 「此申报已在另一个窗口中修改」: what each window changed, a choice for every field both changed, and
 * the two ways on: keep mine (laid over theirs) or load theirs. Nothing is saved until the user chooses.
 */
export function ConflictNotice(props: { editor: DraftEditor }) {
  const conflict = props.editor.conflict;
  // A new conflict starts with no choices made.
  return conflict ? (
    <Notice key={conflict.theirsRow.updatedAt} editor={props.editor} conflict={conflict} />
  ) : null;
}

function Notice(props: { editor: DraftEditor; conflict: DraftConflict }) {
  const { editor, conflict } = props;
  const { text, lang } = useFeatureText(conflictMessages);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>({});
  const program = editor.draft.program;
  const label = (u: string) => unitLabel(program, u, text, lang);
  const list = (units: string[]) => (units.length ? joinList(units.map(label), lang) : text.nothing);
  const { clashes } = conflict.units;
  // What the other window saved is shown with its values: the form here still shows the old ones.
  const theirList = conflict.units.theirs.length
    ? joinList(
        conflict.units.theirs.map((u) =>
          fill(text.fieldValue, { field: label(u), value: shown(unitValue(conflict.theirs, u), text) }),
        ),
        lang,
      )
    : text.nothing;
  const mine = { draft: editor.draft, title: editor.row.title };
  const undecided = clashes.some((u) => choice[u] === undefined);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-notice"
      className="editor-warning"
      title={text.title}
      description={
        <Space orientation="vertical" size={4}>
          <span>{fill(text.theirChanges, { fields: theirList })}</span>
          <span>{fill(text.myChanges, { fields: list(conflict.units.mine) })}</span>
          {clashes.length > 0 && <span>{text.clashIntro}</span>}
          {clashes.map((u) => (
            <Space key={u} wrap>
              <Typography.Text strong>{label(u)}</Typography.Text>
              <Radio.Group
                aria-label={label(u)}
                value={choice[u]}
                onChange={(e) => setChoice((c) => ({ ...c, [u]: e.target.value as 'mine' | 'theirs' }))}
                options={[
                  { value: 'mine', label: fill(text.mine, { value: shown(unitValue(mine, u), text) }) },
                  {
                    value: 'theirs',
                    label: fill(text.theirs, { value: shown(unitValue(conflict.theirs, u), text) }),
                  },
                ]}
              />
            </Space>
          ))}
          <Typography.Text type="secondary">{text.keepHint}</Typography.Text>
          <Space>
            <Button
              type="primary"
              disabled={undecided}
              onClick={() => editor.keepMine(clashes.filter((u) => choice[u] === 'theirs'))}
            >
              {text.keepMine}
            </Button>
            <Button onClick={editor.loadTheirs}>{text.loadTheirs}</Button>
          </Space>
        </Space>
      }
    />
  );
}
