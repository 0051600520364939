import { Alert, Badge, Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { getPack, programOf } from '../../../shared/policy/registry';
import type { Finding } from '../../../shared/policy/types';
import { SECTIONS, type ProgramId } from '../../../shared/schemas';
import { editWarning } from '../../db';
import { ImeSafeInput } from '../../components/ime-safe-input';
import { AmountPanel } from './amount-panel';
import { AttachmentsSection } from './attachments-section';
import { ConflictNotice } from './conflict-notice';
import { ChecksPanel } from './checks-panel';
import { countUnder, findingsByPath, pathKey } from './findings-by-path';
import { formLayout, sectionPrefixes } from './form-layout';
import { InvoiceImport } from './invoice-import/invoice-import';
import { RosterGrid } from './roster-grid';
import type { GridTarget } from './grid/data-grid';
import { SaveState } from './save-state';
import { fieldDomId } from './draft-field';
import { SectionForm } from './section-form';
import { StatusActions } from './status-actions';
import { EditorLoadError, useDraftEditor, type DraftEditor } from './use-draft-editor';
import { pageMessages } from './page-messages';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { formatYuan } from '../../../shared/money';
import { useDraftForm } from './use-draft-form';
import { UserStandardFields } from './user-standard-fields';
import { PrintActions } from './print-actions';
import { SummaryButton } from '../../export/summary-button';
import { RevisionsDrawer } from './revisions-drawer';
import { PackUpdateNotice } from './pack-update-notice';
import { packLabel, resolvePin, useRegisteredPacks } from '../policies/pack-pins';
import { errorText } from '../../i18n/error-text';

const sectionDomId = (id: string) => `section-${id}`;
/** The full-width roster choice outlives the editor: a clerk at a 1280 px screen sets it once. */
const WIDE_KEY = 'grantdesk.editor.wideRosters';
const readWide = () => {
  try {
    return localStorage.getItem(WIDE_KEY) === '1';
  } catch {
    return false;
  }
};
const saveWide = (wide: boolean) => {
  try {
    localStorage.setItem(WIDE_KEY, wide ? '1' : '0');
  } catch {
    // Storage refused: the choice lasts until the editor closes.
  }
  return wide;
};
const noop = () => undefined;

/** Moves the focus to the field a finding points at (or its section when it has no input). */
function goToField(f: Finding): void {
  const path = pathKey(f.path);
  const field = document.getElementById(fieldDomId(path));
  if (field) {
    field.scrollIntoView({ block: 'center' });
    field.focus();
    return;
  }
  const table = document.querySelector(`[data-table="${String(f.path[0])}.${String(f.path[1])}"]`);
  (table ?? document.getElementById(sectionDomId('attachments')))?.scrollIntoView({ block: 'start' });
}

/** `data.investments.2.amountFen` → the roster `data.investments`, its row 2 and column `amountFen`. */
function rosterCell(
  f: Finding,
  tables: ReadonlySet<string>,
): { table: string; row: number; col?: string } | null {
  const [root, name, row, col] = f.path;
  const table = `${String(root)}.${String(name)}`;
  if (!tables.has(table) || typeof row !== 'number') return null;
  return typeof col === 'string' ? { table, row, col } : { table, row };
}

/** The editor of one draft: sections generated from the program's fields, live checks and amount. */
export function EditorPage(props: { draftId: string }) {
  const { text, lang } = useFeatureText(pageMessages);
  const { editor, error } = useDraftEditor(props.draftId);
  if (error)
    return (
      <Result
        status="warning"
        title={text.cannotOpen}
        subTitle={error instanceof EditorLoadError ? text[error.reason] : errorText(error, lang)}
        extra={<Button href="#/drafts">{text.backToList}</Button>}
      />
    );
  if (!editor) return <Spin tip={text.opening} fullscreen />;
  return <EditorView key={editor.row.id} editor={editor} lang={lang} />;
}

function EditorView({ editor, lang }: { editor: DraftEditor; lang: 'zh' | 'en' }) {
  const text = pageMessages[lang];
  const program = editor.draft.program as ProgramId;
  const control = useDraftForm(editor, lang);
  const areaCode = getPack(editor.draft.policy)?.region.areaCode;
  const layout = useMemo(() => formLayout(program, areaCode ? { areaCode } : {}), [program, areaCode]);
  const findings = editor.check.findings;
  const byPath = useMemo(() => findingsByPath(findings), [findings]);
  const sectionCounts = useMemo(
    () => new Map(layout.map((s) => [s.id, countUnder(findings, sectionPrefixes(s))])),
    [layout, findings],
  );
  const { setTable, setValue } = editor;
  const [target, setTarget] = useState<(GridTarget & { table: string }) | null>(null);
  const tables = useMemo(() => new Set(layout.flatMap((s) => s.tables.map((t) => t.key))), [layout]);
  const goToFinding = useCallback(
    (f: Finding) => {
      const cell = rosterCell(f, tables);
      if (cell) setTarget((t) => ({ ...cell, seq: (t?.seq ?? 0) + 1 }));
      else goToField(f);
    },
    [tables],
  );
  const [wide, setWide] = useState(readWide);
  const toggleWide = useCallback(() => setWide((w) => saveWide(!w)), []);
  const setAttachments = useCallback(
    (a: Record<string, unknown>[]) => setValue('attachments', a),
    [setValue],
  );
  // One stable change handler per table, so a grid re-renders only when its own rows or findings change.
  const tableHandlers = useMemo(() => {
    const handlers: Record<string, (rows: Record<string, unknown>[]) => void> = {};
    for (const t of layout.flatMap((s) => s.tables)) {
      const key = t.key.replace(/^data\./, '');
      handlers[t.key] = (rows) => setTable(key, rows);
    }
    return handlers;
  }, [layout, setTable]);

  const { keepRevision } = editor;
  const keepImportRevision = useCallback(() => keepRevision('import'), [keepRevision]);
  const { draft, row, check } = editor;
  const { id, policy, attachments } = draft;
  const userStandard = draft.data['userStandard'];
  const attachmentFacts = useMemo(
    () => ({ id, policy, program, attachments }),
    [id, policy, program, attachments],
  );
  const standardFacts = useMemo(() => ({ policy, program, userStandard }), [policy, program, userStandard]);
  // Re-rendered when an import or a removal changes which versions are here.
  useRegisteredPacks();
  const pin = resolvePin(row.policy, row.policyVersion);
  const pack = pin.pack ?? getPack(draft.policy);
  const definition = pack ? programOf(pack, program) : undefined;
  const hasErrors = check.findings.some((f) => f.severity === 'error');
  const warning = editWarning(row) === null ? null : text.editAfterPrint;

  return (
    <div className="editor">
      <div className="editor-header">
        <Button type="text" icon={<ArrowLeftOutlined />} href="#/drafts" aria-label={text.backToList} />
        <div className="editor-title">
          <ImeSafeInput aria-label={text.titleLabel} value={row.title} onCommit={editor.setTitle} />
          <Space size={4} wrap>
            <Tag>{definition?.title[lang]}</Tag>
            <Tag>{pack?.docNumber}</Tag>
            <Tag data-testid="pack-version">{packLabel(row.policy, pin.version)}</Tag>
            <StatusActions
              row={row}
              hasErrors={hasErrors}
              onChanged={() => void editor.reload()}
              beforeChange={editor.flush}
            />
            <SaveState state={editor.save} />
          </Space>
        </div>
        <Space>
          <RevisionsDrawer editor={editor} />
          <SummaryButton editor={editor} />
          <PrintActions editor={editor} hasErrors={hasErrors} pin={pin} />
        </Space>
      </div>
      {warning && <Alert type="warning" showIcon title={warning} className="editor-warning" />}
      <ConflictNotice editor={editor} />
      <PackUpdateNotice editor={editor} pin={pin} />
      <div className={wide ? 'editor-body editor-wide' : 'editor-body'}>
        <nav className="editor-sections" aria-label={text.sectionsNav}>
          {layout.map((s) => {
            const counts = sectionCounts.get(s.id) ?? { errors: 0, warnings: 0 };
            return (
              <a
                key={s.id}
                href={`#${sectionDomId(s.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(sectionDomId(s.id))?.scrollIntoView({ block: 'start' });
                }}
              >
                <span>{SECTIONS[s.id][lang]}</span>
                {counts.errors > 0 ? (
                  <Badge count={counts.errors} />
                ) : counts.warnings > 0 ? (
                  <Badge count={counts.warnings} color="orange" />
                ) : null}
              </a>
            );
          })}
        </nav>
        <div className="editor-form">
          {wide && (
            <div className="editor-wide-bar" role="status">
              <span>
                {fill(text.wideSummary, {
                  amount:
                    check.amount.amountFen === undefined ? '—' : `¥${formatYuan(check.amount.amountFen)}`,
                  errors: check.findings.filter((f) => f.severity === 'error').length,
                  warnings: check.findings.filter((f) => f.severity === 'warning').length,
                })}
              </span>
              <Button size="small" onClick={toggleWide}>
                {text.wideOff}
              </Button>
            </div>
          )}
          {layout.map((s) => (
            <Card
              key={s.id}
              id={sectionDomId(s.id)}
              title={SECTIONS[s.id][lang]}
              size="small"
              className="editor-section"
            >
              {s.fields.length > 0 && (
                <SectionForm fields={s.fields} control={control} findings={byPath} lang={lang} />
              )}
              {s.tables.map((t) => (
                <div key={t.key} data-table={t.key}>
                  {withInvoiceImport(t.key, editor, (extra) => (
                    <RosterGrid
                      toolbarExtra={extra}
                      program={program}
                      tableKey={t.key}
                      meta={t.meta}
                      columns={t.columns}
                      rows={
                        (draft.data[t.key.replace(/^data\./, '')] as Record<string, unknown>[] | undefined) ??
                        []
                      }
                      applicant={String(draft.applicant['name'] ?? '')}
                      findings={byPath}
                      onChange={tableHandlers[t.key] ?? noop}
                      beforeImport={keepImportRevision}
                      lang={lang}
                      target={target?.table === t.key ? target : null}
                      onCellDraft={editor.setCellDraft}
                      openCell={editor.openCells.find((c) => `data.${c.table}` === t.key) ?? null}
                      wide={wide}
                      onToggleWide={toggleWide}
                      wideLabel={wide ? text.wideOff : text.wideOn}
                    />
                  ))}
                  {(byPath.get(t.key) ?? []).map((f) => (
                    <Typography.Text type="danger" key={f.ruleId} className="table-finding">
                      {lang === 'zh' ? f.message : f.messageEn}
                    </Typography.Text>
                  ))}
                </div>
              ))}
              {s.userStandard && (
                <UserStandardFields
                  draft={standardFacts}
                  findings={byPath}
                  setValue={editor.setValue}
                  lang={lang}
                />
              )}
              {s.id === 'attachments' && (
                <AttachmentsSection draft={attachmentFacts} onChange={setAttachments} />
              )}
            </Card>
          ))}
        </div>
        <aside className="editor-side">
          <Card size="small">
            <AmountPanel amount={check.amount} lang={lang} />
          </Card>
          <Card size="small">
            <ChecksPanel findings={check.findings} lang={lang} onGoTo={goToFinding} />
          </Card>
        </aside>
      </div>
    </div>
  );
}

/** An investment list (its rows carry invoices) gets 导入发票 and takes invoice files dropped on it. */
function withInvoiceImport(
  tableKey: string,
  editor: DraftEditor,
  grid: (extra: ReactNode) => ReactNode,
): ReactNode {
  if (tableKey !== 'data.investments') return grid(undefined);
  return <InvoiceImport editor={editor}>{grid}</InvoiceImport>;
}
