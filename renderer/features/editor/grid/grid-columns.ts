import type { FieldMeta } from '../../../../shared/schemas';
import { displayValue } from '../cell-values';

/** One data column of a roster grid: its key in the row, its field and its width in px. */
export interface GridColumn {
  key: string;
  meta: FieldMeta;
  title: string;
  width: number;
  /** Free-text columns share out the room left over, so a wide window shows long names whole. */
  grow: boolean;
}

/** The checkbox and 序号 columns, kept at the left edge while the grid scrolls sideways. */
export const SELECT_WIDTH = 36;
export const INDEX_WIDTH = 52;
export const ROW_HEIGHT = 34;

/** Cell padding (8 px each side), the border, and room for the sort arrow in a header. */
const PADDING = 18;
const SORT_ICON = 16;
const MAX_TEXT = 280;
const MIN_TEXT = 110;
/** Rows read to size a column: enough to see the real lengths, bounded for 5,000-row rosters. */
const SAMPLED_ROWS = 300;

/** Width of a text at the grid's 14 px font: Chinese and full-width characters are square, others about 8 px. */
export function textWidth(text: string): number {
  let px = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    px += code >= 0x2e80 ? 14 : 8;
  }
  return px;
}

/** The widest text a column of this kind shows when it holds no rows yet. */
function typicalText(meta: FieldMeta, lang: 'zh' | 'en'): string {
  switch (meta.input) {
    case 'money':
      return '1,280,000.00';
    case 'date':
      return '2025-09-01';
    case 'resident-id':
      return '330802199001011234';
    case 'uscc':
    case 'org-code':
      return '91330803MA2DK7Q30T';
    case 'integer':
    case 'year':
      return '2025';
    case 'boolean':
      return lang === 'zh' ? '是' : 'Yes';
    case 'select':
      return (meta.options ?? []).reduce(
        (widest, o) => (textWidth(o.label[lang]) > textWidth(widest) ? o.label[lang] : widest),
        '',
      );
    default:
      return '';
  }
}

/** Column widths from their content: the header, the widest option or typical value, and the rows' own text. */
export function gridColumns(
  columns: readonly [string, FieldMeta][],
  rows: readonly Record<string, unknown>[],
  lang: 'zh' | 'en',
): GridColumn[] {
  const sample = rows.slice(0, SAMPLED_ROWS);
  return columns.map(([key, meta]) => {
    const title = meta.label[lang] + (meta.required ? ' *' : '');
    const grow = meta.input === 'text' || meta.input === 'textarea';
    let content = textWidth(typicalText(meta, lang));
    // An optional column (导入发票's 来源文件) never widens the grid past the room the required ones need.
    if (grow && meta.required) {
      for (const row of sample) content = Math.max(content, textWidth(displayValue(meta, row[key], lang)));
      content = Math.min(Math.max(content, MIN_TEXT - PADDING), MAX_TEXT - PADDING);
    } else if (grow) content = Math.max(content, MIN_TEXT - PADDING);
    const width = Math.max(textWidth(title) + SORT_ICON, content) + PADDING;
    return { key, meta, title, width, grow };
  });
}

/** Row and column steps of the arrow keys. */
export const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Fixed columns keep their width; free-text columns share the room a wide window leaves. */
export function cellStyle(c: GridColumn) {
  return { flex: `${c.grow ? 1 : 0} 0 ${c.width}px` };
}

/** The grid's natural width: the sticky checkbox and 序号 columns and every data column. */
export function gridWidth(columns: readonly GridColumn[]): number {
  return SELECT_WIDTH + INDEX_WIDTH + columns.reduce((sum, c) => sum + c.width, 0);
}
