import { Alert, Button, Space, Table, Tooltip, Typography, message } from 'antd';
import {
  DeleteOutlined,
  DownloadOutlined,
  ImportOutlined,
  PlusOutlined,
  SnippetsOutlined,
} from '@ant-design/icons';
import { memo, useMemo, useState } from 'react';
import type { Finding } from '../../../shared/policy/types';
import type { FieldMeta, ProgramId } from '../../../shared/schemas';
import { useServices } from '../../app/services';
import { newId } from '../../db';
import { parseClipboard } from '../../import/delimited';
import { describeIssue, importRoster, type RowIssue } from '../../import/roster-import';
import type { ImportColumn } from '../../import/columns';
import { buildRosterTemplate } from '../../import/xlsx-template';
import { importRowSchema, tableRowSchema, displayValue } from './cell-values';
import { FieldInput } from './field-input';
import { readRosterFile } from './read-roster-file';
import type { TableRow } from './use-draft-editor';

interface Props {
  program: ProgramId;
  /** `data.interns` */
  tableKey: string;
  meta: FieldMeta;
  columns: [string, FieldMeta][];
  rows: TableRow[];
  findings: Map<string, Finding[]>;
  onChange: (rows: TableRow[]) => void;
  lang: 'zh' | 'en';
}

/** Numeric widths everywhere: a virtual table lines its header up with its body only with them. */
const SELECTION_WIDTH = 40;

const colKey = (full: string) => full.slice(full.lastIndexOf('.') + 1);

