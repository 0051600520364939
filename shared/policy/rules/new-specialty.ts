import { userStandardAmount } from '../amount';
import { yearOf } from '../dates';
import type { AmountFn, ProgramSpec, Rule } from '../types';
import { duplicateRows, finding } from './common';
import { EVIDENCE } from './evidence';

const P = 'new-specialty';

const partnersUnique: Rule<typeof P> = ({ draft }) =>
  duplicateRows(
    draft.data.partners,
    (p) => p.uscc,
    (p) => p.name,
    {
      ruleId: `${P}.duplicate-partner`,
      listPath: ['data', 'partners'],
      field: 'uscc',
      label: '统一社会信用代码',
      labelEn: 'credit code',
    },
  );

const intakeNotPast: Rule<typeof P> = ({ draft }) =>
  draft.data.firstIntakeYear < yearOf(draft.applicationDate)
    ? [
        finding(
          null,
          `${P}.intake-in-past`,
          'warning',
          ['data', 'firstIntakeYear'],
          null,
          `首次招生年份 ${draft.data.firstIntakeYear} 早于申报年度，新增专业应在招生前申报`,
          `First intake ${draft.data.firstIntakeYear} is before the application year`,
        ),
      ]
    : [];

export const newSpecialtySpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'school',
  title: { zh: '新增专业申报', en: 'New specialty application' },
  evidence: [
    EVIDENCE.schoolLicence,
    { id: 'training-plan', label: { zh: '人才培养方案', en: 'Talent-training plan' }, required: true },
    EVIDENCE.agreement,
    {
      id: 'demand-report',
      label: { zh: '行业人才需求调研报告', en: 'Labour demand survey' },
      required: true,
    },
  ],
  rules: [partnersUnique, intakeNotPast],
  claims: () => [],
  userStandardBases: ['lump-sum'],
};

/** Jining: at least `minimum` (一家) deeply cooperating enterprises that co-drafted the talent-training plan. */
export function requireCoDraftingPartner(clause: string, minimum = 1): Rule<typeof P> {
  return ({ draft, pack }) => {
    const n = draft.data.partners.filter((p) => p.deepCooperation && p.coDraftedPlan).length;
    if (n >= minimum) return [];
    const one = minimum === 1;
    return [
      finding(
        pack,
        `${pack.id}.${P}.co-drafting-partner`,
        'error',
        ['data', 'partners'],
        clause,
        `申报新增专业须至少有${one ? '一' : minimum}家深度合作企业共同参与制定人才培养方案${one ? '' : `，现有${n}家`}`,
        one
          ? 'A new specialty needs at least one deeply cooperating enterprise that co-drafted the training plan'
          : `A new specialty needs at least ${minimum} deeply cooperating enterprises that co-drafted the training plan; got ${n}`,
      ),
    ];
  };
}

/** Jining: specialties follow the catalogues the document names. */
export function catalogueIn(allowed: readonly string[], names: string, clause: string): Rule<typeof P> {
  return ({ draft, pack }) =>
    allowed.includes(draft.data.catalogue)
      ? []
      : [
          finding(
            pack,
            `${pack.id}.${P}.catalogue`,
            'warning',
            ['data', 'catalogue'],
            clause,
            `专业设置应依据${names}，请核对所选目录`,
            'The specialty should follow the catalogues the document names',
          ),
        ];
}

/** Wuzhou: a new specialty should in principle (原则上) have industry or enterprise participation (`minimum` of them). */
export function requireIndustryParticipation(clause: string, minimum = 1): Rule<typeof P> {
  return ({ draft, pack }) => {
    const n = draft.data.partners.length + draft.data.industryBodies.length;
    if (n >= minimum) return [];
    const one = minimum === 1;
    return [
      finding(
        pack,
        `${pack.id}.${P}.industry-participation`,
        'warning',
        ['data', 'partners'],
        clause,
        `职业院校新设专业原则上应有${one ? '' : `至少${minimum}家`}相关行业企业参与，请填写参与的企业或行业组织`,
        `A new specialty should in principle have ${one ? '' : `at least ${minimum} `}industry or enterprise participation`,
      ),
    ];
  };
}

/** Wuzhou: specialties averaging under `minimum` students a year for 3 years face 预警 (info). */
export function enrolmentWarningBelow(minimum: number, clause: string): Rule<typeof P> {
  return ({ draft, pack }) =>
    draft.data.plannedEnrolment >= minimum
      ? []
      : [
          finding(
            pack,
            `${pack.id}.${P}.low-enrolment`,
            'info',
            ['data', 'plannedEnrolment'],
            clause,
            `计划年招生 ${draft.data.plannedEnrolment} 人，不足${minimum}人：连续3年年均招生不足${minimum}人的专业将被预警`,
            `Planned enrolment ${draft.data.plannedEnrolment} is under ${minimum}; specialties averaging under ${minimum} for 3 years are flagged`,
          ),
        ];
}

/** No document amount: a lump sum from the implementing rules, if any. */
export const newSpecialtyUserAmount: AmountFn<typeof P> = ({ draft, pack }) =>
  userStandardAmount(pack, draft.data.userStandard, newSpecialtySpec.userStandardBases, {});
