import { Form, Row } from 'antd';
import { memo } from 'react';
import type { Control } from 'react-hook-form';
import type { Finding } from '../../../shared/policy/types';
import type { FieldMeta } from '../../../shared/schemas';
import { DraftField } from './draft-field';
import type { DraftFormValues } from './form-schema';

interface Props {
  fields: [string, FieldMeta][];
  control: Control<DraftFormValues>;
  findings: Map<string, Finding[]>;
  lang: 'zh' | 'en';
}

const WIDE = new Set(['textarea']);

/** The scalar fields of one section as a labelled two-column form, each field bound to react-hook-form. */
export const SectionForm = memo(function SectionForm(props: Props) {
  return (
    <Form layout="vertical" component="div" className="section-form">
      <Row gutter={16}>
        {props.fields.map(([path, meta]) => (
          <DraftField
            key={path}
            path={path}
            meta={meta}
            control={props.control}
            findings={props.findings.get(path)}
            lang={props.lang}
            wide={WIDE.has(meta.input) || path === 'applicant.address'}
          />
        ))}
      </Row>
    </Form>
  );
});
