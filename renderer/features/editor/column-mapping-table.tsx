import { Select, Table, Typography } from 'antd';
import type { FieldMeta } from '../../../shared/schemas';
import { columnLetter, columnSamples, type ColumnAssignment } from '../../import/column-mapping';
import type { RosterText } from './roster-messages';

interface Props {
  rows: readonly (readonly string[])[];
  /** Indexes of the file's columns that hold anything. */
  columnIndexes: readonly number[];
  /** The header's row (0: none); rows above it are not data. */
  headerRow: number;
  assignment: ColumnAssignment;
  /** Columns that share a field with another column: shown in error. */
  clashing: ReadonlySet<number>;
  fields: readonly [string, FieldMeta][];
  columnName: (index: number) => string;
  onAssign: (index: number, key: string | null) => void;
  text: RosterText;
  lang: 'zh' | 'en';
}

interface Line {
  index: number;
  name: string;
  samples: string[];
}

/** antd Select wants a value for 不导入; no field key is empty. */
const IGNORE = '';

/** One line per column of the file: its name, its first values, and the roster field it goes into. */
export function ColumnMappingTable(props: Props) {
  const { text, lang } = props;
  const options = [
    { value: IGNORE, label: text.ignore },
    ...props.fields.map(([key, meta]) => ({
      value: key,
      label: meta.label[lang] + (meta.required ? ' *' : ''),
    })),
  ];
  const lines: Line[] = props.columnIndexes.map((index) => ({
    index,
    name: props.columnName(index),
    samples: columnSamples(props.rows, index, props.headerRow),
  }));
  return (
    <Table<Line>
      className="column-mapping-table"
      size="small"
      bordered
      pagination={false}
      rowKey="index"
      dataSource={lines}
      scroll={lines.length > 8 ? { y: 300 } : undefined}
      columns={[
        {
          title: text.colFile,
          key: 'name',
          width: 220,
          render: (_: unknown, line: Line) => (
            <span className="column-mapping-name" data-column={line.name}>
              <Typography.Text type="secondary" className="column-letter">
                {columnLetter(line.index)}
              </Typography.Text>
              {line.name}
            </span>
          ),
        },
        {
          title: text.colSample,
          key: 'samples',
          ellipsis: true,
          render: (_: unknown, line: Line) =>
            line.samples.length > 0 ? (
              line.samples.join(text.sampleSeparator)
            ) : (
              <Typography.Text type="secondary">{text.noSample}</Typography.Text>
            ),
        },
        {
          title: text.colField,
          key: 'field',
          width: 260,
          render: (_: unknown, line: Line) => (
            <Select
              className="column-mapping-select"
              aria-label={`${line.name} ${text.colField}`}
              value={props.assignment[line.index] ?? IGNORE}
              status={props.clashing.has(line.index) ? 'error' : undefined}
              options={options}
              onChange={(value: string) => props.onAssign(line.index, value === IGNORE ? null : value)}
            />
          ),
        },
      ]}
    />
  );
}
