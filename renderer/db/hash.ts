// SHA-256 through Web Crypto, available in browsers, Electron's renderer and Node 20.

/** Lower-case hex SHA-256 of the bytes (a Blob is read whole: memory is the size of the Blob). */
export async function sha256Hex(input: Uint8Array | ArrayBuffer | Blob): Promise<string> {
  const bytes = input instanceof Blob ? await input.arrayBuffer() : input;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
