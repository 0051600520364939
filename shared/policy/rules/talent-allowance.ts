import { formatYuan } from '../../money';
import { amountOf, incompleteAmount, mulFen } from '../amount';
import type { AmountFn, ProgramSpec, Rule } from '../types';
import { finding, rowFindings } from './common';
import { EVIDENCE } from './evidence';
import { rosterDuplicateIds } from './roster';

const P = 'talent-allowance';
const LIST = ['data', 'people'] as const;

const ROLE_ZH = {
  'specialty-leader': '专业带头人',
  'industry-mentor': '产业导师',
  'skill-master': '技能大师',
} as const;

const selectedBeforeApplication: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.people, (p, index) =>
    p.selectionDate > draft.applicationDate
      ? finding(
          null,
          `${P}.selected-after-application`,
          'error',
          [...LIST, index, 'selectionDate'],
          null,
          `第${index + 1}行「${p.name}」的遴选日期 ${p.selectionDate} 晚于申报日期 ${draft.applicationDate}`,
          `Row ${index + 1} (${p.name}) was selected ${p.selectionDate}, after the application date`,
        )
      : undefined,
  );

export const talentAllowanceSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'school',
  title: { zh: '专业带头人、产业导师、技能大师人才津贴', en: 'One-time talent allowance' },
  evidence: [
    EVIDENCE.schoolLicence,
    { id: 'selection-notice', label: { zh: '遴选结果公布文件', en: 'Selection notice' }, required: true },
    { id: 'id-copies', label: { zh: '入选人员身份证复印件', en: 'ID card copies' }, required: true },
    EVIDENCE.roster,
  ],
  rules: [
    ({ draft }) => rosterDuplicateIds(`${P}.duplicate-id`, draft.data.people, LIST),
    selectedBeforeApplication,
  ],
  // 一次性: a person is paid once ever, so the claims carry no period.
  claims: (draft) =>
    draft.data.people.map((p, index) => ({
      kind: 'person',
      key: p.idNumber,
      label: `${ROLE_ZH[p.role]}${p.name}（${p.idNumber}）`,
      path: [...LIST, index, 'idNumber'],
    })),
  userStandardBases: [],
};

/** Yongzhou: selection must fall in the measure's window (`from` … `to`, both included). */
export function selectedWithin(from: string, to: string, clause: string): Rule<typeof P> {
  return ({ draft, pack }) =>
    rowFindings(draft.data.people, (p, index) =>
      p.selectionDate < from || p.selectionDate > to
        ? finding(
            pack,
            `${pack.id}.${P}.selection-window`,
            'error',
            [...LIST, index, 'selectionDate'],
            clause,
            `第${index + 1}行「${p.name}」的遴选日期 ${p.selectionDate} 不在“十四五”期间本文件施行范围（${from} 至 ${to}）内`,
            `Row ${index + 1} (${p.name}) was selected ${p.selectionDate}, outside ${from} … ${to}`,
          )
        : undefined,
    );
}

/** Yongzhou: `eachFen` one-time per person; a repeated ID number is paid once. */
export function perPersonAmount(eachFen: number): AmountFn<typeof P> {
  return ({ draft }) => {
    const people = [...new Map(draft.data.people.map((p) => [p.idNumber, p])).values()];
    const fen = mulFen(people.length, eachFen);
    if (fen === null) return { result: incompleteAmount('金额超出可计算范围', 'The amount is too large') };
    const byRole = (['specialty-leader', 'industry-mentor', 'skill-master'] as const)
      .map((role) => [role, people.filter((p) => p.role === role).length] as const)
      .filter(([, n]) => n > 0);
    return {
      result: amountOf(
        'computed',
        fen,
        {
          zh: [
            byRole.map(([role, n]) => `${ROLE_ZH[role]} ${n} 人`).join('，'),
            `${people.length} 人 × ${formatYuan(eachFen)} = ${formatYuan(fen)}`,
          ],
          en: [`${people.length} people`, `${people.length} × ${formatYuan(eachFen)} = ${formatYuan(fen)}`],
        },
        { zh: '每人一次性发放', en: 'Paid once per person' },
      ),
      perClaimFen: new Map(people.map((p) => [p.idNumber, eachFen])),
    };
  };
}
