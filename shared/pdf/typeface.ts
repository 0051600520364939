// The printed form's two looks: 现代 (黑体 throughout, as before) and 公文 (宋体 body, 黑体 headings).
import type { PdfFonts } from './render';

/** The typefaces a form can be printed in; `sans` is the default. */
export const TYPEFACES = ['sans', 'serif'] as const;
export type Typeface = (typeof TYPEFACES)[number];

/** The bundled font files (OFL), as paths a package resolver or a bundler understands. */
export const FONT_FILES = {
  sansRegular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  sansBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  serifRegular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
} as const;
export type FontFile = keyof typeof FONT_FILES;

/**
 * Which files a typeface draws with. The engine's `bold` face carries the headings (title, section
 * headings, captions, the amount): `sans` strokes the regular font for it (the form as it always was),
 * `serif` draws it with Noto Sans SC Bold, the 黑体 of official documents.
 */
export const TYPEFACE_FILES: Readonly<
  Record<Typeface, { regular: FontFile; bold?: FontFile; outlineGrid?: number }>
> = {
  sans: { regular: 'sansRegular' },
  // The serif's outlines have 40% more points than the 黑体's: on a 6-unit grid (0.006 em) they deflate ~25% smaller.
  serif: { regular: 'serifRegular', bold: 'sansBold', outlineGrid: 6 },
};

/** True for a known typeface name (`sans`, `serif`). */
export function isTypeface(value: unknown): value is Typeface {
  return typeof value === 'string' && (TYPEFACES as readonly string[]).includes(value);
}

/**
 * The font bytes of a typeface, each read with `read` (the file system in the CLI, a fetch of the
 * bundled asset in the app); files are read in parallel.
 */
export async function typefaceFonts(
  typeface: Typeface,
  read: (file: FontFile) => Uint8Array | Promise<Uint8Array>,
): Promise<PdfFonts> {
  const files = TYPEFACE_FILES[typeface];
  const [regular, bold] = await Promise.all([read(files.regular), files.bold && read(files.bold)]);
  const grid = files.outlineGrid ? { outlineGrid: files.outlineGrid } : {};
  return bold ? { regular, bold, ...grid } : { regular, ...grid };
}
