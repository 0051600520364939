import { draftJsonSchema, isProgramId, PROGRAM_IDS } from '../../shared/schemas';
import { type CliIo, EXIT } from '../io';

/** `grantdesk schema PROGRAM`: the JSON Schema of the program's draft file. */
export function schemaCommand(io: CliIo, program: string | undefined): number {
  if (!isProgramId(program)) {
    io.err(`usage: grantdesk schema PROGRAM   (PROGRAM: ${PROGRAM_IDS.join(', ')})`);
    return EXIT.usage;
  }
  io.out(JSON.stringify(draftJsonSchema(program), null, 2));
  return EXIT.ok;
}
