import { buildExampleDraft, listOfferings } from '../../shared/policy';
import { isPolicyId, isProgramId, PROGRAM_IDS } from '../../shared/schemas';
import { clip } from '../format';
import { type CliIo, EXIT } from '../io';

/** `grantdesk example PROGRAM [--policy ID]`: a complete valid example draft as JSON. */
export function exampleCommand(io: CliIo, program: string | undefined, policy: string | undefined): number {
  if (!isProgramId(program)) {
    io.err(`usage: grantdesk example PROGRAM --policy ID   (PROGRAM: ${PROGRAM_IDS.join(', ')})`);
    return EXIT.usage;
  }
  const offering = listOfferings().filter((o) => o.program === program);
  const chosen = policy ?? offering[0]?.policy;
  if (!isPolicyId(chosen)) {
    io.err(
      `unknown policy "${clip(String(chosen))}"; ${program} is offered by: ${offering.map((o) => o.policy).join(', ')}`,
    );
    return EXIT.usage;
  }
  const draft = buildExampleDraft(chosen, program);
  if (!draft) {
    io.err(
      `${chosen} does not offer ${program}; it is offered by: ${offering.map((o) => o.policy).join(', ')}`,
    );
    return EXIT.usage;
  }
  io.out(JSON.stringify(draft, null, 2));
  return EXIT.ok;
}
