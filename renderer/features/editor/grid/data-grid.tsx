import { Checkbox } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Finding } from '../../../../shared/policy/types';
import { displayValue, parseCell } from '../cell-values';
import { CellSelect, CellText, isPicked, type Editing } from './cell-editors';
import { ARROWS, cellStyle, gridWidth, ROW_HEIGHT, type GridColumn } from './grid-columns';
import { GridHeader, type GridSort } from './grid-header';
import { keepInView } from './keep-in-view';
import { useCellJournal, type CellText as TypedCell } from './use-cell-journal';

type Row = Record<string, unknown> & { _rowId?: string };

/** A place a finding points at: a row of the roster (its stored index) and maybe a column. */
export interface GridTarget {
  row: number;
  col?: string;
  /** Bumped on every click, so a second click on the same finding goes there again. */
  seq: number;
}

interface Props {
  label: string;
  rows: Row[];
  columns: GridColumn[];
  lang: 'zh' | 'en';
  indexTitle: string;
  emptyText: string;
  /** The findings of one cell, by its stored row index and column key. */
  findingsAt: (row: number, key: string) => Finding[];
  /** `第 {row} 行「{column}」：{message}` in the interface language. */
  cellMessage: (row: number, column: string, message: string) => string;
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
  onCellChange: (row: number, key: string, value: unknown) => void;
  target: GridTarget | null;
  /** Told the text being typed into a cell on each keystroke, and null when the edit ends. */
  onDraft?: (draft: TypedCell | null) => void;
  /** A cell to open for editing with its text (a closed page's text that did not read); `rowId` finds its row. */
  restore?: (TypedCell & { rowId?: string }) | null;
}

