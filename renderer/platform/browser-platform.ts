import type { FileFilter, PickedFile, Platform } from './types';

function toBlob(bytes: Uint8Array, type: string): Blob {
  // Copy into a fresh ArrayBuffer: the view may be a window onto a larger or shared buffer.
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type });
}

function mimeOf(name: string): string {
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.zip')) return 'application/zip';
  return 'application/octet-stream';
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pick(filters: FileFilter[]): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file.arrayBuffer().then((buf) => resolve({ name: file.name, bytes: new Uint8Array(buf) }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** The plain-browser implementation: downloads, Blob URLs and a file input. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile(suggestedName, data) {
      download(suggestedName, data instanceof Blob ? data : toBlob(data, mimeOf(suggestedName)));
      return true;
    },
    async openPdf(_name, bytes) {
      const url = URL.createObjectURL(toBlob(bytes, 'application/pdf'));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
    },
    async printPdf(_name, bytes) {
      const url = URL.createObjectURL(toBlob(bytes, 'application/pdf'));
      const frame = document.createElement('iframe');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.src = url;
      frame.addEventListener('load', () => frame.contentWindow?.print());
      document.body.append(frame);
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 10 * 60_000);
    },
    pickFile: pick,
    async describe(lang = 'zh') {
      const chromium = navigator.userAgent.includes('Chrome');
      return lang === 'en'
        ? `Browser (${chromium ? 'Chromium' : 'other'}), data kept in this browser's IndexedDB`
        : `浏览器版（${chromium ? 'Chromium' : '浏览器'}），数据保存在本浏览器的 IndexedDB 中`;
    },
    async previousVersion() {
      return null;
    },
    autoBackups: null,
  };
}
