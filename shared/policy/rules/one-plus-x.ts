import { formatYuan } from '../../money';
import { amountOf, incompleteAmount, mulFen, userStandardAmount } from '../amount';
import { yearOf } from '../dates';
import type { AmountFn, Claim, ProgramSpec, Rule } from '../types';
import { duplicateRows, finding, rowFindings } from './common';
import { EVIDENCE } from './evidence';

const P = 'one-plus-x';
const LIST = ['data', 'students'] as const;

interface Student {
  name: string;
  idNumber: string;
  issueDate: string;
}

interface YearRoster<S> {
  /** The first row of each student with a certificate issued in the year. */
  counted: { row: S; index: number }[];
  /** Per row: the earlier row of the same student in the year, or -1. */
  earlierRow: number[];
}

const yearRosters = new WeakMap<readonly Student[], { year: number; roster: YearRoster<Student> }>();

/** One pass over the roster for the year, memoised per roster array: two rules, claims and the amount read it. */
function yearRoster<S extends Student>(students: readonly S[], year: number): YearRoster<S> {
  const cached = yearRosters.get(students);
  if (cached?.year === year) return cached.roster as YearRoster<S>;
  const first = new Map<string, number>();
  const roster: YearRoster<S> = { counted: [], earlierRow: new Array<number>(students.length).fill(-1) };
  students.forEach((row, index) => {
    if (yearOf(row.issueDate) !== year) return;
    const seen = first.get(row.idNumber);
    if (seen === undefined) {
      first.set(row.idNumber, index);
      roster.counted.push({ row, index });
    } else {
      roster.earlierRow[index] = seen;
    }
  });
  yearRosters.set(students, { year, roster });
  return roster;
}

/** Distinct students (by ID number) with a certificate issued in `year`, first row of each. */
export function countedStudents<S extends Student>(
  students: readonly S[],
  year: number,
): { row: S; index: number }[] {
  return yearRoster(students, year).counted;
}

const certificatesUnique: Rule<typeof P> = ({ draft }) =>
  duplicateRows(
    draft.data.students,
    (s) => s.certificateNumber,
    (s) => s.name,
    {
      ruleId: `${P}.duplicate-certificate`,
      listPath: LIST,
      field: 'certificateNumber',
      label: '证书编号',
      labelEn: 'certificate number',
    },
  );

const issuedInYear: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.students, (s, index) =>
    yearOf(s.issueDate) === draft.data.year
      ? undefined
      : finding(
          null,
          `${P}.outside-year`,
          'warning',
          [...LIST, index, 'issueDate'],
          null,
          `第${index + 1}行「${s.name}」的证书发证日期 ${s.issueDate} 不在补助年度 ${draft.data.year} 年内，不计入`,
          `Row ${index + 1} (${s.name}): issued ${s.issueDate}, outside the subsidy year ${draft.data.year}; not counted`,
        ),
  );

const issuedBeforeApplication: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.students, (s, index) =>
    s.issueDate > draft.applicationDate
      ? finding(
          null,
          `${P}.issued-after-application`,
          'error',
          [...LIST, index, 'issueDate'],
          null,
          `第${index + 1}行「${s.name}」的发证日期 ${s.issueDate} 晚于申报日期 ${draft.applicationDate}`,
          `Row ${index + 1} (${s.name}) was issued ${s.issueDate}, after the application date`,
        )
      : undefined,
  );

const oncePerYear: Rule<typeof P> = ({ draft }) => {
  const { earlierRow } = yearRoster(draft.data.students, draft.data.year);
  return rowFindings(draft.data.students, (s, index) => {
    const seen = earlierRow[index] ?? -1;
    if (seen < 0) return undefined;
    return finding(
      null,
      `${P}.counted-once`,
      'info',
      [...LIST, index, 'idNumber'],
      null,
      `第${index + 1}行「${s.name}」本年度已在第${seen + 1}行取证，每生每年只计一次，本行不重复计算`,
      `Row ${index + 1} (${s.name}) already counted at row ${seen + 1}; a student counts once a year`,
    );
  });
};

export const onePlusXSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'school',
  title: { zh: '“1+X”证书制度试点补助', en: '1+X certificate pilot subsidy' },
  evidence: [
    EVIDENCE.schoolLicence,
    { id: 'certificates', label: { zh: '职业技能等级证书复印件', en: 'Certificate copies' }, required: true },
    { id: 'pilot-approval', label: { zh: '试点备案材料', en: 'Pilot registration' }, required: true },
    EVIDENCE.roster,
  ],
  rules: [certificatesUnique, issuedInYear, issuedBeforeApplication, oncePerYear],
  claims: (draft): Claim[] =>
    countedStudents(draft.data.students, draft.data.year).map(({ row, index }) => ({
      kind: 'person',
      key: row.idNumber,
      label: `学生${row.name}（${row.idNumber}）`,
      path: [...LIST, index, 'idNumber'],
      from: `${draft.data.year}-01-01`,
      to: `${draft.data.year}-12-31`,
    })),
  userStandardBases: ['per-unit'],
};

/** Quzhou: `perStudentFen` per student per year, each student counted once in the year. */
export function perStudentYearAmount(perStudentFen: number): AmountFn<typeof P> {
  return ({ draft }) => {
    const counted = countedStudents(draft.data.students, draft.data.year);
    const fen = mulFen(counted.length, perStudentFen);
    if (fen === null) return { result: incompleteAmount('金额超出可计算范围', 'The amount is too large') };
    const rows = draft.data.students.length;
    const perClaimFen = new Map<string, number>();
    for (const { row } of counted) perClaimFen.set(row.idNumber, perStudentFen);
    return {
      result: amountOf(
        'computed',
        fen,
        {
          zh: [
            `${draft.data.year} 年取证学生 ${counted.length} 人（名单 ${rows} 行，每生每年只计一次）`,
            `${counted.length} 人 × ${formatYuan(perStudentFen)} = ${formatYuan(fen)}`,
          ],
          en: [
            `${counted.length} students certified in ${draft.data.year} (${rows} rows; once per student per year)`,
            `${counted.length} × ${formatYuan(perStudentFen)} = ${formatYuan(fen)}`,
          ],
        },
        { zh: '每生每年按标准补助一次', en: 'Once per student per year' },
      ),
      perClaimFen,
    };
  };
}

/** No document amount: the user's per-student-year standard, if any. */
export const onePlusXUserAmount: AmountFn<typeof P> = ({ draft, pack }) => {
  const counted = countedStudents(draft.data.students, draft.data.year);
  return userStandardAmount(pack, draft.data.userStandard, onePlusXSpec.userStandardBases, {
    units: { count: counted.length, unitZh: '人（每生每年一次）', unitEn: 'students (once a year)' },
    claims: new Map(counted.map(({ row }) => [row.idNumber, { units: 1 }])),
  });
};
