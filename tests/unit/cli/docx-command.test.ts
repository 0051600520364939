// `grantdesk docx`: fills a bureau's Word form from a draft file, lists labels it did not know with
// the form's fingerprint, takes a --mapping for them, and refuses bad input in one line, exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxCommand } from '../../../cli/commands/docx';
import { FORMS } from '../../fixtures/docx/make-forms';
import { tempDir } from '../shared/pdf/pdf-tools';
import { commandIo } from './command-io';
import { tables } from '../shared/office/docx/docx-tools';
import { BODY_RPR, docx, runs } from '../../fixtures/docx/wml-builder';

const tmp = tempDir();
afterAll(() => tmp.dispose());
writeFileSync(join(tmp.dir, 'draft.json'), readFileSync('tests/fixtures/drafts/internship.quzhou-2025.json'));
writeFileSync(join(tmp.dir, 'form.docx'), FORMS['label-value']());
writeFileSync(join(tmp.dir, 'boxes.docx'), FORMS.boxes());

const io = () => commandIo(tmp.dir, '2026-01-10');

const filled = () => tables(new Uint8Array(readFileSync(join(tmp.dir, 'out.docx'))))[0]!;

describe('grantdesk docx', () => {
  it('fills the form and names the unknown label with the fingerprint to map it by', async () => {
    const h = io();
    expect(await docxCommand(['draft.json', '--form', 'form.docx', '-o', 'out.docx'], h.io)).toBe(0);
    expect(h.out[0]).toBe('已生成 out.docx：填写 13 项');
    expect(h.out[1]).toMatch(/^未识别的标签 1 个（可用 --mapping 指定，表格指纹 [0-9a-f]{64}）：$/);
    expect(h.out[2]).toBe('  ? "填报人"（表1第8行）');
    expect(filled()[0]).toEqual(['申/报/单/位', '企业名称', '衢州智造精工机械有限公司']);
    expect(filled()[8]).toEqual(['480', '12', '']);
  });

  it('applies --mapping for that fingerprint and refuses one made for another form', async () => {
    const first = io();
    await docxCommand(['draft.json', '--form', 'form.docx', '-o', 'out.docx'], first.io);
    const fingerprint = /[0-9a-f]{64}/.exec(first.out[1]!)![0];
    writeFileSync(
      join(tmp.dir, 'map.json'),
      JSON.stringify({ formFingerprint: fingerprint, fields: { 填报人: 'applicant.contactPerson' } }),
    );
    const h = io();
    expect(
      await docxCommand(
        ['draft.json', '--form', 'form.docx', '-o', 'out.docx', '--mapping', 'map.json'],
        h.io,
      ),
    ).toBe(0);
    expect(h.out).toEqual(['已生成 out.docx：填写 14 项']);
    expect(filled()[8]).toEqual(['480', '12', '郑晓燕']);
    writeFileSync(join(tmp.dir, 'roster.docx'), FORMS.roster());
    const other = io();
    expect(
      await docxCommand(
        ['draft.json', '--form', 'roster.docx', '-o', 'out.docx', '--mapping', 'map.json'],
        other.io,
      ),
    ).toBe(2);
    expect(other.err).toEqual([
      'roster.docx：这份字段对应是为另一份 Word 表格保存的（指纹不同） / This field mapping was saved for another Word form (the fingerprint differs)',
    ]);
  });

  it('refuses in one line: a missing --form, a device, a .doc, a mapping that is not one', async () => {
    const cases: [string[], RegExp][] = [
      [['draft.json', '-o', 'out.docx'], /^缺少 --form FORM\.docx/],
      [
        ['draft.json', '--form', '/dev/zero', '-o', 'out.docx'],
        /^无法读取Word 表格 \/dev\/zero：不是普通文件/,
      ],
      [
        ['draft.json', '--form', 'draft.json', '-o', 'out.docx'],
        /：不是 Word 文档（\.docx）.* \/ Not a Word document/,
      ],
      [
        ['draft.json', '--form', 'form.docx', '-o', 'out.docx', '--mapping', 'draft.json'],
        /^无法读取字段对应文件 .*不是 GrantDesk 的字段对应/,
      ],
      [['draft.json', '--form', 'form.docx', '-o', tmp.dir], /是文件夹/],
    ];
    for (const [args, message] of cases) {
      const h = io();
      expect(await docxCommand(args, h.io), args.join(' ')).toBe(2);
      expect(h.err[0]).toMatch(message);
      expect(h.err.join('\n')).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a draft with errors (exit 1) unless --force', async () => {
    const bad = JSON.parse(readFileSync(join(tmp.dir, 'draft.json'), 'utf8')) as {
      data: { complianceCertified: boolean };
    };
    bad.data.complianceCertified = false;
    writeFileSync(join(tmp.dir, 'bad.json'), JSON.stringify(bad));
    const h = io();
    expect(await docxCommand(['bad.json', '--form', 'form.docx', '-o', 'out.docx'], h.io)).toBe(1);
    expect(h.err[0]).toBe('草稿有 1 处错误，未填写表格（可用 --force 仍然填写）：');
    const forced = io();
    expect(
      await docxCommand(['bad.json', '--form', 'boxes.docx', '-o', 'out.docx', '--force'], forced.io),
    ).toBe(0);
    expect(filled()[2]).toEqual(['已经考核认定符合实习实训规范', '☐是   ☑否', '（须附认定文件）']);
  });

  it('names an unknown blank in running text by its paragraph, not as a table row', async () => {
    const form = docx(
      runs([
        ['申报单位（盖章）：', BODY_RPR],
        ['_'.repeat(20), BODY_RPR],
      ]) +
        runs([
          ['所属园区：', BODY_RPR],
          ['_'.repeat(16), BODY_RPR],
        ]),
    );
    writeFileSync(join(tmp.dir, 'running.docx'), form);
    const h = io();
    expect(await docxCommand(['draft.json', '--form', 'running.docx', '-o', 'out.docx'], h.io)).toBe(0);
    expect(h.out[1]).toMatch(/^未识别的标签 1 个/);
    expect(h.out[2]).toBe('  ? "所属园区"（正文第2段）');
  });
});
