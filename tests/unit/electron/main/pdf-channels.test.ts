// The security test of files:open-pdf / files:print-pdf: a compromised page must not get any
// program run by the operating system (issue #12).
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IpcRejected, parsePayload } from '../../../../electron/main/ipc-guard';
import { TEMP_PDF_LIFETIME_MS, TempPdfStore, tempPdfFileName } from '../../../../electron/main/temp-pdf';
import { toPdfDisplayName } from '../../../../shared/ipc';

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]); // MZ: a Windows program
const channels = ['files:open-pdf', 'files:print-pdf'] as const;

describe.each(channels)('%s payload', (channel) => {
  test.each([
    'setup.exe',
    'run.bat',
    'x.hta',
    'a.desktop',
    'script.ps1',
    'a.pdf.exe',
    '申报表.PDF.lnk',
    '../../a.pdf',
    '..\\a.pdf',
    'C:\\Users\\a.pdf',
    '/tmp/a.pdf',
    'a\u0000.pdf',
    'a\n.pdf',
    'fdp.\u202eexe.pdf',
    '\ud800x.pdf',
    '.pdf',
    `${'长'.repeat(200)}.pdf`,
  ])('refuses the name %j', (suggestedName) => {
    expect(() => parsePayload(channel, { suggestedName, bytes: PDF })).toThrow(IpcRejected);
    expect(() => parsePayload(channel, { suggestedName, bytes: PDF })).toThrow(
      `请求 ${channel} 的字段 suggestedName 无效`,
    );
  });

  test.each([
    ['a Windows program', EXE],
    ['a shell script', new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n')],
    ['an HTML application', new TextEncoder().encode('<hta:application><script>')],
    ['empty bytes', new Uint8Array()],
    ['%PDF without the dash', new TextEncoder().encode('%PDF1.7')],
    ['a PDF after leading junk', new TextEncoder().encode(' %PDF-1.7')],
  ])('refuses %s behind a .pdf name', (_what, bytes) => {
    expect(() => parsePayload(channel, { suggestedName: '申报表.pdf', bytes })).toThrow(
      `请求 ${channel} 的字段 bytes 无效：不是 PDF 文件（应以 %PDF- 开头）`,
    );
  });

  test('accepts a plain Chinese *.pdf name with PDF bytes', () => {
    const req = parsePayload(channel, { suggestedName: '申报表-衢州 (2025).pdf', bytes: PDF });
    expect(req.suggestedName).toBe('申报表-衢州 (2025).pdf');
  });
});

describe('names main builds', () => {
  test.each([
    ['申报表.pdf', '申报表-0123456789abcdef.pdf'],
    ['setup.exe', 'setup_exe-0123456789abcdef.pdf'],
    ['a.desktop', 'a_desktop-0123456789abcdef.pdf'],
    ['../../etc/x.pdf', '______etc_x-0123456789abcdef.pdf'],
    ['...', '___-0123456789abcdef.pdf'],
    ['', 'grantdesk-0123456789abcdef.pdf'],
  ])('%j → %j', (display, file) => {
    expect(tempPdfFileName(display, '0123456789abcdef')).toBe(file);
  });

  test('a random suffix makes every copy a new file', () => {
    expect(tempPdfFileName('a.pdf')).toMatch(/^a-[0-9a-f]{16}\.pdf$/);
    expect(tempPdfFileName('a.pdf')).not.toBe(tempPdfFileName('a.pdf'));
  });

  test.each(['scan.PDF', '发票', 'a/b\\c.pdf', 'x\u202eexe.pdf', '.hidden.pdf', '\udc00z', '长'.repeat(300)])(
    'the renderer turns any attachment name %j into one the channel accepts',
    (name) => {
      const suggestedName = toPdfDisplayName(name);
      expect(suggestedName).toMatch(/\.pdf$/);
      expect(() => parsePayload('files:open-pdf', { suggestedName, bytes: PDF })).not.toThrow();
    },
  );
});

function store(now = Date.now()) {
  const root = mkdtempSync(join(tmpdir(), 'gd-pdf-test-'));
  const dir = join(root, 'grantdesk-pdf');
  const opened: string[] = [];
  const timers: { fn: () => Promise<void>; ms: number }[] = [];
  let openError = '';
  const s = new TempPdfStore({
    dir,
    openPath: async (path) => {
      opened.push(path);
      return openError;
    },
    now: () => now,
    schedule: (fn, ms) => timers.push({ fn, ms }),
  });
  return { s, root, dir, opened, timers, failOpen: (e: string) => (openError = e) };
}

describe('TempPdfStore (what files:open-pdf writes and opens)', () => {
  test('writes the bytes under a name main built, in its own folder, and opens exactly that file', async () => {
    const { s, dir, opened } = store();
    const path = await s.open('setup.exe', PDF);
    expect(opened).toEqual([path]);
    expect(path.startsWith(dir + '/')).toBe(true);
    expect(path).toMatch(/\/setup_exe-[0-9a-f]{16}\.pdf$/);
    expect(readFileSync(path)).toEqual(Buffer.from(PDF));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test('deletes the copy after the viewer has had time to open it', async () => {
    const { s, timers } = store();
    const path = await s.open('申报表.pdf', PDF);
    expect(timers.map((t) => t.ms)).toEqual([TEMP_PDF_LIFETIME_MS]);
    expect(existsSync(path)).toBe(true);
    await timers[0]!.fn();
    expect(existsSync(path)).toBe(false);
    expect(s.pending()).toEqual([]);
  });

  test('deletes every copy at quit at the latest', async () => {
    const { s, dir } = store();
    await s.open('a.pdf', PDF);
    await s.open('b.pdf', PDF);
    expect(readdirSync(dir)).toHaveLength(2);
    s.removeAllNow();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a viewer that cannot open it: the copy is deleted and the error names the reason', async () => {
    const { s, dir, failOpen } = store();
    failOpen('No application is associated with the specified file');
    await expect(s.open('a.pdf', PDF)).rejects.toThrow(
      '无法用系统阅读器打开 PDF：No application is associated with the specified file',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('at start, stale copies of a crashed run are deleted; fresh ones and other files stay', () => {
    const now = Date.now();
    const { s, root, dir } = store(now);
    mkdirSync(dir, { recursive: true });
    const stale = join(dir, 'old-0123456789abcdef.pdf');
    const fresh = join(dir, 'new-fedcba9876543210.pdf');
    const other = join(dir, 'notes.txt');
    for (const f of [stale, fresh, other]) writeFileSync(f, 'x');
    const old = (now - TEMP_PDF_LIFETIME_MS - 60_000) / 1000;
    utimesSync(stale, old, old);
    utimesSync(other, old, old);
    // The folder an older version left (mkdtemp 'grantdesk-XXXXXX' with the PDF in it).
    const legacy = join(root, 'grantdesk-Ab12Cd');
    mkdirSync(legacy);
    writeFileSync(join(legacy, '申报表.pdf'), 'x');
    const notOurs = join(root, 'grantdesk-Zz99Yy');
    mkdirSync(notOurs);
    writeFileSync(join(notOurs, 'data.db'), 'x');
    s.sweepStale(root);
    expect(readdirSync(dir).sort()).toEqual(['new-fedcba9876543210.pdf', 'notes.txt']);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(notOurs)).toBe(true);
  });
});
