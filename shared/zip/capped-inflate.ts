// Inflating with a running cap: input goes in small pieces, so no step can produce more than about
// a thousand times its piece (deflate's ceiling) before the count is checked.
import { Inflate, Unzlib } from 'fflate';

/** Input per step: at most ~16 MiB of output can appear between two checks. */
const PIECE = 16 * 1024;

/** Thrown when the output would pass the cap; nothing past the cap is kept. */
export class InflateCapError extends Error {
  override readonly name = 'InflateCapError';
  constructor(readonly cap: number) {
    super(`inflates past ${cap} bytes`);
  }
}

/**
 * Inflates raw deflate (`raw`, as in zip) or zlib data (as in PDF streams), refusing past `cap` bytes.
 * With `keep` false the output is only counted (a check before the real reader runs).
 * @throws InflateCapError past the cap; fflate's own error for data that is not deflate.
 */
export function cappedInflate(
  data: Uint8Array,
  cap: number,
  { zlib = false, keep = true }: { zlib?: boolean; keep?: boolean } = {},
): { bytes: Uint8Array; size: number } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    size += chunk.length;
    if (size > cap) throw new InflateCapError(cap);
    if (keep) chunks.push(chunk);
    if (final) done = true;
  };
  const stream = zlib ? new Unzlib(onData) : new Inflate(onData);
  for (let at = 0; at < data.length && !done; at += PIECE) {
    const end = Math.min(at + PIECE, data.length);
    stream.push(data.subarray(at, end), end === data.length);
  }
  if (!done && data.length === 0) stream.push(new Uint8Array(0), true);
  if (!keep) return { bytes: new Uint8Array(0), size };
  if (chunks.length === 1) return { bytes: chunks[0]!, size };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, size };
}
