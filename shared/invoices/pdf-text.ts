// The one place pdf.js is called: a PDF's text layer as positioned runs per page. Kept behind this
// small interface so the renderer can run it in a Worker and tests can count calls.

/** One run of text as pdf.js gives it; x/y in PDF points from the page's bottom left. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Why the text could not be had: the adapter's own words are not shown to users. */
export type PdfTextProblem = 'encrypted' | 'damaged';

export class PdfTextError extends Error {
  override readonly name = 'PdfTextError';
  constructor(readonly problem: PdfTextProblem) {
    super(problem);
  }
}

/**
 * Reads the text runs of the first `maxPages` pages; also says how many pages there are and, when no
 * page gave text, whether they still draw text (glyphs pdf.js could not map to characters).
 */
export type PdfTextReader = (
  bytes: Uint8Array,
  maxPages: number,
) => Promise<{ pages: TextRun[][]; pageCount: number; unmappedText?: boolean }>;

interface PdfJsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/**
 * Where pdf.js finds its CMaps (CJK fonts without ToUnicode; the CLI passes node_modules' folder) and,
 * in a browser or Worker, its worker: `workerSrc` (a URL of pdf.worker.mjs, e.g. Vite's `?url`) or
 * `workerPort` (a Worker already running it). Node needs neither.
 */
export interface PdfJsOptions {
  cMapUrl?: string;
  standardFontDataUrl?: string;
  workerSrc?: string;
  /** A `Worker` running pdf.worker.mjs (typed loosely: shared/ has no DOM types). */
  workerPort?: unknown;
  /**
   * A class pdf.js asks for a CMap by name (`fetch({ name })` → `{ cMapData, isCompressed }`), used
   * instead of `cMapUrl` where URLs cannot be fetched (the app's Worker under file:).
   */
  cMapReaderFactory?: unknown;
}

/**
 * The default reader: pdf.js's legacy build (runs in Node without a worker: pdf.js sets up its
 * own in-thread one), no eval, no font faces, no system fonts.
 * @throws PdfTextError `encrypted` for a password-protected file, `damaged` when pdf.js cannot open it.
 */
export function pdfJsTextReader(options: PdfJsOptions = {}): PdfTextReader {
  return async (bytes, maxPages) => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
    if (options.workerPort) pdfjs.GlobalWorkerOptions.workerPort = options.workerPort as never;
    const task = pdfjs.getDocument({
      // A plain copy: pdf.js detaches the buffer it is given and refuses a Node Buffer (a Uint8Array subclass).
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
      // pdf.js's worker then asks this thread for each CMap instead of fetching a URL itself.
      ...(options.cMapReaderFactory
        ? { CMapReaderFactory: options.cMapReaderFactory as never, useWorkerFetch: false }
        : {}),
      ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    });
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      await task.destroy();
      throw new PdfTextError(
        (err as { name?: string })?.name === 'PasswordException' ? 'encrypted' : 'damaged',
      );
    }
    try {
      const pages: TextRun[][] = [];
      for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        pages.push(
          (content.items as PdfJsItem[])
            .filter((i) => typeof i.str === 'string' && i.str.trim() !== '')
            .map((i) => ({
              text: i.str!,
              x: i.transform?.[4] ?? 0,
              y: i.transform?.[5] ?? 0,
              width: i.width ?? 0,
              height: i.height ?? 0,
            })),
        );
        page.cleanup();
      }
      if (pages.some((runs) => runs.length > 0)) return { pages, pageCount: doc.numPages };
      // No text: a scan draws images only; a page that shows text pdf.js cannot map is not a scan.
      const textOps = new Set([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText]);
      let unmappedText = false;
      for (let n = 1; n <= Math.min(doc.numPages, maxPages) && !unmappedText; n++) {
        const ops = await (await doc.getPage(n)).getOperatorList();
        unmappedText = ops.fnArray.some((fn) => textOps.has(fn));
      }
      return { pages, pageCount: doc.numPages, unmappedText };
    } catch {
      throw new PdfTextError('damaged');
    } finally {
      await doc.destroy();
    }
  };
}
