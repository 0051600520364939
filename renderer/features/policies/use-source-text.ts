import { useEffect, useState } from 'react';

// Lazy: each document's text (100 KB in all) becomes its own chunk, fetched when first opened.
const SOURCES = import.meta.glob<string>('../../../shared/policy/sources/*.txt', {
  query: '?raw',
  import: 'default',
});

/** The text of one bundled source file (its chunk is fetched on the first call). */
export function bundledSourceText(file: string): Promise<string> {
  const load = Object.entries(SOURCES).find(([path]) => path.endsWith(`/${file}`))?.[1];
  return load ? load() : Promise.reject(new Error(`没有找到原文文件 ${file}`));
}

type Loaded = { file: string; text: string } | { file: string; error: string };

export type SourceState =
  { status: 'loading' } | { status: 'ready'; text: string } | { status: 'failed'; error: string };

/** The text of one bundled source file, loaded on first use; an imported pack brings its own `text`. */
export function useSourceText(file: string, text?: string): SourceState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const imported = text !== undefined;
  useEffect(() => {
    if (imported) return;
    let live = true;
    bundledSourceText(file).then(
      (text) => live && setLoaded({ file, text }),
      (e: unknown) => live && setLoaded({ file, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [file, imported]);
  if (text !== undefined) return { status: 'ready', text };
  if (!loaded || loaded.file !== file) return { status: 'loading' };
  return 'text' in loaded
    ? { status: 'ready', text: loaded.text }
    : { status: 'failed', error: loaded.error };
}
