import { Card, Empty, Space, Tag, Typography } from 'antd';
import { getProgram } from '../../../shared/policy/registry';
import type { Pack } from '../../../shared/policy/types';
import { PROGRAM_IDS } from '../../../shared/schemas';
import { useFeatureText } from '../../i18n/feature-text';
import { Highlight } from './highlight';
import { messages } from './messages';

/** The programs a pack offers: formula in words, the clauses each relies on, the evidence checklist. */
export function ProgramList(props: { pack: Pack; query: string }) {
  const { text, lang } = useFeatureText(messages);
  const programs = PROGRAM_IDS.flatMap((id) => getProgram(props.pack.id, id) ?? []);
  if (programs.length === 0) return <Empty description={text.noPrograms} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {programs.map((program) => (
        <Card
          key={program.id}
          size="small"
          data-testid={`program-${program.id}`}
          title={
            <Space size="small" wrap>
              <span>{program.title[lang]}</span>
              <Tag color={program.applicant === 'enterprise' ? 'orange' : 'green'}>
                {program.applicant === 'enterprise' ? text.enterprise : text.school}
              </Tag>
            </Space>
          }
        >
          <dl className="policy-program">
            <dt>{text.formula}</dt>
            <dd>{program.formula[lang]}</dd>
            <dt>{text.reliesOn}</dt>
            <dd>
              {program.clauses.map((clause) => (
                <div key={clause.ref} className="policy-program-clause">
                  <Tag color="geekblue" className="policy-clause-ref">
                    {props.pack.docNumber} {clause.ref}
                  </Tag>
                  <blockquote className="policy-quote">
                    <Highlight text={clause.text} query={props.query} />
                  </blockquote>
                </div>
              ))}
            </dd>
            <dt>{text.evidence}</dt>
            <dd>
              <ul className="policy-evidence">
                {program.evidence.map((item) => (
                  <li key={item.id}>
                    {item.label[lang]}
                    <Typography.Text type={item.required ? 'danger' : 'secondary'}>
                      {item.required ? text.required : text.optional}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </Card>
      ))}
    </Space>
  );
}
