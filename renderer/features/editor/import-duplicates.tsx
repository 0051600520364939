import { Alert, Radio } from 'antd';
import { useMemo } from 'react';
import type { DataRow } from '../../import/column-mapping';
import type { ImportColumn } from '../../import/columns';
import {
  findDuplicates,
  mergeImport,
  rosterKeyField,
  type DuplicateChoice,
  type MergedImport,
} from '../../import/import-duplicates';
import { fill } from '../../i18n/feature-text';
import type { RosterText } from './roster-messages';

type Row = Record<string, unknown>;

interface MergeInput {
  /** `dual-teacher-team:teachers`, which decides the identifier. */
  roster: string;
  columns: readonly ImportColumn[];
  /** The rows the import goes next to (none when it replaces the roster). */
  existing: readonly Row[];
  /** The file's parsed rows, or null while it does not import. */
  incoming: readonly Row[] | null;
  /** The file's data rows, one per incoming row, for the sheet row numbers. */
  body: readonly DataRow[];
  choice: DuplicateChoice;
}

interface SheetDuplicates {
  /** Sheet row numbers of rows whose identifier the roster holds / an earlier row of the file has. */
  inRoster: number[];
  inFile: number[];
  /** Both, for marking the preview. */
  marked: ReadonlySet<number>;
}

/** The roster's identifier, the file's duplicate rows by sheet row number, and the roster after the import. */
export function useImportMerge(input: MergeInput): {
  keyField: string | null;
  duplicates: SheetDuplicates;
  merged: MergedImport<Row> | null;
} {
  const { roster, columns, existing, incoming, body, choice } = input;
  const keyField = useMemo(
    () =>
      rosterKeyField(
        roster,
        columns.map((c) => c.key),
      ),
    [roster, columns],
  );
  const duplicates = useMemo((): SheetDuplicates => {
    const found = incoming ? findDuplicates(existing, incoming, keyField) : { inRoster: [], inFile: [] };
    const sheetRow = (i: number) => body[i]?.row ?? 0;
    const inRoster = found.inRoster.map(sheetRow);
    const inFile = found.inFile.map(sheetRow);
    return { inRoster, inFile, marked: new Set([...inRoster, ...inFile]) };
  }, [existing, incoming, keyField, body]);
  const merged = useMemo(
    () => (incoming ? mergeImport(existing, incoming, keyField, choice) : null),
    [existing, incoming, keyField, choice],
  );
  return { keyField, duplicates, merged };
}

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
