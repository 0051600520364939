// `grantdesk check` and `grantdesk pdf` honour a draft's pinned bundled pack version and say when the
// pinned version is not here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io';
import { run } from '../../../cli/run';
import { pdfCommand } from '../../../cli/commands/pdf';
import { extractDraftFromPdf } from '../../../shared/forms';
import { getPack } from '../../../shared/policy';
import { run as runTool, tempDir } from '../shared/pdf/pdf-tools';

const TODAY = '2026-11-23';
const BUNDLED = getPack('quzhou-2025')!.version;
const tmp = tempDir();
afterAll(() => tmp.dispose());

/** The Quzhou 实训基地 fixture with a pin (or none). */
function draft(version?: string): string {
  const raw = JSON.parse(readFileSync('tests/fixtures/drafts/training-base.quzhou-2025.json', 'utf8'));
  return JSON.stringify(version === undefined ? raw : { ...raw, policyVersion: version });
}

function check(text: string): { code: number; out: string } {
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t), readFile: () => text };
  return { code: run(['check', 'd.json'], io, TODAY), out: out.join('\n') };
}

async function pdf(text: string, args: string[] = []) {
  const out: string[] = [];
  writeFileSync(join(tmp.dir, 'd.json'), text);
  const io = {
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => out.push(t),
    cwd: tmp.dir,
    today: TODAY,
  };
  const code = await pdfCommand(['d.json', '-o', 'd.pdf', ...args], io);
  return { code, out: out.join('\n'), path: join(tmp.dir, 'd.pdf') };
}

const keywords = (path: string) => /Keywords:\s+(.*)/.exec(runTool('pdfinfo', [path]))?.[1]?.split(' ') ?? [];

describe('a pinned draft on the command line', () => {
  it('check: the bundled pin passes as before; a pin not here is an error naming pack@version', () => {
    expect(check(draft(BUNDLED)).code).toBe(0);
    expect(check(draft()).code).toBe(0);
    const gone = check(draft('2024.3'));
    expect(gone.code).toBe(1);
    expect(gone.out).toContain(
      `草稿使用政策包 quzhou-2025@2024.3，本机没有这个版本（未随应用提供，也未导入）；以下按现有的 quzhou-2025@${BUNDLED} 核对`,
    );
    expect(gone.out).toContain('金额：500,000.00 元（伍拾万元整）');
  });

  it('pdf: prints under the pinned version with the pin inside; refuses a missing one unless --force', async () => {
    const ok = await pdf(draft(BUNDLED));
    expect(ok.code).toBe(0);
    expect(keywords(ok.path)).toContain(`pack:quzhou-2025@${BUNDLED}`);
    const inside = await extractDraftFromPdf(new Uint8Array(readFileSync(ok.path)));
    expect((inside?.draft as { policyVersion?: string }).policyVersion).toBe(BUNDLED);

    const refused = await pdf(draft('2024.3'));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('草稿使用政策包 quzhou-2025@2024.3，本机没有这个版本');
    const forced = await pdf(draft('2024.3'), ['--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('已加“草稿”水印');
    expect(keywords(forced.path)).toContain(`pack:quzhou-2025@${BUNDLED}`);
  });
});
