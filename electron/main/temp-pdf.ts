// Temporary PDF copies for the system viewer; free of `electron` so plain Node tests run it.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How long a copy stays for the viewer to open it; the copies hold ID and bank numbers. */
export const TEMP_PDF_LIFETIME_MS = 10 * 60_000;

const OWN_NAME = /^[^/\\]+-[0-9a-f]{16}\.pdf$/;
// Folders of versions before 0.1.1 (mkdtemp 'grantdesk-XXXXXX'), which never deleted their copies.
const OLD_FOLDER = /^grantdesk-[A-Za-z0-9]{6}$/;

/**
 * The file name main writes: the display name reduced to letters, digits, spaces and `-_()（）`
 * (at most 40 of them), a random suffix, and always `.pdf`. Nothing from the page decides the type.
 */
export function tempPdfFileName(displayName: string, suffix = randomBytes(8).toString('hex')): string {
  const stem = [...displayName.replace(/\.pdf$/i, '').replace(/[^\p{L}\p{N} _\-()（）]/gu, '_')]
    .slice(0, 40)
    .join('')
    .trim();
  return `${stem || 'grantdesk'}-${suffix}.pdf`;
}

function holdsOnlyPdfs(folder: string): boolean {
  try {
    return readdirSync(folder).every((f) => f.toLowerCase().endsWith('.pdf'));
  } catch {
    return false;
  }
}

/** What the store needs from the outside world (Electron's shell.openPath in the app, a fake in tests). */
export interface TempPdfDeps {
  /** The folder the copies live in, e.g. `<tmpdir>/grantdesk-pdf`. */
  dir: string;
  /** Hands a file to the operating system; resolves to an error text, '' on success. */
  openPath: (path: string) => Promise<string>;
  now?: () => number;
  schedule?: (fn: () => Promise<void>, ms: number) => void;
}

/** Writes PDF copies for the viewer and deletes them: after {@link TEMP_PDF_LIFETIME_MS}, at quit, and stale ones at start. */
export class TempPdfStore {
  private readonly written = new Set<string>();

  constructor(private readonly deps: TempPdfDeps) {}

  /** Writes the bytes under a name main builds (owner-only permissions) and opens them in the viewer. */
  async open(displayName: string, bytes: Uint8Array): Promise<string> {
    await mkdir(this.deps.dir, { recursive: true, mode: 0o700 });
    const path = join(this.deps.dir, tempPdfFileName(displayName));
    await writeFile(path, bytes, { mode: 0o600, flag: 'wx' });
    this.written.add(path);
    const schedule = this.deps.schedule ?? ((fn, ms) => setTimeout(() => void fn(), ms).unref());
    schedule(() => this.remove(path), TEMP_PDF_LIFETIME_MS);
    const error = await this.deps.openPath(path);
    if (error) {
      await this.remove(path);
      throw new Error(`无法用系统阅读器打开 PDF：${error}`);
    }
    return path;
  }

  /** The copies written by this process and not yet deleted. */
  pending(): string[] {
    return [...this.written];
  }

  private async remove(path: string): Promise<void> {
    // A viewer may still hold the file open (Windows); then quit deletes it.
    await rm(path, { force: true }).then(
      () => this.written.delete(path),
      () => undefined,
    );
  }

  /** Deletes every copy this process wrote; synchronous, for the app's quit event. */
  removeAllNow(): void {
    for (const path of this.written) {
      try {
        rmSync(path, { force: true });
        this.written.delete(path);
      } catch {
        // Still open in a viewer; the next start removes it.
      }
    }
  }

  /**
   * Deletes copies a crashed run left behind: our own files older than the lifetime (another running
   * instance's fresh copies are kept), and the folders older versions left in the temp root.
   */
  sweepStale(tempRoot: string): void {
    const now = (this.deps.now ?? Date.now)();
    mkdirSync(this.deps.dir, { recursive: true, mode: 0o700 });
    for (const name of readdirSync(this.deps.dir)) {
      const path = join(this.deps.dir, name);
      const age = now - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now);
      if (OWN_NAME.test(name) && age > TEMP_PDF_LIFETIME_MS) rmSync(path, { force: true });
    }
    for (const name of readdirSync(tempRoot)) {
      const path = join(tempRoot, name);
      if (OLD_FOLDER.test(name) && holdsOnlyPdfs(path)) {
        rmSync(path, { recursive: true, force: true });
      }
    }
  }
}