/** Rows drawn beyond the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 6;

/** A roster as a spreadsheet: one scroll box (header and body move together), virtual rows, Excel's keys. */
export function DataGrid(props: Props) {
  const { rows, columns, lang } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [sort, setSort] = useState<GridSort | null>(null);
  const [focus, setFocus] = useState<{ row: number; col: number } | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [flash, setFlash] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 480 });
  const [seenTarget, setSeenTarget] = useState(0);
  const [seenRestore, setSeenRestore] = useState<Props['restore']>(null);
  // A reopened cell is below the fold of a freshly opened editor: the page scrolls to it once.
  const [reveal, setReveal] = useState(0);

  // The view's order of stored row indices (sorted by a header, or as stored).
  const order = useMemo(() => {
    const indices = rows.map((_, i) => i);
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column) return indices;
    const texts = rows.map((r) => displayValue(column.meta, r[sort.key], lang));
    return indices.sort((a, b) => sort.dir * (texts[a] ?? '').localeCompare(texts[b] ?? '', 'zh-CN'));
  }, [rows, columns, sort, lang]);

  // A finding clicked in the checks panel: focus its cell (adjusted while rendering, not in an effect).
  if (props.target && props.target.seq !== seenTarget) {
    setSeenTarget(props.target.seq);
    const row = order.indexOf(props.target.row);
    const col = Math.max(
      0,
      columns.findIndex((c) => c.key === props.target?.col),
    );
    if (row >= 0) {
      setFocus({ row, col });
      setEditing(null);
      setFlash(true);
      setFocusRequest((n) => n + 1);
    }
  }

  // A closed page's cell text that did not read: the cell opens with it and says why (once per load).
  const restore = props.restore;
  if (restore && restore !== seenRestore) {
    setSeenRestore(restore);
    const index =
      restore.rowId === undefined ? restore.row : rows.findIndex((r) => r._rowId === restore.rowId);
    const row = order.indexOf(index);
    const col = columns.findIndex((c) => c.key === restore.col);
    const meta = columns[col]?.meta;
    if (row >= 0 && meta) {
      const parsed = parseCell(meta, restore.text);
      const error = parsed.ok ? null : lang === 'zh' ? parsed.message : parsed.messageEn;
      setFocus({ row, col });
      setEditing({ kind: 'text', mode: 'edit', text: restore.text, error });
      setFocusRequest((n) => n + 1);
      setReveal((n) => n + 1);
    }
  }

  const current = focus && focus.row < order.length && focus.col < columns.length ? focus : null;
  const column = current ? columns[current.col] : undefined;
  const stored = current ? (order[current.row] ?? -1) : -1;

  useEffect(() => {
    if (focusRequest === 0 || !current || !scrollRef.current) return;
    keepInView(scrollRef.current, current.row, current.col);
    if (editing?.kind !== 'select') inputRef.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per request, with the focus it asked for
  }, [focusRequest]);

  useEffect(() => {
    if (reveal > 0) scrollRef.current?.scrollIntoView({ block: 'center' });
  }, [reveal]);

  const moveTo = (row: number, col: number) => {
    setFocus({
      row: Math.min(Math.max(row, 0), order.length - 1),
      col: Math.min(Math.max(col, 0), columns.length - 1),
    });
    setFlash(false);
    setFocusRequest((n) => n + 1);
  };

  /** Writes the typed text when it reads as the column's kind; otherwise keeps it, with the reason. */
  const commitText = (): boolean => {
    if (editing?.kind !== 'text' || !column) return true;
    const parsed = parseCell(column.meta, editing.text);
    if (!parsed.ok) {
      setEditing({ ...editing, error: lang === 'zh' ? parsed.message : parsed.messageEn });
      return false;
    }
    const before = rows[stored]?.[column.key];
    if (parsed.value !== before) props.onCellChange(stored, column.key, parsed.value);
    setEditing(null);
    return true;
  };

  // Pinyin being composed is neither journalled nor committed: the text before the composition stays.
  useCellJournal(
    editing?.kind === 'text' && column ? { row: stored, col: column.key, text: editing.text } : null,
    props.onDraft,
    commitText,
    editing?.kind === 'text' && editing.composing === true,
  );

  const startEdit = (mode: 'replace' | 'edit', text = '') => {
    if (!column) return;
    if (isPicked(column.meta)) setEditing({ kind: 'select', search: text });
    else
      setEditing({
        kind: 'text',
        mode,
        text: mode === 'edit' ? displayValue(column.meta, rows[stored]?.[column.key], lang) : text,
        error: null,
      });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, composing: boolean) => {
    if (!current || composing) return;
    const { row, col } = current;
    const last = columns.length - 1;
    if (editing?.kind === 'text') {
      const moveBy = (dr: number, dc: number) => {
        e.preventDefault();
        if (commitText()) moveTo(row + dr, col + dc);
      };
      if (e.key === 'Enter') moveBy(e.shiftKey ? -1 : 1, 0);
      else if (e.key === 'Tab') moveBy(0, e.shiftKey ? -1 : 1);
      else if (e.key === 'Escape') {
        e.preventDefault();
        setEditing(null);
      } else if (editing.mode === 'replace' && e.key.startsWith('Arrow')) {
        const [dr, dc] = ARROWS[e.key] ?? [0, 0];
        moveBy(dr, dc);
      }
      return;
    }
    const page = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1);
    const arrow = ARROWS[e.key];
    if (e.key === 'ArrowDown' && e.altKey && column && isPicked(column.meta)) startEdit('edit');
    else if (arrow) {
      // Ctrl+arrow jumps to the edge, as in Excel (moveTo keeps it inside the grid).
      const far = order.length + columns.length;
      const [dr, dc] = e.ctrlKey ? [arrow[0] * far, arrow[1] * far] : arrow;
      moveTo(row + dr, col + dc);
    } else if (e.key === 'Tab') {
      // At the row's ends Tab leaves the grid, as it leaves any other control.
      if (e.shiftKey ? col === 0 : col === last) return;
      moveTo(row, col + (e.shiftKey ? -1 : 1));
    } else if (e.key === 'Enter' || e.key === 'F2') startEdit('edit');
    else if (e.key === 'Home') moveTo(e.ctrlKey ? 0 : row, 0);
    else if (e.key === 'End') moveTo(e.ctrlKey ? order.length : row, last);
    else if (e.key === 'PageDown') moveTo(row + page, col);
    else if (e.key === 'PageUp') moveTo(row - page, col);
    else if (e.key === 'Delete' && column) {
      if (rows[stored]?.[column.key] !== undefined) props.onCellChange(stored, column.key, undefined);
    } else if (e.key === 'Backspace') startEdit('replace');
    else return;
    e.preventDefault();
  };

  const onCellMouseDown = (e: MouseEvent, row: number, col: number) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest('input, .rg-select-wrap')) return;
    // The grid moves the focus itself, after the click lands; a bad entry keeps the focus in its cell.
    e.preventDefault();
    if (current && (current.row !== row || current.col !== col) && !commitText()) {
      inputRef.current?.focus();
      return;
    }
    if (editing?.kind === 'select') setEditing(null);
    moveTo(row, col);
  };

  const first = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(order.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  const shown: number[] = [];
  for (let i = first; i < end; i++) shown.push(i);
  // The focused row stays drawn while scrolled away, so its input (and any half-typed text) lives on.
  if (current && (current.row < first || current.row >= end)) shown.push(current.row);

  const selected = new Set(props.selected);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r._rowId ?? ''));
  const focusMessages = current && column ? props.findingsAt(stored, column.key) : [];
  // A typed entry that does not read says where it is; findings already name their row and column.
  const status =
    current && column && editing?.kind === 'text' && editing.error
      ? props.cellMessage(current.row + 1, column.meta.label[lang], editing.error)
      : focusMessages.map((f) => (lang === 'zh' ? f.message : f.messageEn)).join(lang === 'zh' ? '；' : '; ');

  return (
    <div className="rg">
      <div
        ref={scrollRef}
        className="rg-scroll"
        role="grid"
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 2}
        tabIndex={current ? -1 : 0}
        onFocus={(e) => {
          if (e.target === e.currentTarget && !current && rows.length > 0) moveTo(0, 0);
        }}
        onScroll={(e) =>
          setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
        }
      >
        <div className="rg-inner" style={{ minWidth: gridWidth(columns) }}>
          <GridHeader
            columns={columns}
            sort={sort}
            onSort={setSort}
            indexTitle={props.indexTitle}
            allSelected={allSelected}
            someSelected={props.selected.length > 0}
            onSelectAll={(all) => props.onSelect(all ? rows.map((r) => r._rowId ?? '') : [])}
          />
          <div className="rg-body" style={{ height: Math.max(order.length, 1) * ROW_HEIGHT }}>
            {order.length === 0 && <div className="rg-empty">{props.emptyText}</div>}
            {shown.map((view) => {
              const index = order[view] ?? 0;
              const row = rows[index] ?? {};
              const id = row._rowId ?? String(index);
              return (
                <div
                  key={id}
                  className="rg-row"
                  role="row"
                  aria-rowindex={view + 2}
                  data-row={view + 1}
                  style={{ top: view * ROW_HEIGHT }}
                >
                  <div className="rg-cell rg-sticky rg-select-col" data-col="_select">
                    <Checkbox
                      tabIndex={-1}
                      checked={selected.has(id)}
                      onChange={(e) =>
                        props.onSelect(
                          e.target.checked ? [...props.selected, id] : props.selected.filter((k) => k !== id),
                        )
                      }
                    />
                  </div>
                  <div className="rg-cell rg-sticky rg-index-col" data-col="_index">
                    {index + 1}
                  </div>
                  {columns.map((c, col) => {
                    const isFocus = current?.row === view && current.col === col;
                    const findings = props.findingsAt(index, c.key);
                    const shownText = displayValue(c.meta, row[c.key], lang);
                    const messages = findings.map((f) => (lang === 'zh' ? f.message : f.messageEn));
                    const classes = ['rg-cell'];
                    if (findings.length) classes.push('rg-cell-error');
                    if (isFocus) classes.push('rg-cell-focus');
                    if (isFocus && flash) classes.push('rg-cell-target');
                    return (
                      <div
                        key={c.key}
                        className={classes.join(' ')}
                        role="gridcell"
                        aria-colindex={col + 3}
                        aria-selected={isFocus}
                        data-col={c.key}
                        title={messages.length ? messages.join(lang === 'zh' ? '；' : '; ') : undefined}
                        style={cellStyle(c)}
                        onMouseDown={(e) => onCellMouseDown(e, view, col)}
                        onDoubleClick={() => startEdit('edit')}
                      >
                        {isFocus && editing?.kind === 'select' ? (
                          <CellSelect
                            meta={c.meta}
                            lang={lang}
                            label={c.meta.label[lang]}
                            width={c.width}
                            value={row[c.key]}
                            search={editing.search}
                            onSearch={(search) => setEditing({ kind: 'select', search })}
                            onPick={(value, byEnter) => {
                              if (value !== row[c.key]) props.onCellChange(index, c.key, value);
                              setEditing(null);
                              moveTo(view + (byEnter ? 1 : 0), col);
                            }}
                            onLeave={(how) => {
                              setEditing(null);
                              if (how === 'blur') return;
                              moveTo(view, col + (how === 'Tab' ? 1 : how === 'ShiftTab' ? -1 : 0));
                            }}
                          />
                        ) : (
                          <>
                            <span className="rg-text">{shownText}</span>
                            {isFocus && (
                              <CellText
                                label={`${c.meta.label[lang]} ${view + 1}`}
                                editing={editing}
                                inputRef={inputRef}
                                onType={(text, composing) => {
                                  if (editing?.kind === 'text')
                                    setEditing({ ...editing, text, error: null, composing });
                                  else if (composing || !isPicked(c.meta))
                                    setEditing({
                                      kind: 'text',
                                      mode: 'replace',
                                      text,
                                      error: null,
                                      composing,
                                    });
                                  else if (text) startEdit('replace', text);
                                }}
                                onCompositionEnd={(text) => {
                                  // A choice typed with an IME becomes the dropdown's search.
                                  if (isPicked(c.meta)) startEdit('replace', text);
                                  else
                                    setEditing((e) =>
                                      e?.kind === 'text' ? { ...e, text, composing: false } : e,
                                    );
                                }}
                                onKeyDown={onKeyDown}
                                onBlur={() => {
                                  if (editing?.kind === 'text') commitText();
                                }}
                              />
                            )}
                          </>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div className="rg-status" role="status">
        {status}
      </div>
    </div>
  );
}
