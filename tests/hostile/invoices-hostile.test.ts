// Every hostile invoice file ends with its named refusal in a child Node capped at 512 MB of heap,
// within the time limit, never holding what a bomb unpacks to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeInvoiceCorpus } from './make-invoice-corpus';
import { runInvoiceCase } from './invoice-case-runner';

/**
 * Peak RSS allowed, far below the 1 GiB a bomb unpacks to. The child holds pdf.js as tsx transforms
 * it (~400 MB for any PDF, a good one included; ~100 MB in plain Node) and the 60 MB file itself.
 */
const MAX_RSS_MB = 600;
/** Each read must end within this (measured in the child after pdf.js is loaded, as a Worker's clock would). */
const CASE_MS = 30_000;

const dir = mkdtempSync(join(tmpdir(), 'grantdesk-invoice-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cases = makeInvoiceCorpus(dir);

describe('hostile invoice files, each in a capped child process', () => {
  test.each(cases.map((c) => [c.id, c] as const))(
    '%s',
    (_, c) => {
      const outcome = runInvoiceCase(c.path, c.name);
      expect(outcome.codes, c.title).toEqual(c.expect);
      expect(outcome.zh.startsWith(`「${c.name}`)).toBe(true);
      expect(outcome.en.startsWith(`"${c.name}`)).toBe(true);
      // The English names the file (in quotes) but says the rest in English.
      expect(outcome.en.replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/u);
      expect(outcome.ms).toBeLessThan(CASE_MS);
      expect(outcome.maxRssMb).toBeLessThan(MAX_RSS_MB);
    },
    200_000,
  );
});
