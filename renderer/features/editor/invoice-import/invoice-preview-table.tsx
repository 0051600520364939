import { Table, Tag, Typography } from 'antd';
import { formatYuan } from '../../../../shared/money';
import type { PreviewRow } from '../../../../shared/invoices/preview';
import type { Lang } from '../../../i18n/feature-text';
import { fill } from '../../../i18n/feature-text';
import type { invoiceMessages } from './invoice-messages';

interface Props {
  rows: readonly PreviewRow[];
  text: (typeof invoiceMessages)['zh'];
  lang: Lang;
}

const SEVERITY_COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;
const yuan = (fen: number) => `¥${formatYuan(fen)}`;

/** One row per invoice: what will be written, and every problem in the interface's language. */
export function InvoicePreviewTable({ rows, text, lang }: Props) {
  return (
    <Table<PreviewRow>
      className="invoice-preview"
      size="small"
      pagination={false}
      scroll={{ x: 1100 }}
      rowKey={(r) => `${r.invoice.invoiceCode ?? ''}|${r.invoice.invoiceNumber}`}
      dataSource={rows as PreviewRow[]}
      onRow={(r) => ({ 'data-testid': 'invoice-preview-row', 'data-written': r.write !== null }) as object}
      columns={[
        {
          title: text.colFile,
          key: 'file',
          width: 180,
          render: (_, r) => (
            <>
              {r.files.map((f) => (
                <div key={f.file} className="invoice-file">
                  {f.file}
                </div>
              ))}
            </>
          ),
        },
        {
          title: text.colNumber,
          key: 'number',
          width: 190,
          render: (_, r) => (
            <span className="invoice-number">
              {r.invoice.invoiceCode ? `${r.invoice.invoiceCode} ` : ''}
              {r.invoice.invoiceNumber}
              {r.invoice.redLetter && (
                <Tag color="red" style={{ marginLeft: 4 }}>
                  {text.redLetter}
                </Tag>
              )}
            </span>
          ),
        },
        { title: text.colDate, key: 'date', width: 100, render: (_, r) => r.invoice.issueDate },
        { title: text.colSeller, key: 'seller', width: 160, render: (_, r) => r.invoice.sellerName },
        {
          title: text.colBuyer,
          key: 'buyer',
          width: 160,
          render: (_, r) => (
            <>
              <div>{r.invoice.buyerName}</div>
              <Typography.Text type="secondary">{r.invoice.buyerTaxId}</Typography.Text>
            </>
          ),
        },
        {
          title: text.colTotal,
          key: 'total',
          align: 'right',
          width: 110,
          render: (_, r) => yuan(r.invoice.totalFen),
        },
        {
          title: text.colNet,
          key: 'net',
          align: 'right',
          width: 110,
          render: (_, r) => yuan(r.invoice.amountFen),
        },
        {
          title: text.colWritten,
          key: 'written',
          align: 'right',
          width: 120,
          render: (_, r) =>
            r.write ? (
              <span className="invoice-written">{yuan(r.write.amountFen)}</span>
            ) : (
              <Tag color="red" className="invoice-not-imported">
                {text.notImported}
              </Tag>
            ),
        },
        {
          title: text.colProblems,
          key: 'problems',
          width: 320,
          render: (_, r) => (
            <div className="invoice-problems">
              {r.problems.length === 0 && (
                <Typography.Text type="secondary">{text.noProblem}</Typography.Text>
              )}
              {r.problems.map((p) => (
                <div key={p.code + p.message} data-testid="invoice-problem" data-code={p.code}>
                  <Tag color={SEVERITY_COLOR[p.severity]}>{p.severity === 'info' ? 'i' : '!'}</Tag>
                  {lang === 'en' ? p.messageEn : p.message}
                </div>
              ))}
              {r.write && (
                <Typography.Text type="secondary" className="invoice-evidence">
                  {fill(text.evidenceNote, { file: r.evidenceFile.file })}
                </Typography.Text>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
