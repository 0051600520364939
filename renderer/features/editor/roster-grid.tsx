import { Button, Space, Tooltip, Typography, message } from 'antd';
import {
  CompressOutlined,
  DeleteOutlined,
  ExpandOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  ImportOutlined,
  PlusOutlined,
  SnippetsOutlined,
} from '@ant-design/icons';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Finding } from '../../../shared/policy/types';
import type { FieldMeta, ProgramId } from '../../../shared/schemas';
import { useServices } from '../../app/services';
import { newId } from '../../db';
import { parseClipboard } from '../../import/delimited';
import { importRoster, type RowIssue } from '../../import/roster-import';
import { rosterColumns, type RosterColumn } from '../../../shared/office/roster-columns';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { importRowSchema, tableRowSchema } from './cell-values';
import { DataGrid, type GridTarget } from './grid/data-grid';
import { gridColumns } from './grid/grid-columns';
import './grid/grid.css';
import { ImportIssues } from './import-issues';
import type { RosterFile } from './read-roster-file';
import { readRosterFileOffThread } from '../../workers/read-roster-off-thread';
import { RosterImportDialog, type ImportOutcome } from './roster-import-dialog';
import { rosterMessages } from './roster-messages';
import type { CellDraft } from './edit-journal';
import type { TableRow } from './use-draft-editor';
import { errorText } from '../../i18n/error-text';
import { exportMessages } from '../../export/export-messages';

interface Props {
  program: ProgramId;
  /** `data.interns` */
  tableKey: string;
  meta: FieldMeta;
  columns: [string, FieldMeta][];
  rows: TableRow[];
  findings: Map<string, Finding[]>;
  onChange: (rows: TableRow[]) => void;
  /**
   * Keeps the stored draft as a 导入前 revision; an import, or a paste of several rows, waits for it and is not
   * written when it fails.
   */
  beforeImport: () => Promise<void>;
  lang: 'zh' | 'en';
  /** The cell a clicked finding points at, when it is in this roster. */
  target: GridTarget | null;
  /** Journals the text typed into one of this roster's cells before it is committed (null when it ends). */
  onCellDraft: (table: string, cell: CellDraft | null) => void;
  /** A cell a closed page was typing into, opened again with its text. */
  openCell: CellDraft | null;
  /** Rosters take the editor's whole width (the checks column folds away), so wide ones fit at 1280 px. */
  wide: boolean;
  onToggleWide: () => void;
  wideLabel: string;
  /** 申报单位, named above the header of an exported roster. */
  applicant: string;
  /** More toolbar buttons (导入发票 on an investment list). */
  toolbarExtra?: ReactNode;
}

const colKey = (full: string) => full.slice(full.lastIndexOf('.') + 1);

/** A roster as a spreadsheet-like grid: typing, add, delete, sort, paste from Excel, import, template. */
export const RosterGrid = memo(function RosterGrid(props: Props) {
  const { platform } = useServices();
  const { text } = useFeatureText(rosterMessages);
  const exportText = useFeatureText(exportMessages).text;
  const { rows, onChange, columns, lang } = props;
  const short = props.tableKey.replace(/^data\./, '');
  const label = props.meta.label[lang];
  const [selected, setSelected] = useState<string[]>([]);
  const [issues, setIssues] = useState<RowIssue[] | null>(null);
  // The file being mapped in the dialog; its id remounts the dialog fresh for each file.
  const [pending, setPending] = useState<{ id: string; file: RosterFile } | null>(null);

  // The columns the template, the import and the Excel export share, so an export re-imports unchanged.
  const importColumns: RosterColumn[] = useMemo(() => rosterColumns(columns), [columns]);
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

  const acceptPaste = async (sheet: string[][]) => {
    const result = importRoster({ rows: sheet, columns: importColumns, rowSchema });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    // Several rows at once are undone from 修改历史 as an import is; one row is an ordinary edit.
    if (result.rows.length > 1) {
      try {
        await props.beforeImport();
      } catch (e) {
        void message.error(errorText(e, lang));
        return;
      }
    }
    addImported(result.rows);
  };

  const importFile = async () => {
    const file = await platform
      .pickFile([{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }])
      .catch((e: unknown) => void message.error(errorText(e, lang), 8));
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
    void acceptPaste(hasHeader ? cells : [header, ...cells]);
  };

  const downloadTemplate = async () => {
    // exceljs (about 1 MB) loads with the first template or .xlsx import, not with the editor.
    const { buildRosterTemplate } = await import('../../import/xlsx-template');
    const bytes = await buildRosterTemplate(label, importColumns);
    await platform.saveFile(fill(text.templateFile, { label }), bytes, [
      { name: 'Excel', extensions: ['xlsx'] },
    ]);
  };

  const exportRoster = async () => {
    try {
      // exceljs loads with the first export, as with the template.
      const { buildRosterWorkbook } = await import('../../../shared/office/xlsx-roster');
      const table = { key: props.tableKey, field: short, label: props.meta.label, columns: importColumns };
      const bytes = await buildRosterWorkbook(table, rows, { applicant: props.applicant });
      const name = fill(exportText.rosterFile, { label });
      if (await platform.saveFile(name, bytes, [{ name: exportText.excelFilter, extensions: ['xlsx'] }]))
        void message.success(fill(exportText.exported, { name }));
    } catch (e) {
      void message.error(fill(exportText.failed, { error: errorText(e, lang) }));
    }
  };

  const grid = useMemo(() => gridColumns(typedColumns, rows, lang), [typedColumns, rows, lang]);
  const { findings, tableKey } = props;
  const findingsAt = useCallback(
    (row: number, key: string) => findings.get(`${tableKey}.${row}.${key}`) ?? [],
    [findings, tableKey],
  );
  const setCell = (index: number, key: string, value: unknown) =>
    onChange(rows.map((r, i) => (i === index ? withValue(r, key, value) : r)));
  const { onCellDraft } = props;
  const onDraft = useCallback(
    (cell: { row: number; col: string; text: string } | null) =>
      onCellDraft(short, cell && { table: short, rowId: rows[cell.row]?._rowId, ...cell }),
    [onCellDraft, short, rows],
  );

  return (
    <div
      className="roster-grid"
      onPaste={(e) => {
        // Typing into a cell pastes there; elsewhere in the grid a paste adds rows, as from Excel.
        if ((e.target as HTMLElement).closest('.rg-input-editing, .rg-select-wrap')) return;
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
        {props.toolbarExtra}
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
          {text.template}
        </Button>
        <Button icon={<FileExcelOutlined />} disabled={rows.length === 0} onClick={() => void exportRoster()}>
          {exportText.exportRoster}
        </Button>
        <Tooltip title={props.wideLabel}>
          <Button
            className="roster-wide-toggle"
            icon={props.wide ? <CompressOutlined /> : <ExpandOutlined />}
            aria-label={props.wideLabel}
            aria-pressed={props.wide}
            onClick={props.onToggleWide}
          />
        </Tooltip>
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
      <DataGrid
        label={label}
        rows={rows}
        columns={grid}
        lang={lang}
        indexTitle={text.index}
        emptyText={text.empty}
        findingsAt={findingsAt}
        cellMessage={(row, column, message) => fill(text.issueCell, { row, column, message })}
        selected={selected}
        onSelect={setSelected}
        onCellChange={setCell}
        target={props.target}
        onDraft={onDraft}
        restore={props.openCell}
      />
    </div>
  );
});

/** The row with one value set; an emptied cell drops its key, as an import leaves it out. */
function withValue(row: TableRow, key: string, value: unknown): TableRow {
  const next = { ...row };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
