import { userStandardAmount } from '../amount';
import type { AmountFn, ProgramSpec, Rule } from '../types';
import { atLeastPercent, finding, rowFindings, ratioText } from './common';
import { EVIDENCE } from './evidence';
import { datedPersonClaims, rosterDatesInOrder, rosterDuplicateIds } from './roster';

const P = 'apprenticeship';
const LIST = ['data', 'apprentices'] as const;

const hoursPresent: Rule<typeof P> = ({ draft }) =>
  draft.data.theoryHours + draft.data.practiceHours > 0
    ? []
    : [
        finding(
          null,
          `${P}.no-hours`,
          'error',
          ['data', 'practiceHours'],
          null,
          '培养计划的理论与实践课时合计为0',
          'The training plan has no hours',
        ),
      ];

const mentorNotSelf: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.apprentices, (row, index) =>
    row.mentor === row.name
      ? finding(
          null,
          `${P}.mentor-is-apprentice`,
          'error',
          [...LIST, index, 'mentor'],
          null,
          `第${index + 1}行「${row.name}」的企业导师不能是本人`,
          `Row ${index + 1} (${row.name}) cannot be their own mentor`,
        )
      : undefined,
  );

const occupationStandards: Rule<typeof P> = ({ draft }) => {
  const standard = draft.data.userStandard;
  if (standard?.basis !== 'per-occupation') return [];
  const known = new Set(standard.items.map((i) => i.occupation));
  const missing = [...new Set(draft.data.apprentices.map((a) => a.occupation))].filter((o) => !known.has(o));
  return missing.map((occupation) =>
    finding(
      null,
      `${P}.occupation-standard-missing`,
      'error',
      ['data', 'userStandard', 'items'],
      null,
      `工种「${occupation}」没有填写补助标准`,
      `No standard entered for the occupation "${occupation}"`,
    ),
  );
};

export const apprenticeshipSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'enterprise',
  title: { zh: '现代学徒制/企业新型学徒制培训补贴', en: 'Apprenticeship training subsidy' },
  evidence: [
    EVIDENCE.businessLicense,
    EVIDENCE.agreement,
    { id: 'training-plan', label: { zh: '学徒培养计划', en: 'Training plan' }, required: true },
    {
      id: 'apprentice-contracts',
      label: { zh: '学徒培养协议（劳动合同）', en: 'Apprentice contracts' },
      required: true,
    },
    EVIDENCE.roster,
  ],
  rules: [
    ({ draft }) => rosterDatesInOrder(`${P}.dates-order`, draft.data.apprentices, LIST),
    ({ draft }) => rosterDuplicateIds(`${P}.duplicate-id`, draft.data.apprentices, LIST),
    hoursPresent,
    mentorNotSelf,
    occupationStandards,
  ],
  claims: (draft) => datedPersonClaims(draft.data.apprentices, LIST, '学徒'),
  userStandardBases: ['per-occupation', 'per-unit'],
};

/** Wuzhou: practice hours at least `percent`% of the plan's total hours. */
export function practiceShareAtLeast(percent: number, clause: string): Rule<typeof P> {
  return ({ draft, pack }) => {
    const { theoryHours, practiceHours } = draft.data;
    const total = theoryHours + practiceHours;
    if (total === 0 || atLeastPercent(practiceHours, total, percent)) return [];
    return [
      finding(
        pack,
        `${pack.id}.${P}.practice-share`,
        'error',
        ['data', 'practiceHours'],
        clause,
        `实践性教学课时应不少于总课时的${percent}%，现为 ${ratioText(practiceHours, total)}`,
        `Practice must be at least ${percent}% of total hours; got ${ratioText(practiceHours, total)}`,
      ),
    ];
  };
}

/** No document amount: the user's standard per occupation or per apprentice, if any. */
export const apprenticeshipUserAmount: AmountFn<typeof P> = ({ draft, pack }) => {
  const occupations = new Map<string, number>();
  for (const a of draft.data.apprentices)
    occupations.set(a.occupation, (occupations.get(a.occupation) ?? 0) + 1);
  return userStandardAmount(pack, draft.data.userStandard, apprenticeshipSpec.userStandardBases, {
    units: { count: draft.data.apprentices.length, unitZh: '人', unitEn: 'apprentices' },
    occupations,
    claims: new Map(draft.data.apprentices.map((a) => [a.idNumber, { units: 1, occupation: a.occupation }])),
  });
};
