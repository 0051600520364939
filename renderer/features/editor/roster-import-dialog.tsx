import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Radio, Select, Space, Typography, message } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { FieldMeta } from '../../../shared/schemas';
import {
  checkAssignment,
  headerCandidates,
  headerCells,
  proposeMapping,
  remapForHeader,
  tableBody,
  toKeyIndex,
  usedColumns,
  type SavedLookup,
} from '../../import/column-mapping';
import { chooseSheet } from '../../import/choose-sheet';
import type { ImportColumn } from '../../import/columns';
import type { DuplicateChoice, MergedImport } from '../../import/import-duplicates';
import { importRoster } from '../../import/roster-import';
import { loadColumnMapping, saveColumnMapping } from '../../import/saved-column-mappings';
import { errorText } from '../../i18n/error-text';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { ColumnMappingTable } from './column-mapping-table';
import { ImportDuplicates, useImportMerge } from './import-duplicates';
import { FooterSkipped, ImportIssues } from './import-issues';
import { ImportPreview } from './import-preview';
import type { RosterFile } from './read-roster-file';
import { rosterMessages } from './roster-messages';
import './roster-import.css';

export type ImportMode = 'append' | 'replace';

type Row = Record<string, unknown>;

/** What 导入 does: the whole roster after it, and what became of the file's rows. */
export interface ImportOutcome extends MergedImport<Row> {
  mode: ImportMode;
}

interface Props {
  file: RosterFile;
  /** Which roster, for the saved mappings: `internship:interns`. */
  roster: string;
  fields: readonly [string, FieldMeta][];
  columns: readonly ImportColumn[];
  rowSchema: z.ZodType<Row>;
  /** The roster's rows now, for the duplicate check and the merge. */
  existing: readonly Row[];
  /** Writes the roster (after keeping a 导入前 revision); a rejection leaves the dialog open. */
  onImport: (outcome: ImportOutcome) => Promise<void>;
  onCancel: () => void;
}

const ENCODING_NAMES = { 'utf-8': 'UTF-8', gb18030: 'GBK' } as const;
const NO_ROWS: readonly Row[] = [];

/**
 * 导入名单: map the file's columns to the roster's fields, see the rows and every problem, then import
 * all or nothing. A workbook of several sheets (the 申报汇总表) opens on the sheet whose header names
 * the roster's columns, and the user may pick another: the dialog starts again on that sheet.
 */
