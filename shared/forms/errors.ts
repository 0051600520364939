// Errors the form functions throw, with a Chinese message the UI and the CLI show as is, and the
// same sentence in English for the English interface.
import { PdfLimitError } from '../pdf/pdf-guard';

export type FormErrorCode =
  'draft-has-errors' | 'attachment-unreadable' | 'mapping-mismatch' | 'not-a-pdf' | 'no-draft-inside';

/**
 * A failure the user can act on; `message` is Chinese and names what failed, `messageEn` says the
 * same in English (Chinese in it only where it quotes user data, such as a file name).
 */
export class FormError extends Error {
  override readonly name = 'FormError';
  constructor(
    readonly code: FormErrorCode,
    message: string,
    readonly messageEn: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}

/** `not-a-pdf` for bytes pdf-lib could not load (or past a reading limit), quoting its reason. */
export function notAPdf(err: unknown): FormError {
  if (err instanceof PdfLimitError)
    return new FormError('not-a-pdf', `无法读取该 PDF：${err.zh}`, `Cannot read this PDF: ${err.en}`, err);
  const reason = err instanceof Error ? err.message : String(err);
  return new FormError('not-a-pdf', `无法读取该 PDF：${reason}`, `Cannot read this PDF: ${reason}`, err);
}
