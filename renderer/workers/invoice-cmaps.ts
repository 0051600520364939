// pdf.js's CMaps for Chinese fonts a PDF names but does not embed (older invoices: STSong-Light,
// UniGB-UCS2-H), built into the invoice worker as data: nothing is fetched, neither a file: URL
// (which Electron's page cannot fetch) nor anything outside the app (CSP 'self').
// Their licence (Adobe, BSD-3-Clause, from pdfjs-dist/cmaps/LICENSE) is cmaps-LICENSE.txt beside this file.

/**
 * The Adobe-GB1 family (simplified Chinese): its encodings (GB*, UniGB-*, which `usecmap` only each
 * other) and the Adobe-GB1-UCS2 map pdf.js reads characters through. Other scripts stay out: 292 KB
 * (405 KB in the worker, base64) against 1.18 MB for every CMap pdf.js has.
 */
const chunks = import.meta.glob<string>('../../node_modules/pdfjs-dist/cmaps/*GB*.bcmap', {
  query: '?inline',
  import: 'default',
});

const byName = new Map(
  Object.entries(chunks).map(([path, load]) => [
    path.slice(path.lastIndexOf('/') + 1, -'.bcmap'.length),
    load,
  ]),
);

/** The CMap names built in, for tests. */
export const shippedCMapNames = (): string[] => [...byName.keys()].sort();

function bytesOfDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || !url.slice(0, comma).endsWith(';base64'))
    throw new Error('a CMap chunk is not base64 data');
  const text = atob(url.slice(comma + 1));
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * pdf.js's `CMapReaderFactory` (getDocument's option of that name): pdf.js's worker asks this thread
 * for a CMap by name and gets the packed bytes built into the app.
 */
export class BuiltInCMapReaderFactory {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: true }> {
    const load = byName.get(name);
    if (!load) throw new Error(`CMap ${name} is not built into the app`);
    return { cMapData: bytesOfDataUrl(await load()), isCompressed: true };
  }
}
