import { FileDoneOutlined } from '@ant-design/icons';
import { Button, message } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AmountBasis, PreviewDraft } from '../../../../shared/invoices/preview';
import { otherDraftClaims } from '../../../../shared/invoices/preview';
import type { ClaimSet } from '../../../../shared/policy/cross-draft';
import type { PolicyId, ProgramId } from '../../../../shared/schemas';
import { useServices } from '../../../app/services';
import { listApplicantDrafts } from '../../../db';
import { fill, useFeatureText } from '../../../i18n/feature-text';
import { formatYuan } from '../../../../shared/money';
import { fromStored } from '../draft-mapping';
import type { DraftEditor } from '../use-draft-editor';
import { applyInvoiceImport } from './apply-invoice-import';
import { dragHasFiles, filesFromDrop, type Collected } from './collect-files';
import { InvoiceImportDialog, type InvoiceImportPlan } from './invoice-import-dialog';
import { invoiceMessages } from './invoice-messages';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The period invoices should fall in: the construction period, or the tax year of a surcharge credit. */
function periodOf(data: Record<string, unknown>): PreviewDraft['period'] {
  const [from, to] = [str(data['constructionStart']), str(data['constructionEnd'])];
  if (ISO.test(from) && ISO.test(to)) return { from, to };
  const year = data['year'];
  if (typeof year === 'number' && Number.isInteger(year))
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  return undefined;
}

interface Props {
  editor: DraftEditor;
  /** The grid, given the 导入发票 button for its toolbar; drops of files on it open the dialog. */
  children: (button: ReactNode) => ReactNode;
}

/** 导入发票 for an investment list: the toolbar button, file drops on the grid, the dialog and the write. */
export function InvoiceImport({ editor, children }: Props) {
  const { db } = useServices();
  const { text } = useFeatureText(invoiceMessages);
  const [open, setOpen] = useState<{
    initial: Collected | null;
    others: ClaimSet[];
    draft: PreviewDraft;
  } | null>(null);
  const [over, setOver] = useState(false);
  // The button stays the same element across keystrokes (the grid is memoised); it reads the editor when clicked.
  const editorRef = useRef(editor);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  const start = useCallback(
    async (initial: Collected | null) => {
      const { draft, row } = editorRef.current;
      // Other drafts of the applicant, for invoices already claimed there (the cross-draft check).
      const others = row.applicantId
        ? (await listApplicantDrafts(db, row.applicantId, draft.id)).map((o) => {
            const d = fromStored(o.draft, o.rosterRows);
            return otherDraftClaims({
              id: `${o.draft.title.slice(0, 80)}·${o.draft.id.slice(0, 8)}`,
              policy: d.policy as PolicyId,
              program: d.program as ProgramId,
              title: o.draft.title,
              investments: (d.data['investments'] as Record<string, unknown>[] | undefined) ?? [],
            });
          })
        : [];
      setOpen({
        initial,
        others,
        draft: {
          id: draft.id,
          policy: draft.policy as PolicyId,
          program: draft.program as ProgramId,
          title: row.title,
          applicantOrgCode: str(draft.applicant['orgCode']),
          applicationDate: draft.applicationDate,
          period: periodOf(draft.data),
          existing: (draft.data['investments'] as Record<string, unknown>[] | undefined) ?? [],
        },
      });
    },
    [db],
  );

  const confirm = async (plan: InvoiceImportPlan) => {
    const done = await applyInvoiceImport(db, editorRef.current, plan);
    setOpen(null);
    void message.success(
      fill(text.imported, { n: done.rows, amount: `¥${formatYuan(done.amountFen)}`, files: done.files }),
    );
  };

  const button = useMemo(
    () => (
      <Button icon={<FileDoneOutlined />} className="invoice-import-button" onClick={() => void start(null)}>
        {text.button}
      </Button>
    ),
    [start, text.button],
  );
  const data = editor.draft.data;
  return (
    <div
      className={over ? 'invoice-grid-drop invoice-grid-drop-over' : 'invoice-grid-drop'}
      data-testid="invoice-grid-drop"
      onDragOver={(e) => {
        if (!dragHasFiles(e.dataTransfer) || open) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!dragHasFiles(e.dataTransfer) || open) return;
        e.preventDefault();
        setOver(false);
        void filesFromDrop(e.dataTransfer).then(start);
      }}
    >
      {over && <div className="invoice-grid-drop-hint">{text.gridDrop}</div>}
      {children(button)}
      {open && (
        <InvoiceImportDialog
          initial={open.initial}
          draft={open.draft}
          others={open.others}
          basis={data['investmentBasis'] as AmountBasis | undefined}
          reason={data['investmentBasisReason'] as string | undefined}
          onConfirm={confirm}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}
