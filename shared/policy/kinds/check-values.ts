// Check kinds on single facts of the draft: a required flag, a value in a list, a date within a window.
import { z } from 'zod';
import type { Bilingual, ProgramId } from '../../schemas';
import type { ProfileFacts } from '../estimates';
import { requireComplianceCertified } from '../rules/internship';
import { catalogueIn } from '../rules/new-specialty';
import { requirePilotListed } from '../rules/surcharge-credit';
import { selectedWithin } from '../rules/talent-allowance';
import { serviceFieldIn } from '../rules/training-base';
import type { Rule, Severity } from '../types';
import type { CheckKind } from './types';

const ref = z.string().min(1).max(60);
const bilingual = z.strictObject({
  zh: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

interface Flag {
  program: ProgramId;
  description: Bilingual;
  rule: (clause: string) => Rule;
  excludes: (facts: ProfileFacts) => Bilingual | null;
}

const FLAGS: Record<string, Flag> = {
  'internship-compliance-certified': {
    program: 'internship',
    description: { zh: '须经考核认定符合实习实训规范', en: 'Certified as meeting internship standards' },
    rule: (clause) => requireComplianceCertified(clause) as Rule,
    excludes: (facts) =>
      facts.internshipCertified === false
        ? { zh: '需经考核认定符合实习实训规范', en: 'Requires certification as meeting internship standards' }
        : null,
  },
  'surcharge-pilot-listed': {
    program: 'surcharge-credit',
    description: { zh: '须为纳入产教融合型企业建设培育范围的试点企业', en: 'A listed pilot enterprise' },
    rule: (clause) => requirePilotListed(clause) as Rule,
    excludes: (facts) =>
      facts.pilotListed === false
        ? { zh: '仅限纳入产教融合型企业建设培育范围的试点企业', en: 'Only listed pilot enterprises' }
        : null,
  },
};

function wrongProgram<T extends { program: ProgramId }>(
  table: Record<string, T>,
  program: ProgramId,
  name: string,
): { zh: string; en: string } | null {
  if (table[name]?.program === program) return null;
  const fits = Object.entries(table)
    .filter(([, x]) => x.program === program)
    .map(([k]) => k);
  return {
    zh: `「${name}」不能用于本项目；可用：${fits.join('、') || '无'}`,
    en: `"${name}" does not apply to this program; use: ${fits.join(', ') || 'none'}`,
  };
}

/** A yes/no fact the document requires (certified, listed as a pilot …). */
export const requiredFlag: CheckKind<{ flag: string; clause: string }> = {
  id: 'required-flag',
  role: 'check',
  title: { zh: '必须具备的条件（是/否）', en: 'Required flag' },
  programs: ['internship', 'surcharge-credit'],
  fields: z.strictObject({ flag: z.string().max(60), clause: ref }),
  build(program, f, env) {
    const wrong = wrongProgram(FLAGS, program, f.flag);
    if (wrong) return void env.problem('flag', 'kind-field', wrong.zh, wrong.en);
    const flag = FLAGS[f.flag] as Flag;
    if (!env.clause('clause', f.clause)) return undefined;
    return { rule: flag.rule(f.clause), description: flag.description, excludes: flag.excludes, params: [] };
  },
};

interface ListField {
  program: ProgramId;
  severity: Severity;
  rule: (values: readonly string[], what: Bilingual, clause: string, severity: Severity, id: string) => Rule;
}

const LIST_FIELDS: Record<string, ListField> = {
  'training-base-service-field': {
    program: 'training-base',
    severity: 'warning',
    rule: (fields, what, clause, severity, id) =>
      ((ctx) =>
        serviceFieldIn({ ruleId: `${ctx.pack.id}.training-base.${id}`, fields, clause, severity, what })(
          ctx as never,
        )) as Rule,
  },
  'new-specialty-catalogue': {
    program: 'new-specialty',
    severity: 'warning',
    rule: (values, what, clause) => catalogueIn(values, what.zh, clause) as Rule,
  },
};

/** A fact of the draft must be one of the document's list (fields of industry, catalogues …). */
export const valueInList: CheckKind<{
  field: string;
  values: string;
  what: Bilingual;
  clause: string;
  severity?: Severity;
  id?: string;
}> = {
  id: 'value-in-list',
  role: 'check',
  title: { zh: '取值在文件所列范围内', en: 'Value in a list' },
  programs: ['training-base', 'new-specialty'],
  fields: z.strictObject({
    field: z.string().max(60),
    values: ref,
    what: bilingual,
    clause: ref,
    severity: z.enum(['error', 'warning', 'info']).optional(),
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/)
      .optional(),
  }),
  build(program, f, env) {
    const wrong = wrongProgram(LIST_FIELDS, program, f.field);
    if (wrong) return void env.problem('field', 'kind-field', wrong.zh, wrong.en);
    const field = LIST_FIELDS[f.field] as ListField;
    const values = env.param('values', 'text-list');
    if (!env.clause('clause', f.clause) || !values) return undefined;
    const severity = f.severity ?? field.severity;
    const rule: Rule = (ctx) => {
      const found = values.at(ctx.draft.applicationDate);
      return found.ok
        ? field.rule(found.value, f.what, f.clause, severity, f.id ?? 'value-in-list')(ctx)
        : [];
    };
    return {
      rule,
      description: {
        zh: `应属于${f.what.zh}：${values.latest.join('、')}`,
        en: `Should be among the ${f.what.en}: ${values.latest.join(', ')}`,
      },
      params: [values],
    };
  },
};

const DATE_FIELDS: Record<string, { program: ProgramId; zh: string; en: string }> = {
  'talent-selection-date': { program: 'talent-allowance', zh: '遴选日期', en: 'selection date' },
};

/** A date of the draft's rows within a window the document sets. */
export const dateWithin: CheckKind<{ field: string; from: string; to: string; clause: string }> = {
  id: 'date-within',
  role: 'check',
  title: { zh: '日期在规定期间内', en: 'Date within a window' },
  programs: ['talent-allowance'],
  fields: z.strictObject({ field: z.string().max(60), from: ref, to: ref, clause: ref }),
  build(program, f, env) {
    const wrong = wrongProgram(DATE_FIELDS, program, f.field);
    if (wrong) return void env.problem('field', 'kind-field', wrong.zh, wrong.en);
    const what = DATE_FIELDS[f.field] as { zh: string; en: string };
    const from = env.param('from', 'date');
    const to = env.param('to', 'date');
    if (!env.clause('clause', f.clause) || !from || !to) return undefined;
    const rule: Rule = (ctx) => {
      const a = from.at(ctx.draft.applicationDate);
      const b = to.at(ctx.draft.applicationDate);
      return a.ok && b.ok ? (selectedWithin(a.value, b.value, f.clause) as Rule)(ctx) : [];
    };
    return {
      rule,
      description: {
        zh: `${what.zh}应在 ${from.latest} 至 ${to.latest} 之间`,
        en: `The ${what.en} must fall between ${from.latest} and ${to.latest}`,
      },
      params: [from, to],
    };
  },
};
