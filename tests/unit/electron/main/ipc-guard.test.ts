import { describe, expect, test } from 'vitest';
import { assertTrustedSender, IpcRejected, parsePayload } from '../../../../electron/main/ipc-guard';
import { IPC_CHANNELS, ipcRequestSchemas } from '../../../../shared/ipc';

const APP = 'file:///opt/grantdesk/out/renderer/index.html';

describe('assertTrustedSender', () => {
  test('accepts the app page in one of its windows', () => {
    expect(() => assertTrustedSender(APP + '#/drafts', true, APP)).not.toThrow();
  });
  test.each([
    ['https://example.com/', true],
    [APP, false],
    [undefined, true],
  ])('rejects sender %s (own window: %s)', (url, own) => {
    expect(() => assertTrustedSender(url, own, APP)).toThrow(IpcRejected);
  });
});

describe('parsePayload', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

  test('every channel has a schema', () => {
    expect(Object.keys(ipcRequestSchemas).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  test('accepts a valid save request', () => {
    const req = parsePayload('files:save', {
      suggestedName: '申报表.pdf',
      bytes: pdf,
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    });
    expect(req.suggestedName).toBe('申报表.pdf');
  });

  test.each([
    [
      { suggestedName: '../../etc/passwd', bytes: pdf, filters: [] },
      '请求 files:save 的字段 suggestedName 无效：文件名含有不允许的字符',
    ],
    [
      { suggestedName: 'a.pdf', bytes: 'not bytes', filters: [] },
      '请求 files:save 的字段 bytes 无效：应为二进制数据',
    ],
    [{ suggestedName: 'a.pdf', bytes: pdf, filters: [], extra: 1 }, '请求 files:save 的字段 （整体） 无效'],
  ])('rejects %j naming the field', (payload, message) => {
    expect(() => parsePayload('files:save', payload)).toThrow(message);
  });

  test('app:info takes no payload', () => {
    expect(() => parsePayload('app:info', { anything: true })).toThrow(IpcRejected);
    expect(parsePayload('app:info', undefined)).toBeUndefined();
  });
});
