import { Select, Table, Tag } from 'antd';
import type { ReactNode } from 'react';

/** One thing a form asks for (a PDF field, a Word label or column), as the mapping table lists it. */
export interface MappingRow {
  key: string;
  label: string;
  /** Where it is in the form (表1第2行); a column only when some row says. */
  where?: string;
  type: string;
  options: readonly { value: string; label: string }[];
  /** The path select's accessible name. */
  ariaLabel: string;
}

interface Props {
  rows: readonly MappingRow[];
  /** Row key → draft path ('' or missing: not mapped). */
  mapping: Readonly<Record<string, string>>;
  onChange: (key: string, path: string) => void;
  titles: { label: string; where?: string; type: string; path: string };
  /** For a Word form: the select's placeholder and the tag beside a row nothing fills. */
  unmapped?: { placeholder: string; tag: ReactNode };
}

/** The field mapping of 填写官方表格, the same for a fillable PDF and a Word form: label, where, type, draft field. */
export function MappingTable({ rows, mapping, onChange, titles, unmapped }: Props) {
  const where = titles.where;
  return (
    <Table<MappingRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={[...rows]}
      columns={[
        { title: titles.label, dataIndex: 'label', width: 220 },
        ...(where === undefined ? [] : [{ title: where, dataIndex: 'where', key: 'place', width: 150 }]),
        { title: titles.type, dataIndex: 'type', key: 'kind', width: 90 },
        {
          title: titles.path,
          key: 'path',
          render: (_: unknown, row: MappingRow) => (
            <>
              <Select
                allowClear
                showSearch
                aria-label={row.ariaLabel}
                style={{ width: unmapped ? '80%' : '100%' }}
                value={mapping[row.key] || undefined}
                {...(unmapped ? { placeholder: unmapped.placeholder } : {})}
                optionFilterProp="label"
                options={[...row.options]}
                onChange={(v?: string) => onChange(row.key, v ?? '')}
              />
              {unmapped && !mapping[row.key] && (
                <Tag color="warning" style={{ marginLeft: 8 }}>
                  {unmapped.tag}
                </Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
