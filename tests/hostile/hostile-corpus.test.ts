// Every hostile case ends with its named refusal (or the right result) in a child Node capped at
// 512 MB of heap, within the time limit, without ever holding the file's unpacked size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CASE_SECONDS, runCase } from './corpus-runner';
import { makeCorpus, type HostileCase } from './make-corpus';

/** Peak memory of a child reading a bomb: far below what the bomb unpacks to (1-5 GiB). */
const MAX_RSS_MB = 700;

const dir = mkdtempSync(join(tmpdir(), 'grantdesk-hostile-'));
let cases: HostileCase[] = [];

beforeAll(async () => {
  cases = await makeCorpus(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hostile corpus, each case in a capped child process', () => {
  test('the corpus covers every reader', async () => {
    expect(new Set(cases.map((c) => c.reader))).toEqual(
      new Set(['roster', 'backup', 'attachment', 'draft-pdf', 'form']),
    );
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test(
    'every case ends with its refusal text (or the right result), within time and memory',
    () => {
      const failures: string[] = [];
      for (const c of cases) {
        const outcome = runCase(c);
        const wanted = 'refused' in c.expect ? c.expect.refused : c.expect.ok;
        const result = 'refused' in c.expect ? 'refused' : 'ok';
        if (outcome.result !== result || outcome.zh !== wanted)
          failures.push(`${c.id}: wanted ${result} 「${wanted}」, got ${outcome.result} 「${outcome.zh}」`);
        else if (outcome.maxRssMb > MAX_RSS_MB) failures.push(`${c.id}: peak ${outcome.maxRssMb} MB`);
        else if (outcome.ms > CASE_SECONDS * 1000) failures.push(`${c.id}: took ${outcome.ms} ms`);
        else if (
          result === 'refused' &&
          (outcome.en === outcome.zh ||
            /[\u4e00-\u9fff]{4,}/.test(outcome.en.replace(/「[^」]*」|"[^"]*"/g, '')))
        )
          failures.push(`${c.id}: no English wording: ${outcome.en}`);
      }
      expect(failures).toEqual([]);
    },
    cases.length * CASE_SECONDS * 1000 + 600_000,
  );
});
