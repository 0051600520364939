import { describe, expect, test } from 'vitest';
import { draftFieldMeta } from '../../../../../shared/schemas';
import {
  gridColumns,
  INDEX_WIDTH,
  SELECT_WIDTH,
  textWidth,
} from '../../../../../renderer/features/editor/grid/grid-columns';

const investments = Object.entries(draftFieldMeta('training-base'))
  .filter(([key]) => key.startsWith('data.investments[].'))
  .map(([key, meta]) => [key.slice(key.lastIndexOf('.') + 1), meta] as [string, typeof meta]);

describe('roster column widths come from their content', () => {
  test('the 类别 column is as wide as 「软件及信息化平台」, its longest choice, plus padding', () => {
    const category = gridColumns(investments, [], 'zh').find((c) => c.key === 'category');
    expect(textWidth('软件及信息化平台')).toBe(112);
    expect(category?.width).toBe(112 + 18);
  });

  test('a 20-digit invoice number in a row widens its text column; a 300-character name stops at 280 px', () => {
    const rows = [{ invoiceNumber: '25332330802000107919', name: '名'.repeat(300) }];
    const columns = gridColumns(investments, rows, 'zh');
    expect(columns.find((c) => c.key === 'invoiceNumber')?.width).toBe(20 * 8 + 18);
    expect(columns.find((c) => c.key === 'name')?.width).toBe(280);
  });

  test('the six 投资明细 columns (来源文件 from 导入发票) with real rows fit the 1,008 px a full-width roster has at 1280 px', () => {
    const rows = [
      {
        name: '工业机器人实训工作站（6套）',
        invoiceNumber: '25332330802000107919',
        sourceFile: '25332330802000107919.ofd',
      },
    ];
    const total = gridColumns(investments, rows, 'zh').reduce(
      (sum, c) => sum + c.width,
      SELECT_WIDTH + INDEX_WIDTH,
    );
    expect(total).toBeLessThanOrEqual(1008);
    expect(gridColumns(investments, rows, 'zh').map((c) => c.title)).toEqual([
      '类别 *',
      '项目名称 *',
      '金额 *',
      '发票号码 *',
      '开票日期 *',
      '来源文件',
    ]);
  });
});
