import { nextDay } from '../dates';
import type { PackDocument, ParameterUnit } from './document';
import { convertValue, type Dated, datedParameter, type DatedValue, type UnitValues } from './parameters';
import type { PackProblem } from './problems';
import type { YamlSource } from './yaml-source';

/**
 * Reads every parameter: each value in its unit and citing a clause the pack quotes, values in date
 * order with neither overlap nor gap. Problems are pushed with their place; a parameter with any
 * error is left out (kinds naming it then fail too, at their own field).
 */
export function buildParameters(
  source: YamlSource,
  doc: PackDocument,
  refs: ReadonlySet<string>,
  problems: PackProblem[],
): Map<string, Dated<unknown>> {
  const out = new Map<string, Dated<unknown>>();
  for (const [name, param] of Object.entries(doc.parameters ?? {})) {
    const at = (i: number, ...rest: (string | number)[]) => ['parameters', name, 'values', i, ...rest];
    const before = problems.length;
    const values: DatedValue<unknown>[] = [];
    param.values.forEach((v, i) => {
      const converted = convertValue(param.unit as ParameterUnit, v.value);
      if ('zh' in converted) {
        problems.push(
          source.problem(
            at(i, 'value'),
            'parameter-value',
            `参数「${name}」的取值${converted.zh}`,
            `Parameter "${name}": ${converted.en}`,
          ),
        );
      }
      if (v.clause === undefined) {
        problems.push(
          source.problem(
            at(i),
            'parameter-without-clause',
            `参数「${name}」自 ${v.from} 起的取值没有注明出处条款（clause）`,
            `Parameter "${name}" from ${v.from} cites no clause`,
          ),
        );
      } else if (!refs.has(v.clause)) {
        problems.push(
          source.problem(
            at(i, 'clause'),
            'unknown-clause',
            `参数「${name}」引用的条款「${v.clause}」不在 clauses 中`,
            `Parameter "${name}" cites clause "${v.clause}", which the pack does not quote`,
          ),
        );
      }
      if (v.to !== undefined && v.to < v.from) {
        problems.push(
          source.problem(
            at(i, 'to'),
            'date-range',
            `取值的截止日期早于起始日期`,
            `The value ends before it starts`,
          ),
        );
      }
      const prev = param.values[i - 1];
      if (prev) {
        if (v.from <= prev.from || (prev.to !== undefined && prev.to >= v.from)) {
          problems.push(
            source.problem(
              at(i, 'from'),
              'overlapping-values',
              `参数「${name}」的取值日期重叠或未按先后排列（${prev.from} 与 ${v.from}）`,
              `Parameter "${name}": values overlap or are out of order (${prev.from} and ${v.from})`,
            ),
          );
        } else if (prev.to !== undefined && nextDay(prev.to) < v.from) {
          problems.push(
            source.problem(
              at(i, 'from'),
              'gapped-values',
              `参数「${name}」在 ${nextDay(prev.to)} 至 ${v.from} 之前没有取值`,
              `Parameter "${name}" has no value from ${nextDay(prev.to)} until ${v.from}`,
            ),
          );
        }
      }
      if ('value' in converted && v.clause !== undefined) {
        values.push({
          from: v.from,
          ...(v.to !== undefined ? { to: v.to } : {}),
          value: converted.value,
          clause: v.clause,
        });
      }
    });
    const first = param.values[0];
    if (first && first.from > doc.dates.inForceFrom) {
      problems.push(
        source.problem(
          at(0, 'from'),
          'parameter-starts-late',
          `参数「${name}」自 ${first.from} 起才有取值，晚于文件施行日期 ${doc.dates.inForceFrom}：其间申报将无法计算`,
          `Parameter "${name}" has values only from ${first.from}, after the document takes effect (${doc.dates.inForceFrom})`,
          { severity: 'warning' },
        ),
      );
    }
    const errors = problems.slice(before).some((p) => p.severity === 'error');
    if (!errors) out.set(name, datedParameter(name, param, values, doc.dates.periodEnd) as Dated<unknown>);
  }
  return out;
}

export type { UnitValues };
