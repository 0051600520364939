import type { Locator } from 'playwright-core';

/**
 * Replaces what an input holds as a person does: click into it, select all, delete, then type the text key by
 * key. Never fill(): a whole value set at once hides what a half-typed value does to the input.
 */
export async function retype(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Delete');
  if (text !== '') await input.pressSequentially(text);
}
