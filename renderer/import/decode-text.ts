/** Which encoding a text file was read with; shown to the user so a wrong guess is visible. */
export type TextEncodingName = 'utf-8' | 'gb18030';

/**
 * Decodes a CSV/TSV file from Excel or WPS: UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, otherwise GBK/GB18030 (what Chinese Excel writes by default).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
