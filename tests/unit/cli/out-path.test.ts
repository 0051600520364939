// `-o` of every command that writes a file (pdf, docx, xlsx): one check and one writer, the same lines and exit 2.
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { docxCommand } from '../../../cli/commands/docx';
import { pdfCommand } from '../../../cli/commands/pdf';
import { xlsxCommand } from '../../../cli/commands/xlsx';
import { FORMS } from '../../fixtures/docx/make-forms';
import { tempDir } from '../shared/pdf/pdf-tools';
import { commandIo } from './command-io';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const at = (name: string) => join(tmp.dir, name);
writeFileSync(at('tb.json'), readFileSync('tests/fixtures/drafts/training-base.quzhou-2025.json'));
writeFileSync(at('in.json'), readFileSync('tests/fixtures/drafts/internship.quzhou-2025.json'));
writeFileSync(at('form.docx'), FORMS['label-value']());
mkdirSync(at('folder'));

const harness = () => commandIo(tmp.dir);

type Command = (args: string[], io: ReturnType<typeof harness>['io']) => Promise<number>;

// Each command with its draft and options; `-o <out>` is added. The draft of the first check is missing:
// `-o` is refused before any input is read.
const COMMANDS: [string, string, Command, string[]][] = [
  ['pdf', 'PDF', pdfCommand, ['tb.json', '--force']],
  ['docx', 'Word', docxCommand, ['in.json', '--form', 'form.docx', '--force']],
  ['xlsx', 'Excel', xlsxCommand, ['tb.json']],
];

/** Runs `name args -o out`: the exit code and stderr, which must be one line with no stack trace. */
async function refused(command: Command, args: string[], out: string) {
  const h = harness();
  const code = await command([...args, '-o', out], h.io);
  expect(h.err.join('\n')).not.toMatch(/\n\s+at /);
  expect(h.out).toEqual([]);
  return { code, err: h.err };
}

describe.each(COMMANDS)('grantdesk %s -o', (name, kind, command, args) => {
  const missingDraft = args.map((a) => (a.endsWith('.json') ? 'no-such-draft.json' : a));

  test('a folder is refused as a folder, naming the kind of file, before the draft is read', async () => {
    const r = await refused(command, missingDraft, 'folder');
    expect(r).toEqual({
      code: 2,
      err: [`-o folder：是文件夹，应为 ${kind} 文件名 / is a folder, give a file name`],
    });
  });

  test('a folder that does not exist is named', async () => {
    const r = await refused(command, missingDraft, `nope/out.${name}`);
    expect(r).toEqual({
      code: 2,
      err: [`-o nope/out.${name}：文件夹 ${at('nope')} 不存在 / folder does not exist`],
    });
  });

  test('a file in place of the folder is named', async () => {
    const r = await refused(command, missingDraft, 'tb.json/out');
    expect(r).toEqual({ code: 2, err: [`-o tb.json/out：${at('tb.json')} 不是文件夹 / is not a folder`] });
  });

  test('a path it may not write is one line, exit 2', async () => {
    // root writes through chmod and may pass the check; then /sys refuses the write itself.
    let target = join('locked', `x.${name}`);
    if (process.getuid?.() === 0) target = `/sys/grantdesk-test.${name}`;
    else if (!existsSync(at('locked'))) {
      mkdirSync(at('locked'));
      chmodSync(at('locked'), 0o555);
    }
    const r = await refused(command, args, target);
    expect(r).toEqual({ code: 2, err: [`-o ${target}：没有写入权限 / not writable`] });
  }, 60_000);

  test('a write that fails after the work (a full disk) is one line, exit 2', async () => {
    const r = await refused(command, args, '/dev/full');
    expect(r).toEqual({ code: 2, err: ['-o /dev/full：磁盘已满 / disk full'] });
  }, 60_000);

  test('an input file as -o is refused before the work, by name or through a link, and left as it was', async () => {
    symlinkSync(at('form.docx'), at(`link-to-form.${name}`));
    const inputs = args.filter((a) => /\.(json|docx)$/.test(a));
    const targets = [...inputs, ...(name === 'docx' ? [`link-to-form.${name}`] : [])];
    for (const target of targets) {
      const before = readFileSync(at(target));
      const r = await refused(command, args, target);
      expect(r).toEqual({
        code: 2,
        err: [`-o ${target}：是输入文件本身，不会覆盖 / is one of the input files; it is not overwritten`],
      });
      expect(readFileSync(at(target))).toEqual(before);
    }
    expect(targets.length).toBe(name === 'docx' ? 3 : 1);
  });

  test('no -o is a usage error naming it, then the usage', async () => {
    const h = harness();
    expect(await command(args, h.io)).toBe(2);
    expect(h.err).toHaveLength(1);
    expect(h.err[0]).toMatch(
      /^缺少 -o OUT\.(pdf|docx|xlsx) \/ -o OUT\.(pdf|docx|xlsx) is missing\n用法：grantdesk /,
    );
  });

  test('a missing draft after a good -o: 无法读取草稿文件, named in both languages', async () => {
    const h = harness();
    expect(await command(missingDraft.concat('-o', `ok.${name}`), h.io)).toBe(2);
    expect(h.err).toEqual([
      `无法读取草稿文件 ${at('no-such-draft.json')}：文件不存在或无法访问 / no such file, or it cannot be accessed`,
    ]);
    expect(existsSync(at(`ok.${name}`))).toBe(false);
  });
});
