// `grantdesk pdf`: prints a clean draft, refuses one with errors (exit 1) unless --force, names an
// unreadable file (exit 2), and writes the blank fillable form.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfCommand } from '../../../../cli/commands/pdf';
import { extractDraftFromPdf, listAcroFields } from '../../../../shared/forms';
import { pdfFonts, qpdfCheck, run, tempDir } from '../pdf/pdf-tools';
import { TODAY } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      cwd: tmp.dir,
      today: TODAY,
    },
  };
}

const fixture = (name: string) => readFileSync(join('tests/fixtures/drafts', name), 'utf8');

describe('grantdesk pdf', () => {
  it('writes the application of a clean draft with the draft inside', async () => {
    writeFileSync(join(tmp.dir, 'tb.json'), fixture('training-base.quzhou-2025.json'));
    const h = io();
    expect(await pdfCommand(['tb.json', '-o', 'tb.pdf'], h.io)).toBe(0);
    expect(h.out.join('')).toMatch(/已生成 tb\.pdf：\d+ 页，SHA-256 [0-9a-f]{64}/);
    const bytes = new Uint8Array(readFileSync(join(tmp.dir, 'tb.pdf')));
    expect(qpdfCheck(join(tmp.dir, 'tb.pdf')).status).toBe(0);
    expect((await extractDraftFromPdf(bytes))?.hashMatches).toBe(true);
  });

  it('refuses a draft with errors, listing them with their clause, and writes nothing', async () => {
    const draft = JSON.parse(fixture('training-base.quzhou-2025.json')) as { applicationDate: string };
    draft.applicationDate = '2025-01-02';
    writeFileSync(join(tmp.dir, 'early.json'), JSON.stringify(draft));
    const h = io();
    expect(await pdfCommand(['early.json', '-o', 'early.pdf'], h.io)).toBe(1);
    expect(h.err[0]).toMatch(/^草稿有 \d+ 处错误，未生成 PDF/);
    expect(h.err.join('\n')).toContain('（依据衢政办发〔2025〕10号');
    expect(existsSync(join(tmp.dir, 'early.pdf'))).toBe(false);
    const forced = io();
    expect(await pdfCommand(['early.json', '-o', 'early.pdf', '--force'], forced.io)).toBe(0);
    expect(forced.out.join('')).toContain('已加“草稿”水印');
  });

  it('exits 2 naming a file that cannot be read or is not a draft', async () => {
    const missing = io();
    expect(await pdfCommand(['nope.json', '-o', 'x.pdf'], missing.io)).toBe(2);
    expect(missing.err.join('')).toContain(`无法读取草稿文件 ${join(tmp.dir, 'nope.json')}`);
    writeFileSync(join(tmp.dir, 'other.json'), '{"hello": 1}');
    const other = io();
    expect(await pdfCommand(['other.json', '-o', 'x.pdf'], other.io)).toBe(2);
    expect(other.err.join('')).toContain(`${join(tmp.dir, 'other.json')} 不是可打印的 GrantDesk 草稿`);
    expect(existsSync(join(tmp.dir, 'x.pdf'))).toBe(false);
    const usage = io();
    expect(await pdfCommand(['tb.json'], usage.io)).toBe(2);
  });

  it('writes a blank fillable form of a program', async () => {
    const h = io();
    expect(await pdfCommand(['--blank', 'talent-allowance', '-o', 'blank.pdf'], h.io)).toBe(0);
    const { fields } = await listAcroFields(new Uint8Array(readFileSync(join(tmp.dir, 'blank.pdf'))));
    expect(fields.map((f) => f.name)).toContain('data.people[0].idNumber');
    expect(
      await pdfCommand(['--blank', 'talent-allowance', '--policy', 'quzhou-2025', '-o', 'b.pdf'], io().io),
    ).toBe(2);
  });

  it('prints in the 公文 typeface with --typeface serif: serif body, sans bold headings, both subset', async () => {
    writeFileSync(join(tmp.dir, 'tb.json'), fixture('training-base.quzhou-2025.json'));
    const fontsOf = (file: string) =>
      pdfFonts(join(tmp.dir, file)).map(
        (f) => `${f.name.replace(/^[A-Z]{6}\+/, '')} ${f.emb}${f.sub}${f.uni}`,
      );
    expect(await pdfCommand(['tb.json', '-o', 'sans.pdf'], io().io)).toBe(0);
    expect(fontsOf('sans.pdf')).toEqual(['NotoSansSC-Regular yesyesyes']);
    expect(await pdfCommand(['tb.json', '--typeface', 'serif', '-o', 'serif.pdf'], io().io)).toBe(0);
    expect(fontsOf('serif.pdf')).toEqual(['NotoSerifSC-Regular yesyesyes', 'NotoSansSC-Bold yesyesyes']);
    const text = (file: string) => run('pdftotext', ['-raw', join(tmp.dir, file), '-']).replace(/\s+/g, '');
    expect(text('serif.pdf')).toBe(text('sans.pdf'));
    expect(await pdfCommand(['tb.json', '--typeface', 'sans', '-o', 'sans2.pdf'], io().io)).toBe(0);
    expect(readFileSync(join(tmp.dir, 'sans2.pdf')).length).toBe(
      readFileSync(join(tmp.dir, 'sans.pdf')).length,
    );
    expect(
      await pdfCommand(
        ['--blank', 'talent-allowance', '--typeface', 'serif', '-o', 'blank-serif.pdf'],
        io().io,
      ),
    ).toBe(0);
    expect(fontsOf('blank-serif.pdf')[0]).toBe('NotoSerifSC-Regular yesyesyes');
  });

  it('refuses an unknown or missing typeface by name, in both languages, and writes nothing', async () => {
    const bad = io();
    expect(await pdfCommand(['tb.json', '--typeface', 'kaiti', '-o', 'k.pdf'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(
      /^未知字体「kaiti」，可选 serif 或 sans \/ unknown typeface, use serif or sans\n用法/,
    );
    const missing = io();
    expect(await pdfCommand(['tb.json', '-o', 'k.pdf', '--typeface'], missing.io)).toBe(2);
    expect(missing.err[0]).toContain('--typeface 后缺少字体 serif 或 sans / --typeface needs serif or sans');
    expect(existsSync(join(tmp.dir, 'k.pdf'))).toBe(false);
  });
});
