import sansRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import sansBoldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import serifRegularUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url';
import { typefaceFonts, type FontFile, type PdfFonts, type Typeface } from '../../shared/pdf';

// The bundler needs each asset named literally; the keys are shared/pdf's FONT_FILES.
const URLS: Readonly<Record<FontFile, string>> = {
  sansRegular: sansRegularUrl,
  sansBold: sansBoldUrl,
  serifRegular: serifRegularUrl,
};

const cache = new Map<FontFile, Promise<Uint8Array>>();

/** One bundled font file (OFL), fetched once from the app's own files (10-15 MB each). */
function fontFile(file: FontFile): Promise<Uint8Array> {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = fetch(URLS[file])
      .then((r) => {
        if (!r.ok) throw new Error(`字体文件读取失败（${r.status}）`);
        return r.arrayBuffer();
      })
      .then((b) => new Uint8Array(b))
      .catch((e: unknown) => {
        cache.delete(file);
        throw e;
      });
    cache.set(file, bytes);
  }
  return bytes;
}

/** The fonts of the printed form in a typeface: Noto Sans SC, or Noto Serif SC with Noto Sans SC Bold headings. */
export function formFonts(typeface: Typeface): Promise<PdfFonts> {
  return typefaceFonts(typeface, fontFile);
}
