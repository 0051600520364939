import { Col, Form, Row } from 'antd';
import { memo, useState } from 'react';
import type { Finding } from '../../../shared/policy/types';
import type { FieldMeta } from '../../../shared/schemas';
import { FieldInput } from './field-input';
import { valueAt } from './form-layout';
import type { EditableDraft } from './draft-mapping';

interface Props {
  fields: [string, FieldMeta][];
  draft: EditableDraft;
  findings: Map<string, Finding[]>;
  setValue: (path: string, value: unknown) => void;
  lang: 'zh' | 'en';
}

/** Field id in the page, so a finding can move the focus there. */
export const fieldDomId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

const WIDE = new Set(['textarea']);

/** Under its own field a finding need not name the field again: 「统一社会信用代码」：… → …. */
export function fieldMessage(finding: Finding, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? finding.message.replace(/^「[^」]+」：/, '')
    : finding.messageEn.replace(/^"[^"]+": /, '');
}

/** The scalar fields of one section as a labelled two-column form. */
export const SectionForm = memo(function SectionForm(props: Props) {
  const [parseErrors, setParseErrors] = useState<Record<string, string | null>>({});
  // A new draft is all empty: 缺少… under every field before the user has touched it is noise (the checks
  // panel still lists them all).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  return (
    <Form layout="vertical" component="div" className="section-form">
      <Row gutter={16}>
        {props.fields.map(([path, meta]) => {
          const value = valueAt(props.draft, path);
          const empty = value === undefined || value === '';
          const finding = empty && !touched.has(path) ? undefined : props.findings.get(path)?.[0];
          const parseError = parseErrors[path];
          const status =
            parseError || finding?.severity === 'error' ? 'error' : finding ? 'warning' : undefined;
          return (
            <Col span={WIDE.has(meta.input) || path === 'applicant.address' ? 24 : 12} key={path}>
              <Form.Item
                label={meta.label[props.lang]}
                required={meta.required}
                htmlFor={fieldDomId(path)}
                validateStatus={status}
                help={parseError ?? (finding ? fieldMessage(finding, props.lang) : meta.help?.[props.lang])}
              >
                <FieldInput
                  id={fieldDomId(path)}
                  meta={meta}
                  lang={props.lang}
                  value={value}
                  status={status}
                  onChange={(v) => {
                    if (!touched.has(path)) setTouched(new Set(touched).add(path));
                    props.setValue(path, v);
                  }}
                  onParseError={(m) => setParseErrors((p) => ({ ...p, [path]: m }))}
                />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </Form>
  );
});
