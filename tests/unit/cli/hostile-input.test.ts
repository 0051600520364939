// The real command line (bin/grantdesk.mjs in a child process) against hostile input (issue #12):
// each case ends with one named line and its exit code, within seconds, never a stack trace.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_INPUT_FEN } from '../../../shared/money';
import { tempDir } from '../shared/pdf/pdf-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const at = (name: string) => join(tmp.dir, name);
const fixture = readFileSync('tests/fixtures/drafts/training-base.quzhou-2025.json', 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON drafts freely
const draft = (): Record<string, any> => JSON.parse(fixture);

function cli(args: string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(process.cwd(), 'bin/grantdesk.mjs'), ...args],
      { cwd: tmp.dir, timeout: 60_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, out, err) => {
        const code = error ? ((error as { code?: number }).code ?? -1) : 0;
        resolve({ code: typeof code === 'number' ? code : -1, out, err, ms: Date.now() - started });
      },
    );
  });
}

/** Exit 2 with exactly one line on stderr containing `message`, and no stack trace anywhere. */
async function refused(args: string[], message: string): Promise<void> {
  const r = await cli(args);
  expect(r.err.trimEnd().split('\n'), r.err).toHaveLength(1);
  expect(r.err).toContain(message);
  expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(2);
}

writeFileSync(at('ok.json'), fixture);
writeFileSync(
  at('gbk.json'),
  Buffer.from(`{"format":"grantdesk/draft@1","applicant":{"name":"\xd5\xe3\xbd\xad"}}`, 'latin1'),
);
writeFileSync(at('bom.json'), `\uFEFF${fixture}`);
mkdirSync(at('out-folder'));
spawnSync('mkfifo', [at('fifo.json')]);
{
  // 200 MB without writing 200 MB: a sparse file.
  const fd = openSync(at('huge.json'), 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
}

describe('grantdesk check / pdf refuse what they cannot read', { timeout: 120_000 }, () => {
  test('a GBK file is not UTF-8 (check)', () =>
    refused(
      ['check', 'gbk.json'],
      'gbk.json: 不是 UTF-8 编码的文本（可能是 GBK），请另存为 UTF-8 / not UTF-8 text',
    ));

  test('a GBK file is not UTF-8 (pdf)', () =>
    refused(['pdf', 'gbk.json', '-o', 'g.pdf'], '不是 UTF-8 编码的文本（可能是 GBK）'));

  test('pdf reads a file with a BOM as check does', async () => {
    const r = await cli(['pdf', 'bom.json', '-o', 'bom.pdf']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^已生成 bom\.pdf：\d+ 页，SHA-256 [0-9a-f]{64}\n$/);
    expect(r.code).toBe(0);
    expect(readFileSync(at('bom.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('/dev/zero is refused by type, at once', async () => {
    await refused(
      ['check', '/dev/zero'],
      '/dev/zero: 不是普通文件（设备、管道等），未读取 / not a regular file',
    );
  });

  test.skipIf(!existsSync(at('fifo.json')))(
    'a FIFO is refused by type without waiting for a writer',
    async () => {
      await refused(['check', 'fifo.json'], 'fifo.json: 不是普通文件（设备、管道等），未读取');
      await refused(['pdf', 'fifo.json', '-o', 'f.pdf'], '不是普通文件（设备、管道等），未读取');
    },
  );

  test('a 200 MB file is refused by size before it is read', () =>
    refused(['check', 'huge.json'], 'huge.json: 文件过大（200.0 MB，上限 50.0 MB）/ file too large'));

  test('a folder given as the draft is named as a folder', () =>
    refused(['check', 'out-folder'], 'out-folder: 是文件夹，不是草稿文件'));
});

describe('grantdesk pdf -o', { timeout: 120_000 }, () => {
  test('to a folder', () =>
    refused(
      ['pdf', 'ok.json', '-o', 'out-folder'],
      '-o out-folder：是文件夹，应为 PDF 文件名 / is a folder',
    ));

  test('into a missing folder', () =>
    refused(
      ['pdf', 'ok.json', '-o', 'nope/x.pdf'],
      `-o nope/x.pdf：文件夹 ${at('nope')} 不存在 / folder does not exist`,
    ));

  test('to an unwritable path', async () => {
    // root writes through chmod; a read-only kernel folder is unwritable for everyone.
    let target = 'locked/x.pdf';
    if (process.getuid?.() === 0) target = '/sys/grantdesk-test.pdf';
    else {
      mkdirSync(at('locked'));
      chmodSync(at('locked'), 0o555);
    }
    await refused(['pdf', 'ok.json', '-o', target], `-o ${target}：没有写入权限 / not writable`);
  });

  test('of the blank form to a folder', () =>
    refused(['pdf', '--blank', 'training-base', '-o', 'out-folder'], '-o out-folder：是文件夹'));
});

describe('options without their value say exactly that', { timeout: 120_000 }, () => {
  test('check --against with no file', async () => {
    const r = await cli(['check', 'ok.json', '--against']);
    expect(r.err.split('\n')[0]).toBe('--against 后缺少文件 / --against needs a file');
    expect(r.code).toBe(2);
  });

  test('pdf --blank -o with no values', async () => {
    const r = await cli(['pdf', '--blank', '-o']);
    expect(r.err.split('\n')[0]).toBe('--blank 后缺少项目名 / --blank needs a PROGRAM');
    expect(r.code).toBe(2);
  });

  test('pdf --blank PROGRAM -o with no file name', async () => {
    const r = await cli(['pdf', '--blank', 'training-base', '-o']);
    expect(r.err.split('\n')[0]).toBe('-o 后缺少输出文件 / -o needs a file name');
    expect(r.code).toBe(2);
  });
});

describe('hostile values', { timeout: 120_000 }, () => {
  test('a 20 M-character value is never echoed whole', async () => {
    const d = draft();
    d['format'] = 'x'.repeat(20_000_000);
    writeFileSync(at('long-format.json'), JSON.stringify(d));
    const r = await cli(['check', 'long-format.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('…（共 20000002 字 / 20000002 characters）');
    expect(r.err.length).toBeLessThan(400);

    const e = draft();
    e['applicant'].address = 'a'.repeat(20_000_000);
    writeFileSync(at('long-address.json'), JSON.stringify(e));
    const r2 = await cli(['check', 'long-address.json']);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('「地址」不能超过200个字');
    expect(r2.out.length + r2.err.length).toBeLessThan(2_000);
  });

  test('an amount of 1e308 names the input limit 1,000,000,000,000.00 元', async () => {
    const d = draft();
    d['data'].investments[0].amountFen = 1e308;
    writeFileSync(at('e308.json'), JSON.stringify(d));
    const r = await cli(['check', 'e308.json']);
    expect(r.out).toContain('投资明细第1行「金额」不能大于1,000,000,000,000.00元');
    expect(r.out).not.toContain('90,071,992,547,409.91');
    expect(r.code).toBe(1);
  });

  test('100 investments at the per-row maximum: a finding and exit 1, no stack trace; --force prints', async () => {
    const d = draft();
    const first = d['data'].investments[0];
    d['data'].investments = Array.from({ length: 100 }, (_, i) => ({
      ...first,
      invoiceNumber: `2533233080200010${String(i).padStart(4, '0')}`,
      amountFen: MAX_INPUT_FEN,
    }));
    writeFileSync(at('overflow.json'), JSON.stringify(d));
    const r = await cli(['check', 'overflow.json']);
    expect(r.err).toBe('');
    expect(r.out).toContain(
      '✗ 错误  data  [amount.overflow]  金额合计超过可计算的范围（90,071,992,547,409.91 元），无法计算金额',
    );
    expect(r.out).toContain('金额：暂无法计算');
    expect(r.code).toBe(1);
    const forced = await cli(['pdf', 'overflow.json', '-o', 'overflow.pdf', '--force']);
    expect(forced.err).toBe('');
    expect(forced.out).toContain('（有错误，已加“草稿”水印）');
    expect(forced.code).toBe(0);
  });

  test('U+FFFD in a text field is a finding naming the field', async () => {
    const d = draft();
    d['applicant'].name = '衢州\uFFFD\uFFFD精工机械有限公司';
    writeFileSync(at('fffd.json'), JSON.stringify(d));
    const r = await cli(['check', 'fffd.json']);
    expect(r.out).toContain('applicant.name  [text.bad-characters]  「企业名称」含有乱码替换符“�”');
    expect(r.code).toBe(1);
  });
});
