// grantdesk invoices: in memory for the cases, and once through bin/grantdesk.mjs for the wiring.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { invoicesCommand } from '../../../cli/commands/invoices';
import {
  cidFontInvoicePdf,
  digitalXml,
  ofdInvoice,
  pdfInvoice,
  samples,
  expectedInvoice,
} from '../../fixtures/invoices';
import { commandIo, sparseFile } from './command-io';

const dir = mkdtempSync(join(tmpdir(), 'grantdesk-cli-invoices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(join(dir, 'a.xml'), digitalXml(samples.digitalGeneral));
  writeFileSync(join(dir, 'b.ofd'), ofdInvoice(samples.olderGeneral));
  writeFileSync(join(dir, 'c.pdf'), await pdfInvoice(samples.olderExemptPerson, 'guangdong'));
  writeFileSync(join(dir, 'junk.pdf'), new Uint8Array(4096).fill(7));
  writeFileSync(join(dir, 'cid.pdf'), await cidFontInvoicePdf(samples.olderGeneral));
  sparseFile(join(dir, 'huge.pdf'), 40 * 1024 * 1024);
});

const harness = () => commandIo(dir);

describe('grantdesk invoices', () => {
  test('prints what each file holds, exit 0', async () => {
    const h = harness();
    expect(await invoicesCommand(['a.xml', 'b.ofd', 'c.pdf'], h.io)).toBe(0);
    const text = h.out.join('\n');
    expect(text).toContain('a.xml：数电普票 号码 24332000000012345678，开票日期 2025-06-12（XML）');
    expect(text).toContain('价税合计 100,000.00 元 = 金额 88,495.58 + 税额 11,504.42；1 行');
    expect(text).toContain('b.ofd：普票 代码 033002000211 号码 83089647，开票日期 2020-07-23（OFD）');
    expect(text).toContain('销售方 广州市天河区农产品配送中心（92440106MA59C3QK8R）→ 购买方 个人（无税号）');
    expect(text).toContain('共 3 个文件：3 个读出发票（合 3 张');
    expect(h.err).toEqual([]);
  });

  test('a refused file is named with its reason, exit 1; unreadable paths one line each, exit 2', async () => {
    const h = harness();
    expect(await invoicesCommand(['junk.pdf', 'a.xml'], h.io)).toBe(1);
    expect(h.out[0]).toBe(
      'junk.pdf：✗ 「junk.pdf」文件已损坏，无法读取\n  "junk.pdf" is damaged and cannot be read',
    );
    const h2 = harness();
    expect(await invoicesCommand(['huge.pdf', '.', '/dev/zero', 'missing.ofd', 'a.xml'], h2.io)).toBe(2);
    expect(h2.err).toEqual([
      '无法读取 / cannot read huge.pdf：文件过大（40.0 MB，上限 32.0 MB）/ file too large (40.0 MB, limit 32.0 MB)',
      '无法读取 / cannot read .：是文件夹，不是发票文件 / is a folder, not an invoice file',
      '无法读取 / cannot read /dev/zero：不是普通文件（设备、管道等），未读取 / not a regular file (device, pipe …), not read',
      '无法读取 / cannot read missing.ofd：文件不存在或无法访问 / no such file, or it cannot be accessed',
    ]);
    expect(h2.out.join('\n')).toContain('a.xml：数电普票');
  });

  test('an older PDF in a non-embedded STSong-Light is read (the CLI gives pdf.js its CMaps)', async () => {
    const h = harness();
    expect(await invoicesCommand(['cid.pdf'], h.io)).toBe(0);
    expect(h.out[0]).toBe(
      'cid.pdf：普票 代码 033002000211 号码 83089647，开票日期 2020-07-23（PDF）\n' +
        '  价税合计 526.00 元 = 金额 510.68 + 税额 15.32；1 行\n' +
        '  销售方 兰溪市教学仪器经营部（92330781MA2EDMFU50）→ 购买方 衢州智造精工机械有限公司（91330803MA2DK7Q30T）',
    );
  });

  test('usage errors exit 2 with one line', async () => {
    for (const argv of [[], ['--csv', 'a.xml']]) {
      const h = harness();
      expect(await invoicesCommand(argv, h.io)).toBe(2);
      expect(h.err.join('\n')).toContain('用法 / usage: grantdesk invoices FILE... [--json]');
    }
  });

  test('--json through bin/grantdesk.mjs: an array of {file, invoice} or {file, error}', () => {
    const bin = join(process.cwd(), 'bin/grantdesk.mjs');
    const child = spawnSync(process.execPath, [bin, 'invoices', 'a.xml', 'c.pdf', 'junk.pdf', '--json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toEqual([
      { file: 'a.xml', invoice: expectedInvoice(samples.digitalGeneral, 'xml') },
      { file: 'c.pdf', invoice: expectedInvoice(samples.olderExemptPerson, 'pdf') },
      {
        file: 'junk.pdf',
        error: {
          code: 'damaged',
          message: '「junk.pdf」文件已损坏，无法读取',
          messageEn: '"junk.pdf" is damaged and cannot be read',
        },
      },
    ]);
    expect(child.stderr).toBe('');
    // The usage lists the command.
    expect(execFileSync(process.execPath, [bin, 'help'], { encoding: 'utf8' })).toContain(
      'grantdesk invoices FILE... [--json]',
    );
  }, 180_000);
});
