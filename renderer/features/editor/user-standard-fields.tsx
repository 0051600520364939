import { Button, Col, Form, Row, Select, Space, Switch, Typography } from 'antd';
import { memo } from 'react';
import { getProgram } from '../../../shared/policy/registry';
import { draftFieldMeta, type ProgramId, type UserStandardBasis } from '../../../shared/schemas';
import type { Finding } from '../../../shared/policy/types';
import { FieldInput } from './field-input';
import type { EditableDraft } from './draft-mapping';
import { messages } from './messages';

interface Props {
  /** Only what the block reads, so a keystroke elsewhere in the draft does not re-render it. */
  draft: Pick<EditableDraft, 'policy' | 'program'> & { userStandard: unknown };
  findings: Map<string, Finding[]>;
  setValue: (path: string, value: unknown) => void;
  lang: 'zh' | 'en';
}

const FIELDS: Record<UserStandardBasis, string[]> = {
  'per-unit': ['amountFen', 'source'],
  'lump-sum': ['amountFen', 'source'],
  rate: ['rateBasisPoints', 'capFen', 'source'],
  'per-occupation': ['source'],
};

/** The standard from implementing rules a user may enter where the document gives none, with its source. */
export const UserStandardFields = memo(function UserStandardFields(props: Props) {
  const { draft, lang, setValue } = props;
  const text = messages[lang];
  const program = draft.program as ProgramId;
  const meta = draftFieldMeta(program);
  const definition = getProgram(draft.policy, program);
  const bases = definition?.userStandardBases ?? [];
  const value = draft.userStandard as Record<string, unknown> | undefined;
  if (bases.length === 0) return null;
  const basis = (value?.['basis'] as UserStandardBasis | undefined) ?? bases[0];
  const msg = (key: string) => props.findings.get(`data.userStandard.${key}`)?.[0];
  const items = (value?.['items'] as Record<string, unknown>[] | undefined) ?? [];

  return (
    <div className="user-standard">
      <Space>
        <Switch
          aria-label={text.useStandard}
          checked={value !== undefined}
          onChange={(on) => setValue('data.userStandard', on ? { basis } : undefined)}
        />
        <Typography.Text>{meta['data.userStandard']?.label[lang]}</Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary">{meta['data.userStandard']?.help?.[lang]}</Typography.Paragraph>
      {value && basis && (
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label={meta['data.userStandard.basis']?.label[lang]}>
                <Select
                  aria-label={text.basis}
                  value={basis}
                  options={(meta['data.userStandard.basis']?.options ?? [])
                    .filter((o) => bases.includes(o.value as UserStandardBasis))
                    .map((o) => ({ value: o.value, label: o.label[lang] }))}
                  onChange={(b) => setValue('data.userStandard', { basis: b, source: value['source'] })}
                />
              </Form.Item>
            </Col>
            {FIELDS[basis].map((key) => {
              const m = meta[`data.userStandard.${key}`];
              if (!m) return null;
              const f = msg(key);
              return (
                <Col span={key === 'source' ? 24 : 12} key={key}>
                  <Form.Item
                    label={m.label[lang]}
                    required={m.required}
                    validateStatus={f ? 'error' : undefined}
                    help={f ? (lang === 'en' ? f.messageEn : f.message) : m.help?.[lang]}
                  >
                    <FieldInput
                      id={`userStandard-${key}`}
                      meta={m}
                      lang={lang}
                      value={value[key]}
                      onChange={(v) => setValue(`data.userStandard.${key}`, v)}
                    />
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
          {basis === 'per-occupation' && (
            <div>
              {items.map((item, i) => (
                <Row gutter={8} key={i}>
                  {['occupation', 'amountFen'].map((k) => {
                    const m = meta[`data.userStandard.items[].${k}`];
                    return m ? (
                      <Col span={10} key={k}>
                        <Form.Item label={m.label[lang]}>
                          <FieldInput
                            id={`userStandard-items-${i}-${k}`}
                            meta={m}
                            lang={lang}
                            value={item[k]}
                            onChange={(v) =>
                              setValue(
                                'data.userStandard.items',
                                items.map((it, j) => (j === i ? { ...it, [k]: v } : it)),
                              )
                            }
                          />
                        </Form.Item>
                      </Col>
                    ) : null;
                  })}
                </Row>
              ))}
              <Button onClick={() => setValue('data.userStandard.items', [...items, {}])}>
                {text.addOccupation}
              </Button>
            </div>
          )}
        </Form>
      )}
    </div>
  );
});
