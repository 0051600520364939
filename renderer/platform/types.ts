import type { AutoBackupFile } from '../../shared/ipc';

/** A file the user picked, read into memory. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileFilter {
  /** Shown to the user, e.g. 「PDF 文件」 or "GrantDesk backup". */
  name: string;
  /** Without the dot: ['pdf']. */
  extensions: string[];
}

/** What the renderer needs from the place it runs in: the Electron app or a plain browser. */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Saves bytes under a name the user confirms; false when the user cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array | Blob, filters: FileFilter[]): Promise<boolean>;
  /** Shows a PDF in a viewer the user can read, save and print from. */
  openPdf(suggestedName: string, bytes: Uint8Array): Promise<void>;
  /** Sends a PDF to printing (through a viewer's print dialog). */
  printPdf(suggestedName: string, bytes: Uint8Array): Promise<void>;
  /** Lets the user pick one file; null when cancelled. */
  pickFile(filters: FileFilter[]): Promise<PickedFile | null>;
  /** One line describing where the app runs, for the settings page and support; Chinese unless `lang` is en. */
  describe(lang?: 'zh' | 'en'): Promise<string>;
  /** The version that ran before this one on this machine, when it changed (so data is backed up first). */
  previousVersion(): Promise<string | null>;
  /** Rolling automatic backups on disk (Electron); null in a browser, which offers a download instead. */
  readonly autoBackups: AutoBackups | null;
}

export interface AutoBackups {
  write(bytes: Uint8Array, reason: 'daily' | 'pre-update'): Promise<string>;
  list(): Promise<AutoBackupFile[]>;
}
