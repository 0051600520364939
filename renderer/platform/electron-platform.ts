import { type GrantDeskApi, toPdfDisplayName } from '../../shared/ipc';
import { UserError } from '../i18n/error-text';
import type { Platform } from './types';

/**
 * Main's refusal of a picked file (too large for its kind, not a regular file) arrives as
 * `Error invoking remote method '…': PickedFileRefused: 中文 / English`: made a UserError in both languages.
 */
export function pickRefusal(error: unknown): unknown {
  const found = error instanceof Error ? /PickedFileRefused: (.+?) \/ (.+)$/s.exec(error.message) : null;
  return found ? new UserError(found[1]!, found[2]!) : error;
}

/** The Electron implementation: every verb goes through the preload's typed API to main. */
export function createElectronPlatform(api: GrantDeskApi): Platform {
  return {
    kind: 'electron',
    async saveFile(suggestedName, data, filters) {
      // IPC carries bytes, not Blobs.
      const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
      return (await api.saveFile({ suggestedName, bytes, filters })).saved;
    },
    async openPdf(suggestedName, bytes) {
      // Main accepts only a plain *.pdf name (an attachment may be named anything).
      await api.openPdf({ suggestedName: toPdfDisplayName(suggestedName), bytes });
    },
    async printPdf(suggestedName, bytes) {
      await api.printPdf({ suggestedName: toPdfDisplayName(suggestedName), bytes });
    },
    pickFile: (filters) =>
      api.readUserFile({ filters }).catch((e: unknown) => {
        throw pickRefusal(e);
      }),
    async describe(lang = 'zh') {
      const info = await api.appInfo();
      return lang === 'en'
        ? `Desktop ${info.version} (${info.platform}), data in ${info.userDataPath}`
        : `桌面版 ${info.version}（${info.platform}），数据目录 ${info.userDataPath}`;
    },
    async previousVersion() {
      const info = await api.appInfo();
      return info.previousVersion !== info.version ? info.previousVersion : null;
    },
    autoBackups: {
      write: async (bytes, reason) => (await api.writeAutoBackup({ bytes, reason })).path,
      list: () => api.listAutoBackups(),
    },
  };
}
