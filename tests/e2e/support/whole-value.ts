import type { Locator } from 'playwright-core';

/**
 * The one place an end-to-end test may set a whole value at once, for text no person types key by key (a
 * 20,000-character paste): `why` says so at the call site. Everything else goes through retype().
 */
export async function setWholeValue(input: Locator, text: string, why: string): Promise<void> {
  if (why.trim().length < 10) throw new Error('setWholeValue needs a reason why the text is not typed');
  await input.fill(text);
}
