import { Collapse, Empty, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { memo } from 'react';
import type { Finding, Severity } from '../../../shared/policy/types';
import { getPack } from '../../../shared/policy/registry';

const SEVERITY: Record<Severity, { color: string; zh: string; en: string }> = {
  error: { color: 'red', zh: '错误', en: 'Error' },
  warning: { color: 'orange', zh: '提醒', en: 'Warning' },
  info: { color: 'blue', zh: '说明', en: 'Info' },
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
  const findings = props.findings.slice(0, SHOWN);
  const errors = props.findings.filter((f) => f.severity === 'error').length;
  const warnings = props.findings.filter((f) => f.severity === 'warning').length;
  return (
    <section className="checks-panel" aria-label="政策核对">
      <Typography.Title level={5}>
        政策核对{' '}
        <Tag color={errors ? 'red' : 'green'} data-testid="error-count">
          错误 {errors}
        </Tag>
        <Tag color={warnings ? 'orange' : 'default'}>提醒 {warnings}</Tag>
      </Typography.Title>
      {errors === 0 && (
        <Typography.Paragraph type="success" data-testid="checks-clean">
          <CheckCircleOutlined /> 没有错误，可以打印正式申报表
        </Typography.Paragraph>
      )}
      {findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有需要处理的提示" />
      ) : (
        <Collapse
          size="small"
          items={findings.map((f, i) => {
            const text = clauseText(f);
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
                  <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity][lang]}</Tag>
                  <span className="finding-message">{lang === 'zh' ? f.message : f.messageEn}</span>
                  {f.clause && (
                    <Typography.Text type="secondary" className="finding-clause">
                      {' '}
                      （{f.clause.docNumber} {f.clause.ref}）
                    </Typography.Text>
                  )}
                </span>
              ),
              children: text ? (
                <blockquote className="clause-text">{text}</blockquote>
              ) : (
                <Typography.Text type="secondary">此项为数据格式检查，不涉及政策条款。</Typography.Text>
              ),
            };
          })}
        />
      )}
      {props.findings.length > SHOWN && (
        <Typography.Paragraph type="secondary">
          另有 {props.findings.length - SHOWN} 条提示未列出：请先处理上面的问题
        </Typography.Paragraph>
      )}
    </section>
  );
});
