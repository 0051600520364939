import { Collapse, Empty, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { memo } from 'react';
import type { Finding, Severity } from '../../../shared/policy/types';
import { getPack } from '../../../shared/policy/registry';
import { fill } from '../../i18n/feature-text';
import { messages, type EditorText } from './messages';

const SEVERITY: Record<Severity, { color: string; label: keyof EditorText }> = {
  error: { color: 'red', label: 'severityError' },
  warning: { color: 'orange', label: 'severityWarning' },
  info: { color: 'blue', label: 'severityInfo' },
};

function clauseText(f: Finding): string | null {
  if (!f.clause) return null;
  return getPack(f.clause.policy)?.clauses.find((c) => c.ref === f.clause?.ref)?.text ?? null;
}

/** A bad import can yield thousands of findings; the panel lists the first ones and says how many more. */
const SHOWN = 200;

/** Findings by severity, each with its clause; expand for the clause's words; click to go to the field. */
export const ChecksPanel = memo(function ChecksPanel(props: {
  findings: readonly Finding[];
  lang: 'zh' | 'en';
  onGoTo: (f: Finding) => void;
}) {
  const { lang } = props;
  const text = messages[lang];
  const findings = props.findings.slice(0, SHOWN);
  const errors = props.findings.filter((f) => f.severity === 'error').length;
  const warnings = props.findings.filter((f) => f.severity === 'warning').length;
  return (
    <section className="checks-panel" aria-label={text.checksTitle}>
      <Typography.Title level={5}>
        {text.checksTitle}{' '}
        <Tag color={errors ? 'red' : 'green'} data-testid="error-count">
          {fill(text.errorCount, { n: errors })}
        </Tag>
        <Tag color={warnings ? 'orange' : 'default'}>{fill(text.warningCount, { n: warnings })}</Tag>
      </Typography.Title>
      {errors === 0 && (
        <Typography.Paragraph type="success" data-testid="checks-clean">
          <CheckCircleOutlined /> {text.checksClean}
        </Typography.Paragraph>
      )}
      {findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.noFindings} />
      ) : (
        <Collapse
          size="small"
          items={findings.map((f, i) => {
            const quote = clauseText(f);
            return {
              key: `${f.ruleId}-${i}`,
              label: (
                <span
                  className="finding"
                  data-rule={f.ruleId}
                  onClick={(e) => {
                    e.stopPropagation();
                    props.onGoTo(f);
                  }}
                >
                  <Tag color={SEVERITY[f.severity].color}>{text[SEVERITY[f.severity].label]}</Tag>
                  <span className="finding-message">{lang === 'zh' ? f.message : f.messageEn}</span>
                  {f.clause && (
                    <Typography.Text type="secondary" className="finding-clause">
                      {' '}
                      {fill(text.findingClause, { doc: f.clause.docNumber, ref: f.clause.ref })}
                    </Typography.Text>
                  )}
                </span>
              ),
              children: quote ? (
                <blockquote className="clause-text">{quote}</blockquote>
              ) : (
                <Typography.Text type="secondary">{text.noClause}</Typography.Text>
              ),
            };
          })}
        />
      )}
      {props.findings.length > SHOWN && (
        <Typography.Paragraph type="secondary">
          {fill(text.moreFindings, { n: props.findings.length - SHOWN })}
        </Typography.Paragraph>
      )}
    </section>
  );
});
