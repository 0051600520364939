import { Button, Space, Table, Tooltip, Typography, message } from 'antd';
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
import { importRoster, type RowIssue } from '../../import/roster-import';
import type { ImportColumn } from '../../import/columns';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { importRowSchema, tableRowSchema, displayValue } from './cell-values';
import { FieldInput } from './field-input';
import { ImportIssues } from './import-issues';
import type { RosterFile } from './read-roster-file';
import { readRosterFileOffThread } from '../../workers/read-roster-off-thread';
import { RosterImportDialog, type ImportOutcome } from './roster-import-dialog';
import { rosterMessages } from './roster-messages';
import type { TableRow } from './use-draft-editor';
import { errorText } from '../../i18n/error-text';

interface Props {
  program: ProgramId;
  /** `data.interns` */
  tableKey: string;
  meta: FieldMeta;
  columns: [string, FieldMeta][];
  rows: TableRow[];
  findings: Map<string, Finding[]>;
  onChange: (rows: TableRow[]) => void;
  /** Keeps the stored draft as a 导入前 revision; an import waits for it and is not written when it fails. */
  beforeImport: () => Promise<void>;
  lang: 'zh' | 'en';
}

/** Numeric widths everywhere: a virtual table lines its header up with its body only with them. */
const SELECTION_WIDTH = 40;

const colKey = (full: string) => full.slice(full.lastIndexOf('.') + 1);

/** A roster as a virtualised grid: inline editing, add, delete, sort, paste from Excel, import, template. */
export const RosterGrid = memo(function RosterGrid(props: Props) {
  const { platform } = useServices();
  const { text } = useFeatureText(rosterMessages);
  const { rows, onChange, columns, lang } = props;
  const short = props.tableKey.replace(/^data\./, '');
  const label = props.meta.label[lang];
  const [editing, setEditing] = useState<{ row: string; col: string } | null>(null);
  const [selected, setSelected] = useState<React.Key[]>([]);
  const [issues, setIssues] = useState<RowIssue[] | null>(null);
  // The file being mapped in the dialog; its id remounts the dialog fresh for each file.
  const [pending, setPending] = useState<{ id: string; file: RosterFile } | null>(null);

  const importColumns: ImportColumn[] = useMemo(
    () =>
      columns.map(([k, m]) => ({
        key: colKey(k),
        label: m.label.zh,
        labelEn: m.label.en,
        required: m.required,
        identifier: m.input === 'resident-id' || /idNumber|certificateNumber|invoiceNumber/.test(k),
      })),
    [columns],
  );
  const typedColumns = useMemo(() => columns.map(([k, m]): [string, FieldMeta] => [colKey(k), m]), [columns]);
  const rowSchema = useMemo(
    () => importRowSchema(typedColumns, tableRowSchema(props.program, short)),
    [typedColumns, props.program, short],
  );

  const withIds = (list: Record<string, unknown>[]) => list.map((r) => ({ ...r, _rowId: newId() }));

  const addImported = (imported: Record<string, unknown>[]) => {
    setIssues(null);
    onChange([...rows, ...withIds(imported)]);
    void message.success(fill(text.imported, { n: imported.length }));
  };

  const importOutcome = async (outcome: ImportOutcome) => {
    await props.beforeImport();
    setIssues(null);
    setPending(null);
    onChange(outcome.rows.map((r) => (r['_rowId'] ? r : { ...r, _rowId: newId() })));
    const { added, replaced, skipped } = outcome;
    if (replaced + skipped > 0)
      void message.success(fill(text.importedDuplicates, { added, replaced, skipped }));
    else void message.success(fill(outcome.mode === 'replace' ? text.replaced : text.imported, { n: added }));
  };

  const acceptPaste = (sheet: string[][]) => {
    const result = importRoster({ rows: sheet, columns: importColumns, rowSchema });
    if (result.ok) addImported(result.rows);
    else setIssues(result.issues);
  };

  const importFile = async () => {
    const file = await platform.pickFile([{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }]);
    if (!file) return;
    try {
      setPending({ id: newId(), file: await readRosterFileOffThread(file) });
      setIssues(null);
    } catch (e) {
      const error = errorText(e, lang);
      setIssues([{ row: 1, message: fill(text.unreadable, { name: file.name, error }) }]);
    }
  };

  const pasteFromExcel = async () => {
    // The desktop app refuses every permission, clipboard-read included: there the button is the Ctrl+V hint.
    if (platform.kind === 'electron') {
      void message.info(text.pasteKeysHint);
      return;
    }
    let clipboard = '';
    try {
      clipboard = await navigator.clipboard.readText();
    } catch {
      void message.info(text.clipboardFailed);
      return;
    }
    pasteText(clipboard);
  };
  const pasteText = (clipboard: string) => {
    let cells: string[][];
    try {
      cells = parseClipboard(clipboard);
    } catch (e) {
      void message.error(errorText(e, lang));
      return;
    }
    if (cells.length === 0) return;
    const header = importColumns.map((c) => c.label);
    // With a header row it maps by name; without, columns are taken in the grid's order.
    const first = cells[0] ?? [];
    const hasHeader = first.some((c) => header.includes(c.replace(/\*$/, '')));
    acceptPaste(hasHeader ? cells : [header, ...cells]);
  };

  const downloadTemplate = async () => {
    // exceljs (about 1 MB) loads with the first template or .xlsx import, not with the editor.
    const { buildRosterTemplate } = await import('../../import/xlsx-template');
    const bytes = await buildRosterTemplate(label, importColumns);
    await platform.saveFile(fill(text.templateFile, { label }), bytes, [
      { name: 'Excel', extensions: ['xlsx'] },
    ]);
  };

  const tableColumns = [
    {
      title: text.index,
      key: '_index',
      width: 56,
      render: (_: unknown, row: TableRow) => rows.indexOf(row) + 1,
    },
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
            <Tooltip
              title={cellFindings
                .map((f) => (lang === 'en' ? f.messageEn : f.message))
                .join(lang === 'en' ? '; ' : '；')}
            >
              {content}
            </Tooltip>
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
        <Typography.Text type="secondary">{fill(text.rowCount, { n: rows.length })}</Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, { _rowId: newId() }])}>
          {text.addRow}
        </Button>
        <Button
          icon={<DeleteOutlined />}
          disabled={selected.length === 0}
          onClick={() => {
            onChange(rows.filter((r) => !selected.includes(r._rowId ?? '')));
            setSelected([]);
          }}
        >
          {text.deleteSelected}
        </Button>
        <Button icon={<SnippetsOutlined />} onClick={() => void pasteFromExcel()}>
          {platform.kind === 'electron' ? text.pasteKeys : text.paste}
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => void importFile()}>
          {text.importFile}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
          {text.template}
        </Button>
      </Space>
      {issues && (
        <ImportIssues
          issues={issues}
          title={fill(text.pasteRefused, { n: issues.length })}
          text={text}
          onClose={() => setIssues(null)}
        />
      )}
      {pending && (
        <RosterImportDialog
          key={pending.id}
          file={pending.file}
          roster={`${props.program}:${short}`}
          fields={typedColumns}
          columns={importColumns}
          rowSchema={rowSchema}
          existing={rows}
          onImport={importOutcome}
          onCancel={() => setPending(null)}
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
        locale={{ emptyText: text.empty }}
      />
    </div>
  );
});
