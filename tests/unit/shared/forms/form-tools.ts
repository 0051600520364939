// Helpers for the form tests: check and render drafts the way the app and the CLI do, and save PNGs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkForPrint,
  renderApplicationPdf,
  type ApplicationPdf,
  type ApplicationPdfOptions,
  type PrintCheck,
} from '../../../../shared/forms';
import type { Draft, ProgramId } from '../../../../shared/schemas';
import { formTemplate } from '../../../../templates';
import { FIXED_DATE, regularFont } from '../pdf/pdf-tools';

/** The checking day of every form test (all example drafts are in their packs' periods then). */
export const TODAY = '2026-01-10';
const DRAFTS = 'tests/fixtures/drafts';
const SHOTS = 'test-results/forms';

/** The colleague's example draft files, one per program: `[program, raw JSON]`. */
export function fixtureDrafts(): [ProgramId, Record<string, unknown>][] {
  return readdirSync(DRAFTS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [
      f.split('.')[0] as ProgramId,
      JSON.parse(readFileSync(join(DRAFTS, f), 'utf8')) as Record<string, unknown>,
    ]);
}

/** Checks a raw draft; throws unless it parses and its pack offers the program. */
export function checked(
  raw: unknown,
): PrintCheck & { draft: Draft; source: NonNullable<PrintCheck['source']> } {
  const result = checkForPrint(raw, { today: TODAY });
  if (!result.draft || !result.source)
    throw new Error(`not printable: ${result.check.findings.map((f) => f.message).join('; ')}`);
  return { ...result, draft: result.draft, source: result.source };
}

/** Renders a raw draft as the app would, with a fixed date. */
export async function renderRaw(
  raw: unknown,
  extra: Partial<ApplicationPdfOptions> = {},
): Promise<ApplicationPdf & { checkedDraft: Draft }> {
  const c = checked(raw);
  const pdf = await renderApplicationPdf(c.draft, {
    template: formTemplate(c.draft.program),
    fonts: { regular: regularFont() },
    source: c.source,
    checkResult: c.check,
    packVersion: `${c.draft.policy}@test`,
    creationDate: FIXED_DATE,
    ...extra,
  });
  return { ...pdf, checkedDraft: c.draft };
}

/** Saves page `page` of a PDF as `test-results/forms/<name>.png` at 60 dpi; returns the path. */
export function screenshot(pdfPath: string, page: number, name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  const prefix = join(SHOTS, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    prefix,
  ]);
  return `${prefix}.png`;
}

/** pdftotext without any whitespace (the CJK font's narrow spaces and wrapping come out unevenly). */
export const squash = (s: string) => s.replace(/\s+/g, '');
