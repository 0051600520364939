import { Col, Form } from 'antd';
import { memo, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { Finding } from '../../../shared/policy/types';
import type { FieldMeta } from '../../../shared/schemas';
import { FieldInput } from './field-input';
import { fieldMessage } from './form-resolver';
import type { DraftFormValues } from './form-schema';

/** Field id in the page, so a finding can move the focus there. */
export const fieldDomId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

interface Props {
  path: string;
  meta: FieldMeta;
  control: Control<DraftFormValues>;
  /** The checks' findings at this field, most severe first. */
  findings: readonly Finding[] | undefined;
  lang: 'zh' | 'en';
  wide: boolean;
}

/**
 * One form field bound to react-hook-form: a keystroke re-renders this field alone. Under it, in order:
 * the amount the user is still typing (not yet a number), the form's own schema error, then the checks'
 * finding (a policy rule, or a schema error the form has not re-validated yet).
 */
export const DraftField = memo(function DraftField({ path, meta, control, findings, lang, wide }: Props) {
  const { field, fieldState } = useController({ name: path as 'applicationDate', control });
  const [parseError, setParseError] = useState<string | null>(null);
  const value: unknown = field.value;
  const empty = value === undefined || value === '';
  // A new draft is all empty: 缺少… under every field before the user has touched one is noise (the checks
  // panel still lists them all).
  const untouched = empty && !fieldState.isDirty && !fieldState.isTouched;
  const finding = untouched ? undefined : findings?.[0];
  const schemaError = fieldState.error?.message;
  const status =
    parseError || schemaError || finding?.severity === 'error' ? 'error' : finding ? 'warning' : undefined;
  return (
    <Col span={wide ? 24 : 12}>
      <Form.Item
        label={meta.label[lang]}
        required={meta.required}
        htmlFor={fieldDomId(path)}
        validateStatus={status}
        help={parseError ?? schemaError ?? (finding ? fieldMessage(finding, lang) : meta.help?.[lang])}
      >
        <FieldInput
          id={fieldDomId(path)}
          meta={meta}
          lang={lang}
          value={value}
          status={status}
          onChange={field.onChange}
          onBlur={field.onBlur}
          onParseError={setParseError}
        />
      </Form.Item>
    </Col>
  );
});
