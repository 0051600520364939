import { Col, Form, InputNumber, Radio, Row, Select } from 'antd';
import type { ProfileFacts } from '../../../shared/policy/estimates';
import type { ApplicantKind } from '../../../shared/schemas';
import { MoneyInput } from '../../components/money-input';
import type { ApplicantRow } from '../../db';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';
import { OTHER_REGION, regionFromAddress, regionOptions } from './region';

/** What the finder is asked about: the applicant and the facts its estimates use. */
export interface FinderInput {
  kind: ApplicantKind;
  applicantId?: string;
  region?: string;
  facts: ProfileFacts;
}

type CountFact = 'internMonths' | 'students' | 'talents';
type FlagFact = 'pilotListed' | 'internshipCertified';

function flagValue(v: boolean | undefined): string {
  return v === undefined ? 'unknown' : v ? 'yes' : 'no';
}

/** The applicant profile of the finder: kind, saved applicant, region and the facts for estimates. */
export function ProfileForm(props: {
  value: FinderInput;
  onChange: (next: FinderInput) => void;
  applicants: ApplicantRow[];
}) {
  const { text } = useFeatureText(messages);
  const { value, onChange } = props;
  const saved = props.applicants.filter((a) => a.kind === value.kind);
  const setFact = <K extends keyof ProfileFacts>(key: K, fact: ProfileFacts[K] | undefined) => {
    const facts = { ...value.facts };
    if (fact === undefined) delete facts[key];
    else facts[key] = fact;
    onChange({ ...value, facts });
  };

  const chooseApplicant = (id: string | undefined) => {
    const row = saved.find((a) => a.id === id);
    const region = row ? regionFromAddress(row.profile['address']) : undefined;
    onChange({ ...value, applicantId: row?.id, region: region ?? value.region });
  };

  const count = (key: CountFact, label: string) => (
    <Col xs={24} md={12} xl={8} key={key}>
      <Form.Item label={label} htmlFor={`finder-${key}`}>
        <InputNumber
          id={`finder-${key}`}
          min={0}
          max={1_000_000}
          precision={0}
          style={{ width: '100%' }}
          value={value.facts[key] ?? null}
          onChange={(n) => setFact(key, typeof n === 'number' ? n : undefined)}
        />
      </Form.Item>
    </Col>
  );
  const money = (key: 'investmentFen' | 'surchargePayableFen', label: string) => (
    <Col xs={24} md={12} xl={8} key={key}>
      <Form.Item label={label} htmlFor={`finder-${key}`}>
        <MoneyInput id={`finder-${key}`} value={value.facts[key]} onCommit={(fen) => setFact(key, fen)} />
      </Form.Item>
    </Col>
  );
  const flag = (key: FlagFact, label: string) => (
    <Col xs={24} md={12} xl={8} key={key}>
      <Form.Item label={label}>
        <Radio.Group
          aria-label={label}
          optionType="button"
          value={flagValue(value.facts[key])}
          onChange={(e) => setFact(key, e.target.value === 'unknown' ? undefined : e.target.value === 'yes')}
          options={[
            { value: 'yes', label: text.yes },
            { value: 'no', label: text.no },
            { value: 'unknown', label: text.unknown },
          ]}
        />
      </Form.Item>
    </Col>
  );

  return (
    <Form layout="vertical" className="finder-form" requiredMark={false}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item label={text.kind}>
            <Radio.Group
              aria-label={text.kind}
              optionType="button"
              buttonStyle="solid"
              value={value.kind}
              onChange={(e) =>
                onChange({ kind: e.target.value as ApplicantKind, region: value.region, facts: {} })
              }
              options={[
                { value: 'enterprise', label: text.enterprise },
                { value: 'school', label: text.school },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item
            label={text.savedProfile}
            htmlFor="finder-applicant"
            extra={
              saved.length === 0
                ? fill(text.savedEmpty, { kind: value.kind === 'enterprise' ? text.enterprise : text.school })
                : undefined
            }
          >
            <Select
              id="finder-applicant"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={text.savedNone}
              value={value.applicantId}
              onChange={(id?: string) => chooseApplicant(id)}
              options={saved.map((a) => ({
                value: a.id,
                label: a.code ? fill(text.savedOption, { name: a.name, code: a.code }) : a.name,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item label={text.region} htmlFor="finder-region">
            <Select
              id="finder-region"
              allowClear
              placeholder={text.regionAny}
              value={value.region}
              onChange={(region?: string) => onChange({ ...value, region })}
              options={[...regionOptions(), { value: OTHER_REGION, label: text.regionOther }]}
            />
          </Form.Item>
        </Col>
        {value.kind === 'enterprise'
          ? [
              money('investmentFen', text.investment),
              count('internMonths', text.internMonths),
              money('surchargePayableFen', text.surcharge),
              flag('pilotListed', text.pilotListed),
              flag('internshipCertified', text.certified),
            ]
          : [count('students', text.students), count('talents', text.talents)]}
      </Row>
    </Form>
  );
}