/** A roster as a virtualised grid: inline editing, add, delete, sort, paste from Excel, import, template. */
export const RosterGrid = memo(function RosterGrid(props: Props) {
  const { platform } = useServices();
  const { rows, onChange, columns, lang } = props;
  const short = props.tableKey.replace(/^data\./, '');
  const label = props.meta.label[lang];
  const [editing, setEditing] = useState<{ row: string; col: string } | null>(null);
  const [selected, setSelected] = useState<React.Key[]>([]);
  const [issues, setIssues] = useState<RowIssue[] | null>(null);

  const importColumns: ImportColumn[] = useMemo(
    () =>
      columns.map(([k, m]) => ({
        key: colKey(k),
        label: m.label.zh,
        required: m.required,
        identifier: m.input === 'resident-id' || /idNumber|certificateNumber|invoiceNumber/.test(k),
      })),
    [columns],
  );
  const typedColumns = useMemo(() => columns.map(([k, m]): [string, FieldMeta] => [colKey(k), m]), [columns]);

  const withIds = (list: Record<string, unknown>[]) => list.map((r) => ({ ...r, _rowId: newId() }));

  const acceptImport = (sheet: string[][], longNumbers?: { row: number; column: number }[]) => {
    const rowSchema = importRowSchema(typedColumns, tableRowSchema(props.program, short));
    const result = importRoster({ rows: sheet, columns: importColumns, rowSchema, longNumbers });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues(null);
    onChange([...rows, ...withIds(result.rows)]);
    void message.success(`已导入 ${result.rows.length} 行`);
  };

  const importFile = async () => {
    const file = await platform.pickFile([{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }]);
    if (!file) return;
    try {
      const sheet = await readRosterFile(file);
      acceptImport(sheet.rows, sheet.longNumbers);
    } catch (e) {
      setIssues([
        { row: 1, message: `文件「${file.name}」无法读取：${e instanceof Error ? e.message : String(e)}` },
      ]);
    }
  };

  const pasteFromExcel = async () => {
    let text = '';
    try {
      text = await navigator.clipboard.readText();
    } catch {
      void message.error('无法读取剪贴板：请在表格中按 Ctrl+V 粘贴');
      return;
    }
    pasteText(text);
  };
  const pasteText = (text: string) => {
    const cells = parseClipboard(text);
    if (cells.length === 0) return;
    const header = importColumns.map((c) => c.label);
    // With a header row it maps by name; without, columns are taken in the grid's order.
    const first = cells[0] ?? [];
    const hasHeader = first.some((c) => header.includes(c.replace(/\*$/, '')));
    acceptImport(hasHeader ? cells : [header, ...cells]);
  };

  const downloadTemplate = async () => {
    const bytes = await buildRosterTemplate(label, importColumns);
    await platform.saveFile(`${label}模板.xlsx`, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
  };

  const tableColumns = [
    { title: '序号', key: '_index', width: 56, render: (_: unknown, row: TableRow) => rows.indexOf(row) + 1 },
    ...columns.map(([full, meta]) => {
      const key = colKey(full);
      return {
        title: meta.label[lang] + (meta.required ? ' *' : ''),
        key,
        dataIndex: key,
        width: meta.input === 'resident-id' ? 190 : meta.input === 'date' ? 140 : 130,
        sorter: (a: TableRow, b: TableRow) =>
          displayValue(meta, a[key], lang).localeCompare(displayValue(meta, b[key], lang), 'zh-CN'),
        render: (_: unknown, row: TableRow) => {
          // Findings point at the row's place in the roster, not in the (maybe sorted) view.
          const index = rows.indexOf(row);
          const cellFindings = props.findings.get(`${props.tableKey}.${index}.${key}`) ?? [];
          const isEditing = editing !== null && editing.row === row._rowId && editing.col === key;
          if (isEditing) {
            return (
              <div
                onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setEditing(null)}
                onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
              >
                <FieldInput
                  id={`${short}-${index}-${key}`}
                  meta={meta}
                  lang={lang}
                  autoFocus
                  value={row[key]}
                  onChange={(v) =>
                    onChange(rows.map((r) => (r._rowId === row._rowId ? { ...r, [key]: v } : r)))
                  }
                />
              </div>
            );
          }
          const text = displayValue(meta, row[key], lang);
          const content = (
            <div
              className={`grid-cell${cellFindings.length ? ' grid-cell-error' : ''}`}
              role="button"
              tabIndex={0}
              onClick={() => setEditing({ row: row._rowId ?? '', col: key })}
              onKeyDown={(e) => e.key === 'Enter' && setEditing({ row: row._rowId ?? '', col: key })}
            >
              {text || '\u00a0'}
            </div>
          );
          return cellFindings.length ? (
            <Tooltip title={cellFindings.map((f) => f.message).join('；')}>{content}</Tooltip>
          ) : (
            content
          );
        },
      };
    }),
  ];

  return (
    <div
      className="roster-grid"
      onPaste={(e) => {
        if (editing) return;
        e.preventDefault();
        pasteText(e.clipboardData.getData('text'));
      }}
    >
      <Space className="roster-toolbar" wrap>
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type="secondary">共 {rows.length} 行</Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, { _rowId: newId() }])}>
          添加一行
        </Button>
        <Button
          icon={<DeleteOutlined />}
          disabled={selected.length === 0}
          onClick={() => {
            onChange(rows.filter((r) => !selected.includes(r._rowId ?? '')));
            setSelected([]);
          }}
        >
          删除所选
        </Button>
        <Button icon={<SnippetsOutlined />} onClick={() => void pasteFromExcel()}>
          从 Excel 粘贴
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => void importFile()}>
          导入 Excel/CSV
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
          下载模板
        </Button>
      </Space>
      {issues && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setIssues(null)}
          title={`导入未完成：发现 ${issues.length} 处问题，未写入任何数据`}
          description={
            <ul className="import-issues">
              {issues.slice(0, 50).map((i) => (
                <li key={`${i.row}-${i.column ?? ''}-${i.message}`}>{describeIssue(i)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<TableRow>
        size="small"
        bordered
        virtual
        rowKey={(r) => r._rowId ?? ''}
        scroll={{ x: SELECTION_WIDTH + tableColumns.reduce((sum, c) => sum + c.width, 0), y: 360 }}
        pagination={false}
        columns={tableColumns}
        dataSource={rows}
        rowSelection={{ selectedRowKeys: selected, onChange: setSelected, columnWidth: SELECTION_WIDTH }}
        locale={{ emptyText: '还没有数据：添加一行，或从 Excel 粘贴/导入' }}
      />
    </div>
  );
});
