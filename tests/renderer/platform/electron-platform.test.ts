// Main's refusal of a picked file reaches the page as a UserError in both languages, not the IPC wrapper text.
import { describe, expect, test } from 'vitest';
import type { GrantDeskApi } from '../../../shared/ipc';
import { errorText, UserError } from '../../../renderer/i18n/error-text';
import { createElectronPlatform } from '../../../renderer/platform/electron-platform';

const ZH = '「大表格.docx」有 25.0 MB，超过此类文件 20.0 MB 的上限，未读取';
const EN = '"大表格.docx" is 25.0 MB, over the 20.0 MB limit for this kind of file; not read';

/** The platform over an api whose readUserFile fails as Electron reports a handler's throw. */
function rejecting(message: string) {
  const api = { readUserFile: () => Promise.reject(new Error(message)) } as unknown as GrantDeskApi;
  return createElectronPlatform(api).pickFile([{ name: 'Word', extensions: ['docx'] }]);
}

describe('electron platform pickFile', () => {
  test('a PickedFileRefused from main becomes the user’s line in each language', async () => {
    const err = await rejecting(
      `Error invoking remote method 'files:read-user-file': PickedFileRefused: ${ZH} / ${EN}`,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(errorText(err, 'zh')).toBe(ZH);
    expect(errorText(err, 'en')).toBe(EN);
  });

  test('any other failure passes through as it came', async () => {
    const raw = "Error invoking remote method 'files:read-user-file': Error: ENOENT: no such file";
    const err = await rejecting(raw).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(raw);
  });
});
