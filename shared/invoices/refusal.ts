// Named refusals: every file that gives no invoice says why, in Chinese first, naming the file.
import type { InvoiceRefusal, InvoiceRefusalCode } from './types';

const WORDS: Record<InvoiceRefusalCode, { zh: string; en: string }> = {
  'not-invoice': { zh: '不是可识别的电子发票', en: 'is not an e-invoice GrantDesk can read' },
  damaged: { zh: '文件已损坏，无法读取', en: 'is damaged and cannot be read' },
  scanned: {
    zh: '是扫描图片，没有文字层，请改用税务系统下载的 PDF、OFD 或 XML 原件',
    en: 'is a scanned image without a text layer; use the PDF, OFD or XML downloaded from the tax system',
  },
  encrypted: {
    zh: '已加密（设有密码），无法读取',
    en: 'is encrypted (password-protected) and cannot be read',
  },
  'too-large': { zh: '过大，已拒绝读取', en: 'is too large and was not read' },
  unsupported: { zh: '格式不受支持', en: 'is in a format that is not supported' },
  'amounts-disagree': {
    zh: '金额前后不一致（合计、税额与价税合计或大写不符），请核对原件',
    en: 'has amounts that disagree (total, tax, grand total or the amount in words); check the original',
  },
};

/** A refusal of `file` with an optional detail appended (already bilingual). */
export function refusal(
  code: InvoiceRefusalCode,
  file: string,
  detail?: { zh: string; en: string },
): InvoiceRefusal {
  const words = WORDS[code];
  return {
    code,
    message: `「${file}」${words.zh}${detail ? `：${detail.zh}` : ''}`,
    messageEn: `"${file}" ${words.en}${detail ? `: ${detail.en}` : ''}`,
  };
}

/** Thrown inside the readers; the top-level API turns it into a result with the file's name. */
export class InvoiceReadError extends Error {
  override readonly name = 'InvoiceReadError';
  constructor(
    readonly code: InvoiceRefusalCode,
    readonly detail?: { zh: string; en: string },
  ) {
    super(`${code}${detail ? `: ${detail.en}` : ''}`);
  }
}
