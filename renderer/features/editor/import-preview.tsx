import { Table, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { FieldMeta } from '../../../shared/schemas';
import { cellsByKey, dataRows, toKeyIndex, type ColumnAssignment } from '../../import/column-mapping';
import type { RowIssue } from '../../import/roster-import';
import { fill } from '../../i18n/feature-text';
import { displayValue } from './cell-values';
import type { RosterText } from './roster-messages';

const PREVIEW_ROWS = 5;

interface PreviewRow {
  row: number;
  shown: Record<string, string>;
}

interface Props {
  rows: readonly (readonly string[])[];
  /** The header's row (0: none); rows above it are not data. */
  headerRow: number;
  assignment: ColumnAssignment;
  fields: readonly [string, FieldMeta][];
  /** Turns a row's cells into the typed row, so the preview shows values as the grid will. */
  rowSchema: z.ZodType<Record<string, unknown>>;
  /** Issues of the rows, to mark the cells they are about. */
  issues: readonly RowIssue[];
  /** Sheet rows whose identifier the roster or an earlier row already has: marked 重复. */
  duplicateRows: ReadonlySet<number>;
  text: RosterText;
  lang: 'zh' | 'en';
}

/**
 * The first rows under the roster's own column titles as they will be imported (2025/9/1 → 2025-09-01);
 * a row that does not parse shows its cells as written, the ones with a problem marked.
 */
export function ImportPreview(props: Props) {
  const { text, lang } = props;
  const mapping = toKeyIndex(props.assignment);
  const mapped = props.fields.filter(([key]) => mapping[key] !== undefined);
  const bad = new Set(props.issues.map((i) => `${i.row}:${i.key ?? ''}`));
  const keys = props.fields.map(([key]) => key);
  const rows = dataRows(props.rows, props.headerRow)
    .slice(0, PREVIEW_ROWS)
    .map((r) => {
      const raw = cellsByKey(r.cells, mapping, keys);
      const parsed = props.rowSchema.safeParse(raw);
      const shown: Record<string, string> = {};
      for (const [key, meta] of mapped) {
        shown[key] = parsed.success ? displayValue(meta, parsed.data[key], lang) : (raw[key] ?? '');
      }
      return { row: r.row, shown };
    });
  const columns = [
    {
      title: text.previewRow,
      key: '_row',
      width: props.duplicateRows.size > 0 ? 104 : 64,
      render: (_: unknown, r: PreviewRow) =>
        props.duplicateRows.has(r.row) ? (
          <span className="preview-duplicate">
            {r.row} <Tag color="warning">{text.dupMark}</Tag>
          </span>
        ) : (
          r.row
        ),
    },
    ...mapped.map(([key, meta]) => ({
      title: meta.label[lang],
      key,
      width: meta.input === 'resident-id' ? 180 : 120,
      render: (_: unknown, r: PreviewRow) => (
        <span className={bad.has(`${r.row}:${key}`) ? 'preview-cell-error' : undefined}>{r.shown[key]}</span>
      ),
    })),
  ];
  return (
    <div className="import-preview">
      <Typography.Text strong>{fill(text.previewTitle, { n: rows.length })}</Typography.Text>
      <Table<PreviewRow>
        size="small"
        bordered
        pagination={false}
        rowKey="row"
        dataSource={rows}
        columns={columns}
        scroll={{ x: columns.reduce((sum, c) => sum + c.width, 0) }}
      />
    </div>
  );
}
