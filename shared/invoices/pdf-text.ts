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

/** Reads the text runs of the first `maxPages` pages; also says how many pages there are. */
export type PdfTextReader = (
  bytes: Uint8Array,
  maxPages: number,
) => Promise<{ pages: TextRun[][]; pageCount: number }>;

interface PdfJsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Where pdf.js finds its CMaps (CJK fonts without ToUnicode); the CLI passes node_modules' folder. */
export interface PdfJsOptions {
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

/**
 * The default reader: pdf.js's legacy build (runs in Node without a worker: pdf.js sets up its
 * own in-thread one), no eval, no font faces, no system fonts.
 * @throws PdfTextError `encrypted` for a password-protected file, `damaged` when pdf.js cannot open it.
 */
export function pdfJsTextReader(options: PdfJsOptions = {}): PdfTextReader {
  return async (bytes, maxPages) => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({
      // pdf.js takes ownership of (detaches) the buffer it is given.
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
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
      return { pages, pageCount: doc.numPages };
    } catch {
      throw new PdfTextError('damaged');
    } finally {
      await doc.destroy();
    }
  };
}
