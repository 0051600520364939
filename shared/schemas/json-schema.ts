import { z } from 'zod';
import type { ProgramId } from './catalog';
import { draftSchema } from './draft';

/**
 * The JSON Schema (draft 2020-12) of a program's draft file, generated from the zod schema. It
 * describes the input side: identifiers are plain strings there (their check characters are
 * verified by GrantDesk, not by JSON Schema), money is integer fen.
 */
export function draftJsonSchema(program: ProgramId): Record<string, unknown> {
  const schema = z.toJSONSchema(draftSchema(program), { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://grantdesk.local/schemas/draft@1/${program}.json`,
    title: `GrantDesk draft: ${program}`,
  };
}
