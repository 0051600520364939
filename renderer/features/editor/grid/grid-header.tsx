import { Checkbox } from 'antd';
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { cellStyle, type GridColumn } from './grid-columns';

export interface GridSort {
  key: string;
  dir: 1 | -1;
}

/** The grid's sticky header row: select-all, 序号, then each column's title; a click sorts (up, down, off). */
export function GridHeader(props: {
  columns: readonly GridColumn[];
  sort: GridSort | null;
  onSort: (sort: GridSort | null) => void;
  indexTitle: string;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: (all: boolean) => void;
}) {
  const { sort } = props;
  return (
    <div className="rg-head" role="row" aria-rowindex={1}>
      <div className="rg-th rg-sticky rg-select-col" role="columnheader" data-col="_select">
        <Checkbox
          tabIndex={-1}
          checked={props.allSelected}
          indeterminate={!props.allSelected && props.someSelected}
          onChange={(e) => props.onSelectAll(e.target.checked)}
        />
      </div>
      <div className="rg-th rg-sticky rg-index-col" role="columnheader" data-col="_index">
        {props.indexTitle}
      </div>
      {props.columns.map((c) => {
        const dir = sort?.key === c.key ? sort.dir : 0;
        return (
          <div
            key={c.key}
            className="rg-th"
            role="columnheader"
            data-col={c.key}
            aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : 'none'}
            style={cellStyle(c)}
            onClick={() =>
              props.onSort(dir === 0 ? { key: c.key, dir: 1 } : dir === 1 ? { key: c.key, dir: -1 } : null)
            }
          >
            <span className="rg-th-title">{c.title}</span>
            {dir === 1 ? <CaretUpOutlined /> : dir === -1 ? <CaretDownOutlined /> : null}
          </div>
        );
      })}
    </div>
  );
}
