import { listPacks, PROGRAM_SPECS } from '../../shared/policy';
import { PROGRAM_IDS } from '../../shared/schemas';
import { type CliIo, EXIT } from '../io';

/** `grantdesk policies [--json]`: every pack with its dates and the programs it offers. */
export function policiesCommand(io: CliIo, json: boolean): number {
  const packs = listPacks().map((pack) => ({
    id: pack.id,
    version: pack.version,
    docNumber: pack.docNumber,
    title: pack.title,
    issuer: pack.issuer,
    region: pack.region.name,
    issued: pack.dates.issued,
    inForceFrom: pack.dates.inForceFrom,
    periodEnd: pack.dates.periodEnd ?? null,
    sourceFile: pack.sourceFile,
    programs: PROGRAM_IDS.flatMap((id) => {
      const offering = pack.programs[id];
      return offering
        ? [
            {
              id,
              title: PROGRAM_SPECS[id].title.zh,
              applicant: PROGRAM_SPECS[id].applicant,
              formula: offering.formula.zh,
              clauses: offering.clauses,
            },
          ]
        : [];
    }),
  }));
  if (json) {
    io.out(JSON.stringify(packs, null, 2));
    return EXIT.ok;
  }
  for (const pack of packs) {
    const period = `${pack.inForceFrom} 起${pack.periodEnd ? ` 至 ${pack.periodEnd}` : ''}`;
    io.out(`${pack.id}  ${pack.docNumber}  ${pack.issuer}（${pack.region}，${period}）`);
    for (const p of pack.programs) {
      const who = p.applicant === 'enterprise' ? '企业' : '院校';
      io.out(`  ${p.id.padEnd(18)} ${who}  ${p.title}：${p.formula}  [${p.clauses.join('、')}]`);
    }
  }
  return EXIT.ok;
}
