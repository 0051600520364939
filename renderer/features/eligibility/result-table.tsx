import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { EligibilityEntry } from '../../../shared/policy/eligibility';
import { getPack, getProgram } from '../../../shared/policy/registry';
import { formatYuan } from '../../../shared/money';
import { useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';

/** A row's key, also its `data-row-key` in the page: `<policy>:<program>`. */
export const rowKey = (e: EligibilityEntry) => `${e.policy}:${e.program}`;

function Amount(props: { entry: EligibilityEntry }) {
  const { text, lang } = useFeatureText(messages);
  const estimate = props.entry.estimate;
  if (!props.entry.eligible || !estimate) return <Typography.Text type="secondary">—</Typography.Text>;
  if (estimate.amountFen !== undefined) {
    return (
      <div data-testid="estimate">
        <Typography.Text strong className="finder-amount">
          {formatYuan(estimate.amountFen)}
        </Typography.Text>
        {(lang === 'en' ? estimate.traceEn : estimate.trace).map((line) => (
          <div key={line} className="finder-trace">
            {line}
          </div>
        ))}
      </div>
    );
  }
  if (estimate.status === 'no-amount') {
    return (
      <Tooltip title={lang === 'en' ? estimate.noteEn : estimate.note}>
        <div data-testid="estimate">
          <Typography.Text>{text.noAmount}</Typography.Text>
          <div className="finder-trace">{text.noAmountHint}</div>
        </div>
      </Tooltip>
    );
  }
  return (
    <Typography.Text type="secondary" data-testid="estimate">
      {lang === 'en' ? estimate.noteEn : estimate.note}
    </Typography.Text>
  );
}

/** Every program under every pack for the profile: result, estimate, reason, clause and the way to apply. */
export function ResultTable(props: {
  entries: EligibilityEntry[];
  creating: string | null;
  onCreate: (entry: EligibilityEntry) => void;
}) {
  const { text, lang } = useFeatureText(messages);
  return (
    <Table<EligibilityEntry>
      size="middle"
      rowKey={rowKey}
      dataSource={props.entries}
      pagination={false}
      tableLayout="fixed"
      rowClassName={(e) => (e.eligible ? 'finder-row-eligible' : 'finder-row-other')}
      locale={{ emptyText: text.emptyResult }}
      columns={[
        {
          title: text.colPolicy,
          key: 'policy',
          width: 170,
          render: (_, e) => (
            <>
              <div className="finder-doc">{e.docNumber}</div>
              <Typography.Text type="secondary">{getPack(e.policy)?.region.name}</Typography.Text>
            </>
          ),
        },
        { title: text.colProgram, key: 'program', width: 150, render: (_, e) => e.title[lang] },
        {
          title: text.colResult,
          key: 'result',
          width: 180,
          render: (_, e) => (
            <>
              <Tag color={e.eligible ? 'success' : 'default'} data-testid="result">
                {e.eligible ? text.eligible : text.notEligible}
              </Tag>
              {e.reasons.map((r) => (
                <div key={r.zh} className="finder-reason">
                  {r[lang]}
                </div>
              ))}
            </>
          ),
        },
        { title: text.colAmount, key: 'amount', render: (_, e) => <Amount entry={e} /> },
        {
          title: text.colClause,
          key: 'clause',
          width: 96,
          render: (_, e) => {
            const clauses = getProgram(e.policy, e.program)?.clauses ?? [];
            if (clauses.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
            return clauses.map((c) => (
              <div key={c.ref}>
                <Tooltip title={c.text} styles={{ root: { maxWidth: 420 } }}>
                  <a href={`#/policies/${e.policy}`}>{c.ref}</a>
                </Tooltip>
              </div>
            ));
          },
        },
        {
          title: text.colAction,
          key: 'action',
          width: 164,
          render: (_, e) =>
            e.eligible && (
              <Button
                type="primary"
                ghost
                loading={props.creating === rowKey(e)}
                disabled={props.creating !== null}
                onClick={() => props.onCreate(e)}
              >
                {text.create}
              </Button>
            ),
        },
      ]}
    />
  );
}
