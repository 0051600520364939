// Check kinds on numbers of the draft: shares at least / at most, minimum months, counts at least.
import { z } from 'zod';
import type { ProgramId } from '../../schemas';
import { practiceShareAtLeast } from '../rules/apprenticeship';
import { dualShareAtLeast, partTimeShareAtMost, practiceAtLeastMonths } from '../rules/dual-teacher-team';
import { postsShareOfEmployees } from '../rules/internship';
import {
  enrolmentWarningBelow,
  requireCoDraftingPartner,
  requireIndustryParticipation,
} from '../rules/new-specialty';
import { type Dated, mapDated } from '../format/parameters';
import type { Rule } from '../types';
import type { BuiltCheck, CheckKind, KindEnv } from './types';

const ref = z.string().min(1).max(60);

interface Measure {
  program: ProgramId;
  zh: string;
  en: string;
  rule: (n: number, clause: string) => Rule;
}

/** A rule built from one dated number: looked up on the application date, silent without a value (the coverage check reports it). */
function dated(param: Dated<number>, make: (n: number) => Rule): Rule {
  return (ctx) => {
    const found = param.at(ctx.draft.applicationDate);
    return found.ok ? make(found.value)(ctx) : [];
  };
}

function build(
  measures: Record<string, Measure>,
  program: ProgramId,
  f: { measure: string; clause: string },
  param: Dated<number> | undefined,
  env: KindEnv,
  words: (m: Measure, n: number) => { zh: string; en: string },
): BuiltCheck | undefined {
  const m = measures[f.measure];
  if (!m || m.program !== program) {
    const fits = Object.entries(measures)
      .filter(([, x]) => x.program === program)
      .map(([k]) => k);
    env.problem(
      'measure',
      'kind-field',
      `「${f.measure}」不能用于本项目；可用：${fits.join('、') || '无'}`,
      `"${f.measure}" does not apply to this program; use: ${fits.join(', ') || 'none'}`,
    );
    return undefined;
  }
  if (!env.clause('clause', f.clause) || !param) return undefined;
  return {
    rule: dated(param, (n) => m.rule(n, f.clause)),
    description: words(m, param.latest),
    params: [param],
  };
}

const SHARE_AT_LEAST: Record<string, Measure> = {
  'dual-teachers-of-all': {
    program: 'dual-teacher-team',
    zh: '“双师型”教师占团队教师比例',
    en: 'dual-qualified share of team teachers',
    rule: (n, clause) => dualShareAtLeast({ percent: n, of: 'all', clause }) as Rule,
  },
  'dual-teachers-of-specialty': {
    program: 'dual-teacher-team',
    zh: '“双师型”教师占专业课教师比例',
    en: 'dual-qualified share of specialty-course teachers',
    rule: (n, clause) => dualShareAtLeast({ percent: n, of: 'specialty', clause }) as Rule,
  },
  'practice-hours': {
    program: 'apprenticeship',
    zh: '实践性教学课时占总课时比例',
    en: 'practice share of total hours',
    rule: (n, clause) => practiceShareAtLeast(n, clause) as Rule,
  },
  'internship-posts-of-employees': {
    program: 'internship',
    zh: '规模以上企业实习岗位占职工总数比例',
    en: 'internship posts as a share of employees (enterprises above designated size)',
    rule: (n, clause) => postsShareOfEmployees(n, clause) as Rule,
  },
};

type ShareFields = { measure: string; percent: string; clause: string };
const shareFields = z.strictObject({ measure: z.string().max(60), percent: ref, clause: ref });

/** A share of the draft at least a percentage. */
export const shareAtLeast: CheckKind<ShareFields> = {
  id: 'share-at-least',
  role: 'check',
  title: { zh: '比例不低于', en: 'Share at least' },
  programs: ['dual-teacher-team', 'apprenticeship', 'internship'],
  fields: shareFields,
  build(program, f, env) {
    const p = env.param('percent', 'percent');
    const n = p && mapDated(p, (v) => v.percent);
    return build(SHARE_AT_LEAST, program, f, n, env, (m, x) => ({
      zh: `${m.zh}不低于${x}%`,
      en: `${m.en} at least ${x}%`,
    }));
  },
};

const SHARE_AT_MOST: Record<string, Measure> = {
  'part-time-teachers': {
    program: 'dual-teacher-team',
    zh: '企业兼职教师占团队比例',
    en: 'part-time enterprise teachers as a share of the team',
    rule: (n, clause) => partTimeShareAtMost(n, clause) as Rule,
  },
};

/** A share of the draft at most a percentage. */
export const shareAtMost: CheckKind<ShareFields> = {
  id: 'share-at-most',
  role: 'check',
  title: { zh: '比例不超过', en: 'Share at most' },
  programs: ['dual-teacher-team'],
  fields: shareFields,
  build(program, f, env) {
    const p = env.param('percent', 'percent');
    const n = p && mapDated(p, (v) => v.percent);
    return build(SHARE_AT_MOST, program, f, n, env, (m, x) => ({
      zh: `${m.zh}不超过${x}%`,
      en: `${m.en} at most ${x}%`,
    }));
  },
};

const MONTHS: Record<string, Measure> = {
  'teacher-enterprise-practice': {
    program: 'dual-teacher-team',
    zh: '教师企业实践（有实践的）',
    en: 'teachers’ enterprise practice (where any)',
    rule: (n, clause) => practiceAtLeastMonths(n, clause) as Rule,
  },
};

/** A duration of the draft at least some months (month counting is the program's). */
export const minimumMonths: CheckKind<{ measure: string; months: string; clause: string }> = {
  id: 'minimum-months',
  role: 'check',
  title: { zh: '不少于若干个月', en: 'At least some months' },
  programs: ['dual-teacher-team'],
  fields: z.strictObject({ measure: z.string().max(60), months: ref, clause: ref }),
  build(program, f, env) {
    return build(MONTHS, program, f, env.param('months', 'months'), env, (m, x) => ({
      zh: `${m.zh}不少于${x}个月`,
      en: `${m.en} at least ${x} months`,
    }));
  },
};

const COUNTS: Record<string, Measure> = {
  'co-drafting-partners': {
    program: 'new-specialty',
    zh: '共同制定人才培养方案的深度合作企业',
    en: 'deeply cooperating enterprises that co-drafted the plan',
    rule: (n, clause) => requireCoDraftingPartner(clause, n) as Rule,
  },
  'industry-participants': {
    program: 'new-specialty',
    zh: '参与的行业企业或行业组织',
    en: 'participating enterprises or industry bodies',
    rule: (n, clause) => requireIndustryParticipation(clause, n) as Rule,
  },
  'planned-enrolment': {
    program: 'new-specialty',
    zh: '计划年招生人数',
    en: 'planned yearly enrolment',
    rule: (n, clause) => enrolmentWarningBelow(n, clause) as Rule,
  },
};

/** A count of the draft at least a number. */
export const countAtLeast: CheckKind<{ measure: string; count: string; clause: string }> = {
  id: 'count-at-least',
  role: 'check',
  title: { zh: '数量不少于', en: 'Count at least' },
  programs: ['new-specialty'],
  fields: z.strictObject({ measure: z.string().max(60), count: ref, clause: ref }),
  build(program, f, env) {
    return build(COUNTS, program, f, env.param('count', 'count'), env, (m, x) => ({
      zh: `${m.zh}不少于${x}`,
      en: `${m.en}: at least ${x}`,
    }));
  },
};
