import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';

let cached: Promise<Uint8Array> | null = null;

/** The bundled Noto Sans SC (OFL) for PDF forms, fetched once from the app's own files. */
export function formFont(): Promise<Uint8Array> {
  cached ??= fetch(fontUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`字体文件读取失败（${r.status}）`);
      return r.arrayBuffer();
    })
    .then((b) => new Uint8Array(b))
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}
