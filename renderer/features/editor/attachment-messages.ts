import type { FeatureMessages } from '../../i18n/feature-text';

const zh = {
  askTitle: '有 {n} 个文件无法从文件名判断是哪项材料，请在下方为它们选择类别',
  askPlaceholder: '请选择材料类别',
  askTag: '待选择类别',
  notStored: '「{name}」列在材料中，但文件已不在本机，不计为已附；请重新添加该文件',
  tooMany: '一次最多选择 {max} 个文件，本次选择了 {n} 个；请分批添加',
  kindOf: '「{name}」的材料类别',
  dropLimitsOfd: '支持 PDF、JPG、PNG 和 OFD 电子发票，单个文件不超过 20 MB',
  wrongTypeOfd: '「{name}」不是 PDF、JPG、PNG 或 OFD 文件，不能作为附件',
  ofdRefused: '「{name}」不能作为附件：{reason}',
  dataFileTitle: '{name}',
  dataFilePreview:
    '电子发票数据文件无法直接显示；打印申报表时，附件中会附上据其数据生成的发票页和文件的 SHA-256。',
};

export type AttachmentText = typeof zh;

export const attachmentMessages: FeatureMessages<AttachmentText> = {
  zh,
  en: {
    askTitle: "{n} file(s) could not be told apart by name: choose each one's kind below",
    askPlaceholder: 'Choose the kind of document',
    askTag: 'Kind not chosen',
    notStored:
      '"{name}" is listed, but its file is no longer on this computer, so it does not count as attached; add the file again',
    tooMany: 'At most {max} files at a time; {n} were chosen. Add them in smaller batches',
    kindOf: 'Kind of "{name}"',
    dropLimitsOfd: 'PDF, JPG, PNG or OFD e-invoices, up to 20 MB each',
    wrongTypeOfd: '"{name}" is not a PDF, JPG, PNG or OFD file and cannot be attached',
    ofdRefused: '"{name}" cannot be attached: {reason}',
    dataFileTitle: '{name}',
    dataFilePreview:
      "An e-invoice data file cannot be shown as it is; the printed application appends a page generated from its data, with the file's SHA-256.",
  },
};
