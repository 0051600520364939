import { Alert } from 'antd';
import type { DataRow } from '../../import/column-mapping';
import type { RowIssue } from '../../import/roster-import';
import { fill } from '../../i18n/feature-text';
import { issueLine, type RosterText } from './roster-messages';

/** How much of the footer's first line names it in the note: 制表人：张三…. */
const FOOTER_QUOTE = 10;

/** 「表尾 3 行（制表人：张三…）不导入」: the lines under the table, skipped and said so. */
export function FooterSkipped(props: { footer: readonly DataRow[]; text: RosterText }) {
  if (props.footer.length === 0) return null;
  const first = (props.footer[0]?.cells ?? []).find((c) => c.trim() !== '')?.trim() ?? '';
  return (
    <Alert
      type="info"
      showIcon
      className="import-footer-skipped"
      title={fill(props.text.footerSkipped, { n: props.footer.length, first: first.slice(0, FOOTER_QUOTE) })}
    />
  );
}

/** More than this many lines is a wrong mapping or a wrong file, not something to read line by line. */
const SHOWN = 50;

interface Props {
  issues: readonly RowIssue[];
  title: string;
  text: RosterText;
  /** What the user does about it, under the list. */
  hint?: string;
  onClose?: () => void;
}

/** The per-row error report of a refused import: 第 N 行「列」：message, one per line. */
export function ImportIssues(props: Props) {
  const { issues, text } = props;
  return (
    <Alert
      type="error"
      showIcon
      className="import-issues-alert"
      closable={props.onClose ? { onClose: props.onClose } : false}
      title={props.title}
      description={
        <>
          <ul className="import-issues">
            {issues.slice(0, SHOWN).map((i) => (
              <li key={`${i.row}-${i.key ?? i.column ?? ''}-${i.message}`}>{issueLine(text, i)}</li>
            ))}
          </ul>
          {issues.length > SHOWN && <div>{fill(text.moreIssues, { n: issues.length - SHOWN })}</div>}
          {props.hint && <div className="import-issues-hint">{props.hint}</div>}
        </>
      }
    />
  );
}
