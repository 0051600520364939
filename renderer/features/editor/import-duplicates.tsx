import { Alert, Radio } from 'antd';
import type { DuplicateChoice } from '../../import/import-duplicates';
import { fill } from '../../i18n/feature-text';
import type { RosterText } from './roster-messages';

interface Props {
  /** The identifier's label in the interface language: 身份证号, 发票号码. */
  field: string;
  /** Sheet row numbers of rows whose identifier the roster holds, and of rows repeating an earlier one. */
  inRoster: readonly number[];
  inFile: readonly number[];
  choice: DuplicateChoice;
  onChoose: (choice: DuplicateChoice) => void;
  text: RosterText;
}

/** How many rows repeat an identifier, which ones, and the choice of 跳过重复 / 替换已有 / 仍然添加. */
export function ImportDuplicates(props: Props) {
  const { text, field } = props;
  const part = (template: string, rows: readonly number[]) =>
    rows.length === 0 ? [] : [fill(template, { n: rows.length, field, rows: rows.join(text.listSeparator) })];
  const lines = [...part(text.dupInRoster, props.inRoster), ...part(text.dupInFile, props.inFile)];
  return (
    <Alert
      type="warning"
      showIcon
      className="import-duplicates"
      title={
        <ul className="import-duplicates-lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
      description={
        <span className="import-duplicates-choice">
          {text.dupChoice}
          <Radio.Group
            value={props.choice}
            onChange={(e) => props.onChoose(e.target.value as DuplicateChoice)}
            options={[
              { value: 'skip', label: text.dupSkip },
              { value: 'replace', label: text.dupReplace },
              { value: 'add', label: text.dupAdd },
            ]}
          />
        </span>
      }
    />
  );
}
