// Streams entries into a zip and gathers the output as Blob parts, never as one big string or buffer.
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { sha256Hex } from '../db/hash';
import type { ManifestEntry } from './backup-format';

/** Output is folded into a Blob every few MB so the browser may page it out of the JS heap. */
const FOLD_BYTES = 8 * 1024 * 1024;
/** Stored entries are pushed in slices of this size. */
const SLICE_BYTES = 4 * 1024 * 1024;

export interface ZipWriter {
  /** Adds a deflated JSON entry and returns its manifest line. */
  addJson(path: string, value: unknown): Promise<ManifestEntry>;
  /** Adds a stored (uncompressed) binary entry and returns its manifest line. */
  addBytes(path: string, bytes: Uint8Array): Promise<ManifestEntry>;
  /** Ends the archive. */
  finish(): Promise<Blob>;
}

export function createZipWriter(mtime: Date): ZipWriter {
  const parts: Blob[] = [];
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let failure: Error | null = null;
  let finished: ((blob: Blob) => void) | null = null;
  const fold = (): void => {
    if (buffered.length === 0) return;
    parts.push(new Blob(buffered as BlobPart[]));
    buffered = [];
    bufferedBytes = 0;
  };
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      return;
    }
    buffered.push(chunk);
    bufferedBytes += chunk.length;
    if (bufferedBytes >= FOLD_BYTES || final) fold();
    if (final) finished?.(new Blob(parts, { type: 'application/zip' }));
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    async addJson(path, value) {
      const bytes = strToU8(JSON.stringify(value));
      const sha256 = await sha256Hex(bytes);
      const file = new ZipDeflate(path, { level: 6 });
      file.mtime = mtime;
      zip.add(file);
      file.push(bytes, true);
      check();
      return { path, sha256, size: bytes.length };
    },
    async addBytes(path, bytes) {
      const sha256 = await sha256Hex(bytes);
      const file = new ZipPassThrough(path);
      file.mtime = mtime;
      zip.add(file);
      if (bytes.length === 0) file.push(bytes, true);
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
        file.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
      }
      check();
      return { path, sha256, size: bytes.length };
    },
    finish() {
      return new Promise<Blob>((resolve, reject) => {
        finished = resolve;
        zip.end();
        if (failure) reject(failure);
      });
    },
  };
}
