import { Alert, Card, Checkbox, Space, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../shared/policy/dates';
import { findEligiblePrograms, type EligibilityEntry } from '../../../shared/policy/eligibility';
import { getPack } from '../../../shared/policy/registry';
import { DRAFT_FORMAT, PROGRAM_APPLICANT } from '../../../shared/schemas';
import { editorHash } from '../../app/routes';
import { useServices } from '../../app/services';
import { PageHeader } from '../../components/page-header';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { createDraftFromEnvelope } from '../drafts/create-draft';
import { messages } from './messages';
import { useRegisteredPacks } from '../policies/pack-pins';
import { ProfileForm, type FinderInput } from './profile-form';
import { ResultTable, rowKey } from './result-table';
import { useApplicants } from './use-applicants';
import './eligibility.css';
import { errorText } from '../../i18n/error-text';

/** Programs of the applicant's kind; those a document does not offer only on request; eligible first. */
function visibleEntries(all: EligibilityEntry[], input: FinderInput, showUnoffered: boolean) {
  const mine = all.filter(
    (e) =>
      PROGRAM_APPLICANT[e.program] === input.kind &&
      (showUnoffered || getPack(e.policy)?.programs[e.program] !== undefined),
  );
  return [...mine.filter((e) => e.eligible), ...mine.filter((e) => !e.eligible)];
}

/** 政策匹配: every program under every pack for one applicant profile, and a draft from any of them. */
export function EligibilityPage() {
  const { t } = useTranslation();
  const { text, lang } = useFeatureText(messages);
  const { db } = useServices();
  const applicants = useApplicants();
  const [input, setInput] = useState<FinderInput>({ kind: 'enterprise', facts: {} });
  const [showUnoffered, setShowUnoffered] = useState(false);
  const [creating, setCreating] = useState<string | null>(null);
  const today = todayIso();
  // A pack imported or removed (here or in another window) is matched without a reload.
  const packs = useRegisteredPacks();

  const all = useMemo(
    () =>
      findEligiblePrograms({
        kind: input.kind,
        // 其他地区 (OTHER_REGION) matches no pack's region, so every row says where it applies.
        ...(input.region ? { region: input.region } : {}),
        date: today,
        facts: input.facts,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `packs` is what findEligiblePrograms reads
    [input, today, packs],
  );
  const entries = visibleEntries(all, input, showUnoffered);
  const eligible = entries.filter((e) => e.eligible).length;

  const create = async (entry: EligibilityEntry) => {
    setCreating(rowKey(entry));
    try {
      const profile = applicants.rows.find((a) => a.id === input.applicantId);
      const row = await createDraftFromEnvelope(
        db,
        {
          format: DRAFT_FORMAT,
          id: '',
          policy: entry.policy,
          program: entry.program,
          applicationDate: today,
          applicant: profile ? { ...profile.profile } : {},
          data: {},
          attachments: [],
        },
        { lang },
      );
      void message.success(text.created);
      window.location.hash = editorHash(row.id);
    } catch (e) {
      void message.error(fill(text.createFailed, { error: errorText(e, lang) }));
      setCreating(null);
    }
  };

  return (
    <>
      <PageHeader title={t('nav.eligibility')} description={t('eligibility.description')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          title={text.profileTitle}
          extra={<Typography.Text type="secondary">{text.optionalHint}</Typography.Text>}
        >
          {applicants.error && (
            <Alert type="error" showIcon title={fill(text.loadFailed, { error: applicants.error })} />
          )}
          <ProfileForm value={input} onChange={setInput} applicants={applicants.rows} />
          <Typography.Text type="secondary">{fill(text.dateNote, { date: today })}</Typography.Text>
        </Card>
        <Card
          title={text.resultTitle}
          extra={
            <Space size="large">
              <Typography.Text data-testid="result-count">
                {fill(text.resultCount, { n: eligible, m: entries.length - eligible })}
              </Typography.Text>
              <Checkbox checked={showUnoffered} onChange={(e) => setShowUnoffered(e.target.checked)}>
                {text.showUnoffered}
              </Checkbox>
            </Space>
          }
        >
          <ResultTable entries={entries} creating={creating} onCreate={(e) => void create(e)} />
        </Card>
      </Space>
    </>
  );
}
