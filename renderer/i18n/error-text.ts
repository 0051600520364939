import type { Lang } from './feature-text';

/**
 * What the user reads for something thrown: our errors (storage, backup, forms, roster files) carry
 * their English beside the Chinese in `messageEn`; anything else shows its own message.
 */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof Error) {
    const english = (error as { messageEn?: unknown }).messageEn;
    return lang === 'en' && typeof english === 'string' && english !== '' ? english : error.message;
  }
  return String(error);
}

/** An error whose message is written for the user in both languages (a file we cannot read, say). */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
