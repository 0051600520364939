// Why a Word form cannot be read or filled, in Chinese and English, naming the file's problem.

export type DocxProblem =
  | 'too-large'
  | 'not-docx'
  | 'too-many-entries'
  | 'part-too-large'
  | 'unpacked-too-large'
  | 'xml-too-deep'
  | 'xml-doctype'
  | 'xml-broken'
  | 'too-many-tables'
  | 'too-many-blanks'
  | 'roster-too-long'
  | 'mapping-mismatch';

/** A refusal the UI and the CLI show as is: `message` Chinese, `messageEn` the same in English. */
export class DocxError extends Error {
  override readonly name = 'DocxError';
  constructor(
    readonly problem: DocxProblem,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The refusal for `problem`, with the measured figure and the limit where there are any. */
export function docxError(problem: DocxProblem, found?: number, limit?: number, part?: string): DocxError {
  const p = part ?? '';
  switch (problem) {
    case 'too-large':
      return new DocxError(
        problem,
        `Word 表格过大（${MB(found ?? 0)}，上限 ${MB(limit ?? 0)}）`,
        `The Word form is too large (${MB(found ?? 0)}, limit ${MB(limit ?? 0)})`,
      );
    case 'not-docx':
      return new DocxError(
        problem,
        '不是 Word 文档（.docx）：缺少 word/document.xml 或压缩包已损坏；旧版 .doc 请先另存为 .docx',
        'Not a Word document (.docx): word/document.xml is missing or the zip is damaged; save an old .doc as .docx first',
      );
    case 'too-many-entries':
      return new DocxError(
        problem,
        `Word 文档内的文件过多（上限 ${limit} 个）`,
        `Too many files inside the Word document (limit ${limit})`,
      );
    case 'part-too-large':
      return new DocxError(
        problem,
        `Word 文档中的「${p}」解压后过大（上限 ${MB(limit ?? 0)}）`,
        `"${p}" in the Word document unpacks too large (limit ${MB(limit ?? 0)})`,
      );
    case 'unpacked-too-large':
      return new DocxError(
        problem,
        `Word 文档解压后总大小过大（上限 ${MB(limit ?? 0)}）`,
        `The Word document unpacks too large in total (limit ${MB(limit ?? 0)})`,
      );
    case 'xml-too-deep':
      return new DocxError(
        problem,
        `Word 文档正文的嵌套层数过多（上限 ${limit} 层）`,
        `The Word document's body is nested too deeply (limit ${limit} levels)`,
      );
    case 'xml-doctype':
      return new DocxError(
        problem,
        'Word 文档正文含有 DOCTYPE 声明，Word 不会写出这种内容，未读取',
        'The Word document body has a DOCTYPE declaration, which Word never writes; not read',
      );
    case 'xml-broken':
      return new DocxError(
        problem,
        `Word 文档的「${p}」不是有效的 XML`,
        `"${p}" in the Word document is not valid XML`,
      );
    case 'too-many-tables':
      return new DocxError(
        problem,
        `Word 表格中的表格或单元格过多（上限 ${limit} 个单元格）`,
        `Too many tables or cells in the Word form (limit ${limit} cells)`,
      );
    case 'too-many-blanks':
      return new DocxError(
        problem,
        `Word 表格正文中的填空过多（${found} 处，上限 ${limit} 处）`,
        `Too many blanks in the Word form's text (${found}, limit ${limit})`,
      );
    case 'roster-too-long':
      return new DocxError(
        problem,
        `名单有 ${found} 行，超过 Word 表格可填写的上限 ${limit} 行`,
        `The roster has ${found} rows, more than the ${limit} a Word form takes`,
      );
    case 'mapping-mismatch':
      return new DocxError(
        problem,
        '这份字段对应是为另一份 Word 表格保存的（指纹不同）',
        'This field mapping was saved for another Word form (the fingerprint differs)',
      );
  }
}