export function RosterImportDialog(props: Props) {
  const { text, lang } = useFeatureText(rosterMessages);
  const sheets = props.file.sheets ?? [];
  const [sheet, setSheet] = useState(() => chooseSheet(sheets, props.columns));
  const chosen = sheets.length > 1 ? sheets[sheet] : undefined;
  const rows = chosen?.rows ?? props.file.rows;
  const longNumbers = chosen ? chosen.longNumbers : props.file.longNumbers;
  const saved: SavedLookup = (cells) => loadColumnMapping(localStorage, props.roster, cells, props.columns);
  const [initial] = useState(() => proposeMapping(rows, props.columns, saved));
  const [headerRow, setHeaderRow] = useState(initial.headerRow);
  const [assignment, setAssignment] = useState(initial.assignment);
  const [restored, setRestored] = useState(initial.restored);
  const [mode, setMode] = useState<ImportMode>('append');
  const [duplicateChoice, setDuplicateChoice] = useState<DuplicateChoice>('skip');
  const [busy, setBusy] = useState(false);
  const header = useMemo(() => headerCells(rows, headerRow), [rows, headerRow]);

  const columnName = useCallback(
    (index: number) => (header[index] ?? '').trim() || fill(text.columnN, { n: index + 1 }),
    [header, text.columnN],
  );
  // Another sheet is another table: its header found and its columns matched afresh.
  const chooseSheetAt = (index: number) => {
    const proposed = proposeMapping(sheets[index]!.rows, props.columns, saved);
    setSheet(index);
    setHeaderRow(proposed.headerRow);
    setAssignment(proposed.assignment);
    setRestored(proposed.restored);
    setDuplicateChoice('skip');
  };
  const chooseHeaderRow = (next: number) => {
    const remapped = remapForHeader(rows, props.columns, next, saved, assignment);
    setHeaderRow(next);
    setAssignment(remapped.assignment);
    setRestored(remapped.restored);
  };
  const labelOf = (key: string) => props.fields.find(([k]) => k === key)?.[1].label[lang] ?? key;
  const problems = checkAssignment(assignment, props.columns);
  const clashing = new Set(problems.duplicates.flatMap((d) => d.columns));
  const mappingOk = problems.missing.length === 0 && problems.duplicates.length === 0;
  const body = useMemo(() => tableBody(rows, headerRow), [rows, headerRow]);
  const dataCount = body.data.length;

  // Rows are checked only under a complete mapping: otherwise every row would repeat the mapping's problem.
  const result = useMemo(() => {
    if (!mappingOk || dataCount === 0) return null;
    return importRoster({
      rows,
      columns: props.columns,
      rowSchema: props.rowSchema,
      mapping: toKeyIndex(assignment),
      headerRow,
      columnName,
      longNumbers,
      skipFooter: true,
    });
  }, [
    mappingOk,
    dataCount,
    rows,
    headerRow,
    assignment,
    columnName,
    props.columns,
    props.rowSchema,
    longNumbers,
  ]);

  // A mapping is kept as soon as it is made, so a refused file fixed in Excel comes back mapped.
  const assign = (index: number, key: string | null) => {
    const next = assignment.map((k, i) => (i === index ? key : k));
    setAssignment(next);
    if (headerRow === 0 || checkAssignment(next, props.columns).duplicates.length > 0) return;
    if (!saveColumnMapping(localStorage, props.roster, header, next)) void message.warning(text.saveFailed);
  };

  const { keyField, duplicates, merged } = useImportMerge({
    roster: props.roster,
    columns: props.columns,
    existing: mode === 'replace' ? NO_ROWS : props.existing,
    incoming: result?.ok ? result.rows : null,
    body: body.data,
    choice: duplicateChoice,
  });
  const importing = merged ? merged.added + merged.replaced : 0;

  const confirm = async () => {
    if (!merged || busy) return;
    if (headerRow > 0 && !saveColumnMapping(localStorage, props.roster, header, assignment)) {
      void message.warning(text.saveFailed);
    }
    setBusy(true);
    try {
      await props.onImport({ ...merged, mode });
    } catch (e) {
      void message.error(fill(text.revisionFailed, { error: errorText(e, lang) }));
      setBusy(false);
    }
  };

  const encoding = props.file.encoding
    ? ` · ${fill(text.encoding, { encoding: ENCODING_NAMES[props.file.encoding] })}`
    : '';
  const above = headerRow > 1 ? ` · ${fill(text.aboveHeader, { n: headerRow - 1 })}` : '';
  const columnIndexes = usedColumns(rows);
  const canImport = result?.ok === true;
  return (
    <Modal
      open
      centered
      rootClassName="roster-import-dialog"
      width={980}
      // Title and footer stay in view; the body scrolls, so 导入 and its state are always visible.
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' } }}
      title={fill(text.dialogTitle, { name: props.file.name })}
      onCancel={props.onCancel}
      mask={{ closable: false }}
      footer={
        <div className="import-footer">
          {canImport && props.existing.length > 0 ? (
            <span className="import-mode">
              {fill(text.mode, { n: props.existing.length })}
              <Radio.Group
                value={mode}
                onChange={(e) => setMode(e.target.value as ImportMode)}
                options={[
                  { value: 'append', label: text.append },
                  { value: 'replace', label: text.replace },
                ]}
              />
            </span>
          ) : (
            <span />
          )}
          <Space>
            <Button onClick={props.onCancel}>{text.cancel}</Button>
            <Button type="primary" disabled={!canImport} loading={busy} onClick={() => void confirm()}>
              {canImport ? fill(text.confirm, { n: importing }) : text.confirmIdle}
            </Button>
          </Space>
        </div>
      }
    >
      <div className="import-file-line">
        <Space size="middle" wrap>
          <Typography.Text type="secondary">
            {fill(text.fileSummary, { rows: dataCount, columns: columnIndexes.length }) + encoding + above}
          </Typography.Text>
          {restored && (
            <Typography.Text type="success">
              <CheckCircleOutlined /> <span className="mapping-restored">{text.restored}</span>
            </Typography.Text>
          )}
        </Space>
        {chosen && (
          <label className="import-sheet">
            <span>{text.sheet}</span>
            <Select
              className="sheet-select"
              aria-label={text.sheet}
              value={sheet}
              popupMatchSelectWidth={false}
              onChange={chooseSheetAt}
              options={sheets.map((s, i) => ({ value: i, label: s.name }))}
            />
          </label>
        )}
        <label className="import-header-row">
          <span>{text.headerRow}</span>
          <Select
            className="header-row-select"
            aria-label={text.headerRow}
            value={headerRow}
            popupMatchSelectWidth={false}
            onChange={chooseHeaderRow}
            options={[
              { value: 0, label: text.noHeader },
              ...headerCandidates(rows).map((n) => ({ value: n, label: fill(text.rowN, { n }) })),
            ]}
          />
        </label>
      </div>
      {problems.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="mapping-missing"
          title={fill(text.missing, { fields: problems.missing.map(labelOf).join(text.listSeparator) })}
        />
      )}
      {problems.duplicates.map((d) => (
        <Alert
          key={d.key}
          type="warning"
          showIcon
          className="mapping-duplicate"
          title={fill(text.duplicate, {
            columns: d.columns.map(columnName).join(text.listSeparator),
            field: labelOf(d.key),
          })}
        />
      ))}
      <FooterSkipped footer={body.footer} text={text} />
      {dataCount === 0 && <Alert type="error" showIcon title={text.noData} />}
      {result && !result.ok && (
        <ImportIssues
          issues={result.issues}
          title={fill(text.issuesTitle, { n: result.issues.length })}
          hint={text.issuesHint}
          text={text}
        />
      )}
      {result?.ok && <Alert type="success" showIcon title={fill(text.clean, { n: result.rows.length })} />}
      {keyField !== null && duplicates.marked.size > 0 && (
        <ImportDuplicates
          field={labelOf(keyField)}
          inRoster={duplicates.inRoster}
          inFile={duplicates.inFile}
          choice={duplicateChoice}
          onChoose={setDuplicateChoice}
          text={text}
        />
      )}
      <ColumnMappingTable
        rows={rows}
        columnIndexes={columnIndexes}
        headerRow={headerRow}
        assignment={assignment}
        clashing={clashing}
        fields={props.fields}
        columnName={columnName}
        onAssign={assign}
        text={text}
        lang={lang}
      />
      {dataCount > 0 && (
        <ImportPreview
          rows={rows}
          headerRow={headerRow}
          assignment={assignment}
          fields={props.fields}
          rowSchema={props.rowSchema}
          issues={result && !result.ok ? result.issues : []}
          duplicateRows={duplicates.marked}
          text={text}
          lang={lang}
        />
      )}
    </Modal>
  );
}
