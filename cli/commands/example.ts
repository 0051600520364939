import { buildExampleDraft, listOfferings } from '../../shared/policy';
import { isPolicyId, isProgramId, PROGRAM_IDS, type ProgramId } from '../../shared/schemas';
import { clip } from '../format';
import { type CliIo, EXIT } from '../io';
import { type PackOption, withPackOptionSync } from '../pack-option';

/** `grantdesk example PROGRAM [--policy ID | --pack PATH]`: a complete valid example draft as JSON. */
export function exampleCommand(
  io: CliIo,
  program: string | undefined,
  policy: string | undefined,
  packPath?: string,
): number {
  if (!isProgramId(program)) {
    io.err(
      `usage: grantdesk example PROGRAM --policy ID | --pack PATH   (PROGRAM: ${PROGRAM_IDS.join(', ')})`,
    );
    return EXIT.usage;
  }
  if (packPath !== undefined && policy !== undefined) {
    io.err('--policy 与 --pack 只能给一个 / give --policy or --pack, not both');
    return EXIT.usage;
  }
  return withPackOptionSync(packPath, process.cwd(), io.err, (pack) => example(io, program, policy, pack));
}

function example(io: CliIo, program: ProgramId, policy: string | undefined, pack: PackOption | undefined) {
  const offering = listOfferings().filter((o) => o.program === program);
  const chosen = pack?.pack.id ?? policy ?? offering[0]?.policy;
  if (!isPolicyId(chosen)) {
    io.err(
      `unknown policy "${clip(String(chosen))}"; ${program} is offered by: ${offering.map((o) => o.policy).join(', ')}`,
    );
    return EXIT.usage;
  }
  const draft = buildExampleDraft(chosen, program, pack?.pack);
  if (!draft) {
    io.err(
      `${chosen} does not offer ${program}; it is offered by: ${offering.map((o) => o.policy).join(', ')}`,
    );
    return EXIT.usage;
  }
  io.out(JSON.stringify(draft, null, 2));
  return EXIT.ok;
}
