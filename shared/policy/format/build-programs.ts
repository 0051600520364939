import type { ProgramId } from '../../schemas';
import { KINDS } from '../kinds';
import { parameterCoverage } from '../kinds/dated';
import type { BuiltAmount, BuiltCheck, KindEnv } from '../kinds/types';
import type { PackPrograms, ProgramOffering, Rule } from '../types';
import type { KindNode, PackDocument, ParameterUnit } from './document';
import type { Dated } from './parameters';
import type { PackProblem } from './problems';
import type { YamlSource } from './yaml-source';
import { zodProblem } from './zod-problems';

const UNIT_WORDS: Record<ParameterUnit, string> = {
  yuan: '金额（元）',
  percent: '百分比',
  count: '数量',
  months: '月数',
  date: '日期',
  'text-list': '文字列表',
};

interface Ctx {
  source: YamlSource;
  refs: ReadonlySet<string>;
  params: ReadonlyMap<string, Dated<unknown>>;
  declared: ReadonlySet<string>;
  problems: PackProblem[];
  /** Clause refs something cites, for the unused-clause warning. */
  used: Set<string>;
}

function buildKind(
  c: Ctx,
  program: ProgramId,
  node: KindNode,
  path: (string | number)[],
  role: 'amount' | 'check',
): BuiltAmount | BuiltCheck | undefined {
  const kind = KINDS.get(node.kind);
  const roleWord = role === 'amount' ? '金额' : '检查';
  if (!kind || kind.role !== role) {
    const names = [...KINDS.values()].filter((k) => k.role === role).map((k) => k.id);
    c.problems.push(
      c.source.problem(
        [...path, 'kind'],
        'unknown-kind',
        `未知的${roleWord}类型「${node.kind}」；可用：${names.join('、')}`,
        `Unknown ${role} kind "${node.kind}"; known: ${names.join(', ')}`,
      ),
    );
    return undefined;
  }
  if (!kind.programs.includes(program)) {
    c.problems.push(
      c.source.problem(
        [...path, 'kind'],
        'kind-program',
        `「${kind.id}」不能用于项目 ${program}；它适用于：${kind.programs.join('、')}`,
        `"${kind.id}" does not apply to ${program}; it applies to: ${kind.programs.join(', ')}`,
      ),
    );
    return undefined;
  }
  const { kind: _kind, ...fields } = node;
  const parsed = kind.fields.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) c.problems.push(zodProblem(c.source, issue, path));
    return undefined;
  }
  const before = c.problems.length;
  const env: KindEnv = {
    param: (field, unit) => {
      const steps = field.split('.');
      let name: unknown = fields;
      for (const step of steps) name = (name as Record<string, unknown> | undefined)?.[step];
      return lookupParam(c, [...path, ...steps], String(name ?? ''), unit) as never;
    },
    problem: (field, code, zh, en) => {
      c.problems.push(c.source.problem(field === null ? path : [...path, ...field.split('.')], code, zh, en));
    },
    clause: (field, ref) => {
      c.used.add(ref);
      if (c.refs.has(ref)) return true;
      c.problems.push(
        c.source.problem(
          [...path, field],
          'unknown-clause',
          `引用的条款「${ref}」不在 clauses 中`,
          `Clause "${ref}" is not quoted by the pack`,
        ),
      );
      return false;
    },
  };
  const built = kind.build(program, parsed.data, env);
  if (c.problems.length > before) return undefined;
  for (const p of built?.params ?? []) for (const v of p.values) c.used.add(v.clause);
  return built;
}

function lookupParam(
  c: Ctx,
  path: (string | number)[],
  name: string,
  unit: ParameterUnit,
): Dated<unknown> | undefined {
  const param = c.params.get(name);
  if (param) {
    if (param.unit === unit) return param;
    c.problems.push(
      c.source.problem(
        path,
        'parameter-unit',
        `参数「${name}」的单位是 ${param.unit}，这里需要${UNIT_WORDS[unit]}（${unit}）`,
        `Parameter "${name}" is in ${param.unit}; ${unit} is needed here`,
      ),
    );
    return undefined;
  }
  if (!c.declared.has(name)) {
    c.problems.push(
      c.source.problem(
        path,
        'unknown-parameter',
        `参数「${name}」未在 parameters 中定义`,
        `Parameter "${name}" is not defined under parameters`,
      ),
    );
  }
  // A declared parameter with errors has its own problems already; the kind just cannot be built.
  return undefined;
}

/** Builds every program of the document from its kinds; problems are pushed with their place. */
export function buildPrograms(
  source: YamlSource,
  doc: PackDocument,
  refs: ReadonlySet<string>,
  params: ReadonlyMap<string, Dated<unknown>>,
  problems: PackProblem[],
  used: Set<string>,
): PackPrograms {
  const c: Ctx = {
    source,
    refs,
    params,
    declared: new Set(Object.keys(doc.parameters ?? {})),
    problems,
    used,
  };
  const programs: Record<string, ProgramOffering> = {};
  // In the document's order: messages listing what a pack offers follow it.
  for (const program of Object.keys(doc.programs) as ProgramId[]) {
    const p = doc.programs[program];
    if (!p) continue;
    const base = ['programs', program];
    p.clauses.forEach((ref, i) => {
      used.add(ref);
      if (!refs.has(ref)) {
        problems.push(
          source.problem(
            [...base, 'clauses', i],
            'unknown-clause',
            `条款「${ref}」不在 clauses 中`,
            `Clause "${ref}" is not quoted by the pack`,
          ),
        );
      }
    });
    const amount = buildKind(c, program, p.amount, [...base, 'amount'], 'amount') as BuiltAmount | undefined;
    const checks = (p.checks ?? []).map(
      (node, i) => buildKind(c, program, node, [...base, 'checks', i], 'check') as BuiltCheck | undefined,
    );
    if (!amount || checks.some((x) => !x)) continue;
    const built = checks as BuiltCheck[];
    const params = [...amount.params, ...built.flatMap((x) => x.params)];
    const rules: Rule[] = [parameterCoverage(params), ...built.map((x) => x.rule), ...(amount.rules ?? [])];
    const offering: ProgramOffering = {
      clauses: p.clauses,
      formula: amount.formula,
      rules,
      amount: amount.amount,
      userStandard: amount.userStandard,
    };
    if (amount.estimate) offering.estimate = amount.estimate;
    const excludes = built.flatMap((x) => (x.excludes ? [x.excludes] : []));
    if (excludes.length > 0) {
      offering.excludes = (facts) => excludes.map((e) => e(facts)).find((r) => r !== null) ?? null;
    }
    programs[program] = offering;
  }
  return programs as PackPrograms;
}
