// What an invoice file says, read from 数电 XML, OFD or PDF; shared by the reader, the editor's import and the CLI.

/** 数电 = fully digitalised (20-digit number, no code); 普票 / 专票 = older VAT e-invoices (12-digit code + 8-digit number). */
export type InvoiceKind = '数电普票' | '数电专票' | '普票' | '专票';

/** One goods/services line. Amounts are integer fen; a tax-exempt line has taxFen 0 and taxRate '免税'. */
export interface InvoiceItem {
  name: string;
  spec?: string;
  unit?: string;
  quantity?: string;
  amountFen: number;
  /** As printed: '13%', '6%', '免税', '不征税', '***'. */
  taxRate: string;
  taxFen: number;
}

/** An invoice as the reader found it; every amount integer fen, dates YYYY-MM-DD. */
export interface Invoice {
  kind: InvoiceKind;
  /** Red-letter (红字) invoices carry negative amounts and name the invoice they cancel, where printed. */
  redLetter: boolean;
  /** The number of the blue invoice a red-letter one cancels, where the file says it. */
  cancels?: string;
  /** 12 digits on older invoices; absent on 数电. */
  invoiceCode?: string;
  /** 20 digits on 数电, 8 on older invoices. */
  invoiceNumber: string;
  issueDate: string;
  /** 价税合计. */
  totalFen: number;
  /** 合计金额 (不含税). */
  amountFen: number;
  taxFen: number;
  sellerName: string;
  sellerTaxId: string;
  buyerName: string;
  /** Empty when the buyer is a person (个人) with no tax ID. */
  buyerTaxId: string;
  items: InvoiceItem[];
  /** The file format this was read from. */
  source: 'xml' | 'ofd' | 'pdf';
}

/** Why a file gives no invoice; `message`/`messageEn` name the file and the reason. */
export type InvoiceRefusalCode =
  'not-invoice' | 'damaged' | 'scanned' | 'encrypted' | 'too-large' | 'unsupported' | 'amounts-disagree';

export interface InvoiceRefusal {
  code: InvoiceRefusalCode;
  message: string;
  messageEn: string;
}

/** One file's result: an invoice or a named refusal (a zip gives one result per file inside). */
export type InvoiceReadResult =
  { file: string; invoice: Invoice; sha256: string } | { file: string; error: InvoiceRefusal };
