/** Why an identifier was rejected; `message` is shown to the user, `position` is 1-based. */
export interface IdCheckFailure<C extends string = string> {
  ok: false;
  code: C;
  message: string;
  messageEn: string;
  position?: number;
}

/** A check's outcome: the normalised value plus any facts read from it, or why it failed. */
export type IdCheckResult<Extra extends object = object, C extends string = string> =
  ({ ok: true; value: string } & Extra) | IdCheckFailure<C>;

/** Builds a failure, leaving `position` out entirely when there is none. */
export function idFailure<C extends string>(
  code: C,
  message: string,
  messageEn: string,
  position?: number,
): IdCheckFailure<C> {
  return position === undefined
    ? { ok: false, code, message, messageEn }
    : { ok: false, code, message, messageEn, position };
}
