import { userStandardAmount } from '../amount';
import type { AmountFn, ProgramSpec, Rule } from '../types';
import { atLeastPercent, atMostPercent, finding, rowFindings, ratioText } from './common';
import { EVIDENCE } from './evidence';
import { rosterDuplicateIds } from './roster';

const P = 'dual-teacher-team';
const LIST = ['data', 'teachers'] as const;

const certificateForDual: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.teachers, (t, index) =>
    t.dualQualified && !t.certificateNumber
      ? finding(
          null,
          `${P}.certificate-missing`,
          'error',
          [...LIST, index, 'certificateNumber'],
          null,
          `第${index + 1}行「${t.name}」标为“双师型”教师，但未填写认定证书编号`,
          `Row ${index + 1} (${t.name}) is marked dual-qualified without a certificate number`,
        )
      : undefined,
  );

export const dualTeacherTeamSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'school',
  title: { zh: '“双师型”教师团队建设', en: 'Dual-qualified teacher team' },
  evidence: [
    EVIDENCE.schoolLicence,
    {
      id: 'dual-certificates',
      label: { zh: '“双师型”教师认定证书', en: 'Dual-qualified certificates' },
      required: true,
    },
    {
      id: 'practice-records',
      label: { zh: '企业实践证明', en: 'Enterprise practice records' },
      required: true,
    },
    {
      id: 'part-time-contracts',
      label: { zh: '企业兼职教师聘任协议', en: 'Part-time teacher contracts' },
      required: false,
    },
    EVIDENCE.roster,
  ],
  rules: [
    ({ draft }) => rosterDuplicateIds(`${P}.duplicate-id`, draft.data.teachers, LIST),
    certificateForDual,
  ],
  claims: () => [],
  userStandardBases: ['lump-sum', 'per-unit'],
};

/**
 * Dual-qualified teachers at least `percent`% of a group: all team members (`all`) or the
 * specialty-course teachers (`specialty`). Boundary inclusive: exactly `percent`% passes.
 */
export function dualShareAtLeast(opts: {
  percent: number;
  of: 'all' | 'specialty';
  clause: string;
}): Rule<typeof P> {
  return ({ draft, pack }) => {
    const group =
      opts.of === 'all' ? draft.data.teachers : draft.data.teachers.filter((t) => t.specialtyTeacher);
    const dual = group.filter((t) => t.dualQualified).length;
    const whoZh = opts.of === 'all' ? '团队教师' : '专业课教师';
    const whoEn = opts.of === 'all' ? 'team teachers' : 'specialty-course teachers';
    const ruleId = `${pack.id}.${P}.dual-share`;
    if (group.length === 0) {
      return [
        finding(
          pack,
          ruleId,
          'error',
          LIST,
          opts.clause,
          `名单中没有${whoZh}，无法计算“双师型”比例`,
          `No ${whoEn} in the roster`,
        ),
      ];
    }
    if (atLeastPercent(dual, group.length, opts.percent)) return [];
    return [
      finding(
        pack,
        ruleId,
        'error',
        LIST,
        opts.clause,
        `“双师型”教师占${whoZh}比例应达到${opts.percent}%，现为 ${ratioText(dual, group.length)}`,
        `Dual-qualified teachers must be at least ${opts.percent}% of ${whoEn}; got ${ratioText(dual, group.length)}`,
      ),
    ];
  };
}

/** Quzhou: part-time teachers from enterprises at most `percent`% of the team. */
export function partTimeShareAtMost(percent: number, clause: string): Rule<typeof P> {
  return ({ draft, pack }) => {
    const all = draft.data.teachers.length;
    const partTime = draft.data.teachers.filter((t) => t.employment === 'enterprise-part-time').length;
    if (atMostPercent(partTime, all, percent)) return [];
    return [
      finding(
        pack,
        `${pack.id}.${P}.part-time-share`,
        'error',
        LIST,
        clause,
        `企业兼职教师应不超过${percent}%，现为 ${ratioText(partTime, all)}`,
        `Part-time teachers from enterprises may be at most ${percent}%; got ${ratioText(partTime, all)}`,
      ),
    ];
  };
}

/**
 * Yongzhou: enterprise practice counts when it lasts at least `months` months (半年以上); a teacher
 * with some practice but less is flagged (warning), one with none is not.
 */
export function practiceAtLeastMonths(months: number, clause: string): Rule<typeof P> {
  return ({ draft, pack }) =>
    rowFindings(draft.data.teachers, (t, index) =>
      t.enterprisePracticeMonths > 0 && t.enterprisePracticeMonths < months
        ? finding(
            pack,
            `${pack.id}.${P}.practice-months`,
            'warning',
            [...LIST, index, 'enterprisePracticeMonths'],
            clause,
            `第${index + 1}行「${t.name}」企业实践 ${t.enterprisePracticeMonths} 个月，不足文件要求的${months}个月（半年以上）`,
            `Row ${index + 1} (${t.name}): ${t.enterprisePracticeMonths} months of enterprise practice, under the ${months} required`,
          )
        : undefined,
    );
}

/** No document amount: a lump sum for the team or an amount per dual-qualified teacher. */
export const dualTeacherTeamUserAmount: AmountFn<typeof P> = ({ draft, pack }) =>
  userStandardAmount(pack, draft.data.userStandard, dualTeacherTeamSpec.userStandardBases, {
    units: {
      count: draft.data.teachers.filter((t) => t.dualQualified).length,
      unitZh: '名“双师型”教师',
      unitEn: 'dual-qualified teachers',
    },
  });
