// The lines under an office table (合计, 制表人/审核人/填表日期/联系电话, 备注, 盖章) are not roster rows.

/** Words a footer line starts with, as offices write them under a table. */
const LABEL =
  /^(?:制表人?|填表人|填报人|审核人?|复核人?|审批人|负责人|经办人|联系人|联系电话|电话|手机|填表日期|制表日期|填报日期|日期|备注|附注|说明|注[:：]|以上|合计|总计|小计|共计)/;
/** Words that make a line a footer wherever they stand in its first cell: 学校（盖章）, 负责人签字. */
const SIGNATURE = /盖章|签字|签名|签章/;

const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');
const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '');

/** True when a row's first non-empty cell opens with a footer word (制表人：张三, 合 计, （学校盖章）). */
export function isFooterLine(cells: readonly string[]): boolean {
  const first = squeeze(filled(cells)[0] ?? '');
  return first !== '' && (LABEL.test(first) || SIGNATURE.test(first));
}

/**
 * Where the table's footer starts, as Excel numbers rows, or null when it has none. A footer is a
 * footer line (see isFooterLine), or after a blank row a line of one cell (以上情况属实。), with only
 * footer lines or sparse lines (at most a third of the table's columns) below it to the end. A data
 * row whose 备注 says 联系电话… is not one: its first cell is a name.
 */
export function footerStart(
  rows: readonly (readonly string[])[],
  headerRow: number,
  width: number,
): number | null {
  const sparse = (cells: readonly string[]) => filled(cells).length <= Math.max(1, Math.floor(width / 3));
  let start: number | null = null;
  // From the bottom up: a row can start the footer only while every row under it belongs to one.
  for (let i = rows.length - 1; i >= headerRow; i--) {
    const cells = rows[i] ?? [];
    const count = filled(cells).length;
    if (count === 0) continue;
    const blankAbove = i > headerRow && filled(rows[i - 1] ?? []).length === 0;
    if (isFooterLine(cells) || (blankAbove && count === 1 && width >= 3)) start = i + 1;
    else if (!sparse(cells)) break;
  }
  return start;
}
