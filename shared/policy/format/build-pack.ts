import type { Pack } from '../types';
import { buildParameters } from './build-parameters';
import { buildPrograms } from './build-programs';
import { type PackDocument, packDocumentSchema } from './document';
import type { PackProblem } from './problems';
import type { YamlSource } from './yaml-source';
import { zodProblem } from './zod-problems';

/**
 * A pack from parsed pack.yaml: the document checked by zod, then every reference (clauses,
 * parameters, kinds) resolved. Problems are pushed with their place; the pack is undefined when any
 * is an error. A clause that nothing cites is a warning.
 */
export function buildPack(source: YamlSource, problems: PackProblem[]): { pack?: Pack; doc?: PackDocument } {
  const parsed = packDocumentSchema.safeParse(source.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(zodProblem(source, issue));
    return {};
  }
  const doc = parsed.data;
  const before = problems.length;
  const refs = new Set<string>();
  doc.clauses.forEach((c, i) => {
    if (refs.has(c.ref)) {
      problems.push(
        source.problem(
          ['clauses', i, 'ref'],
          'duplicate-clause',
          `条款编号「${c.ref}」重复`,
          `Clause "${c.ref}" appears twice`,
        ),
      );
    }
    refs.add(c.ref);
  });
  const used = new Set<string>();
  const cited = (path: (string | number)[], ref: string | undefined) => {
    if (ref === undefined) return;
    used.add(ref);
    if (!refs.has(ref)) {
      problems.push(
        source.problem(
          path,
          'unknown-clause',
          `条款「${ref}」不在 clauses 中`,
          `Clause "${ref}" is not quoted by the pack`,
        ),
      );
    }
  };
  cited(['dates', 'inForceClause'], doc.dates.inForceClause);
  cited(['dates', 'periodEndClause'], doc.dates.periodEndClause);
  cited(['stacking', 'higherAward'], doc.stacking?.higherAward);
  if (doc.dates.inForceFrom < doc.dates.issued) {
    problems.push(
      source.problem(
        ['dates', 'inForceFrom'],
        'date-range',
        '施行日期早于发文日期',
        'In force before it was issued',
      ),
    );
  }
  if (doc.dates.periodEnd !== undefined && doc.dates.periodEnd < doc.dates.inForceFrom) {
    problems.push(
      source.problem(
        ['dates', 'periodEnd'],
        'date-range',
        '截止日期早于施行日期',
        'Ends before it takes effect',
      ),
    );
  }
  const params = buildParameters(source, doc, refs, problems);
  const programs = buildPrograms(source, doc, refs, params, problems, used);
  if (Object.keys(doc.programs).length === 0) {
    problems.push(
      source.problem(['programs'], 'no-programs', '政策包没有任何申报项目', 'The pack offers no program'),
    );
  }
  doc.clauses.forEach((c, i) => {
    if (used.has(c.ref)) return;
    problems.push(
      source.problem(
        ['clauses', i, 'ref'],
        'unused-clause',
        `条款「${c.ref}」没有被任何项目、参数或检查引用`,
        `Clause "${c.ref}" is cited by no program, parameter or check`,
        { severity: 'warning' },
      ),
    );
  });
  if (problems.slice(before).some((p) => p.severity === 'error')) return { doc };
  const pack: Pack = {
    id: doc.id,
    version: doc.version,
    title: doc.title,
    titleEn: doc.titleEn,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    region: doc.region,
    dates: {
      issued: doc.dates.issued,
      inForceFrom: doc.dates.inForceFrom,
      ...(doc.dates.periodEnd !== undefined ? { periodEnd: doc.dates.periodEnd } : {}),
      note: doc.dates.note,
    },
    sourceFile: doc.source.file,
    sourceSha256: doc.source.sha256,
    ...(doc.source.note !== undefined ? { sourceNote: doc.source.note } : {}),
    clauses: doc.clauses,
    periodClauses: {
      start: doc.dates.inForceClause,
      ...(doc.dates.periodEndClause !== undefined ? { end: doc.dates.periodEndClause } : {}),
    },
    ...(doc.stacking?.higherAward !== undefined
      ? { stacking: { higherAward: doc.stacking.higherAward } }
      : {}),
    programs,
  };
  return { pack, doc };
}
