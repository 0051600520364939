// Everything a print needs from the policy side of a raw draft: the check, the parsed draft, the source.
import { checkDraft, type CheckContext, type CheckResult } from '../policy/engine';
import { programOf } from '../policy/registry';
import { resolveDraftPack } from '../policy/registry-pin';
import { draftSchema, type Draft } from '../schemas';
import type { FormSource } from './build-form';

export interface PrintCheck {
  check: CheckResult;
  /** Null while the draft does not parse (it cannot be printed, not even as 草稿). */
  draft: Draft | null;
  /** Null when the pack does not offer the program. */
  source: FormSource | null;
}

/** Checks a raw draft and resolves its pack and program for printing. */
export function checkForPrint(raw: unknown, context: CheckContext = {}): PrintCheck {
  const check = checkDraft(raw, context);
  if (!check.program || !check.policy) return { check, draft: null, source: null };
  const parsed = draftSchema(check.program, context.today ? { asOf: context.today } : {}).safeParse(raw);
  // The same pack the check used: the given one, else the draft's pinned version, else the newest.
  const version = parsed.success ? parsed.data.policyVersion : undefined;
  const pack =
    context.pack?.id === check.policy ? context.pack : resolveDraftPack(check.policy, version).pack;
  const program = pack ? programOf(pack, check.program) : undefined;
  return {
    check,
    draft: parsed.success ? (parsed.data as Draft) : null,
    source: pack && program ? { pack, program } : null,
  };
}
