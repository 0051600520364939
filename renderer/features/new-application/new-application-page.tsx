import { Alert, Button, Card, Col, List, Radio, Row, Space, Steps, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPack, getProgram } from '../../../shared/policy/registry';
import { PROGRAM_APPLICANT, PROGRAM_IDS, DRAFT_FORMAT, type ProgramId } from '../../../shared/schemas';
import { todayIso } from '../../../shared/policy/dates';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { editorHash } from '../../app/routes';
import { listApplicants, type ApplicantRow } from '../../db';
import { createDraftFromEnvelope } from '../drafts/create-draft';
import { fill, joinList, useFeatureText } from '../../i18n/feature-text';
import { messages } from './messages';
import { useRegisteredPacks } from '../policies/pack-pins';

// The local day, as the checks use it (UTC would still be yesterday before 08:00 in China).
const today = todayIso;

/** 新建申报: policy → program (with what it requires) → applicant (a saved profile or a new one). */
export function NewApplicationPage() {
  const { t } = useTranslation();
  const { text, lang } = useFeatureText(messages);
  const { db } = useServices();
  const [policy, setPolicy] = useState<string | null>(null);
  const [program, setProgram] = useState<ProgramId | null>(null);
  const [applicants, setApplicants] = useState<ApplicantRow[]>([]);
  const [applicantId, setApplicantId] = useState<string>('new');
  // A pack imported or removed (here or in another window) shows without a reload.
  const packs = useRegisteredPacks();
  const step = policy === null ? 0 : program === null ? 1 : 2;
  const pack = policy === null ? undefined : getPack(policy);
  const definition = policy && program ? getProgram(policy, program) : undefined;

  useEffect(() => {
    if (!program) return;
    let live = true;
    listApplicants(db, PROGRAM_APPLICANT[program]).then(
      (list) => live && setApplicants(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, program]);

  const create = async () => {
    if (!policy || !program) return;
    const profile = applicants.find((a) => a.id === applicantId);
    const row = await createDraftFromEnvelope(
      db,
      {
        format: DRAFT_FORMAT,
        id: '',
        policy,
        program,
        applicationDate: today(),
        applicant: profile ? { ...profile.profile } : {},
        data: {},
        attachments: [],
      },
      { lang },
    );
    void message.success(text.created);
    window.location.hash = editorHash(row.id);
  };

  return (
    <>
      <PageHeader title={t('nav.new')} description={t('newApp.description')} />
      <Card>
        <Steps
          current={step}
          onChange={(s) => {
            if (s === 0) setPolicy(null);
            if (s <= 1) setProgram(null);
          }}
          items={[
            { title: t('newApp.stepPolicy') },
            { title: t('newApp.stepProgram') },
            { title: t('newApp.stepApplicant') },
          ]}
        />
        <div style={{ marginTop: 24 }}>
          {step === 0 && (
            <Row gutter={[16, 16]}>
              {packs.map((p) => {
                const expired = p.dates.periodEnd !== undefined && p.dates.periodEnd < today();
                return (
                  <Col span={12} key={p.id}>
                    <Card
                      hoverable
                      size="small"
                      onClick={() => setPolicy(p.id)}
                      data-testid={`policy-${p.id}`}
                    >
                      <Typography.Text strong>{lang === 'en' ? p.titleEn : p.title}</Typography.Text>
                      <div>
                        <Tag>{p.docNumber}</Tag>
                        <Tag>{p.region.name}</Tag>
                        {expired && <Tag color="red">{text.expired}</Tag>}
                      </div>
                      <Typography.Text type="secondary">
                        {p.issuer} · {p.dates.note[lang]}
                      </Typography.Text>
                    </Card>
                  </Col>
                );
              })}
            </Row>
          )}
          {step === 1 && pack && (
            <List
              grid={{ gutter: 16, column: 2 }}
              dataSource={PROGRAM_IDS.filter((id) => pack.programs[id])}
              renderItem={(id) => {
                const def = getProgram(pack.id, id);
                return (
                  <List.Item>
                    <Card hoverable size="small" onClick={() => setProgram(id)} data-testid={`program-${id}`}>
                      <Typography.Text strong>{def?.title[lang]}</Typography.Text>{' '}
                      <Tag>{PROGRAM_APPLICANT[id] === 'enterprise' ? text.enterprise : text.school}</Tag>
                      <div>
                        <Typography.Text type="secondary">{def?.formula[lang]}</Typography.Text>
                      </div>
                    </Card>
                  </List.Item>
                );
              }}
            />
          )}
          {step === 2 && definition && (
            <Space direction="vertical" style={{ width: '100%' }} size="large">
              <Alert
                type="info"
                showIcon
                title={fill(text.heading, {
                  program: definition.title[lang],
                  formula: definition.formula[lang],
                })}
                description={
                  <>
                    <div>
                      {fill(text.basis, {
                        list: definition.citations
                          .map((c) => `${c.docNumber} ${c.ref}`)
                          .join(text.citationSeparator),
                      })}
                    </div>
                    <div>
                      {fill(text.evidence, {
                        list: joinList(
                          definition.evidence.map((e) => e.label[lang] + (e.required ? '' : text.optional)),
                          lang,
                        ),
                      })}
                    </div>
                  </>
                }
              />
              <Radio.Group value={applicantId} onChange={(e) => setApplicantId(e.target.value as string)}>
                <Space direction="vertical">
                  <Radio value="new">{text.newApplicant}</Radio>
                  {applicants.map((a) => (
                    <Radio key={a.id} value={a.id}>
                      {a.name}{' '}
                      {a.code && (
                        <Typography.Text type="secondary">
                          {fill(text.applicantCode, { code: a.code })}
                        </Typography.Text>
                      )}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              <Button type="primary" onClick={() => void create()}>
                {text.create}
              </Button>
            </Space>
          )}
        </div>
      </Card>
    </>
  );
}
