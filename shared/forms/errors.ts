// Errors the form functions throw, with a Chinese message the UI and the CLI show as is.

export type FormErrorCode =
  'draft-has-errors' | 'attachment-unreadable' | 'mapping-mismatch' | 'not-a-pdf' | 'no-draft-inside';

/** A failure the user can act on; `message` is Chinese and names what failed. */
export class FormError extends Error {
  override readonly name = 'FormError';
  constructor(
    readonly code: FormErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}
