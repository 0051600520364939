// Search folds the traditional characters of file 001 (永政发〔2021〕7号) so 双师 also finds 雙師.
// The table covers every traditional character in the quoted clauses; each folds to one character,
// so positions in the folded text are positions in the original (used to mark matches).
const PAIRS =
  '發发設设產产實实訓训規规計计養养開开課课組组團团隊队習习臺台質质標标準准評评價价個个縣县區区' +
  '業业務务戰战鄉乡興兴經经濟济職职為为進进畢毕對对蓋盖醫医藥药電电裝装農农輕轻紡纺專专協协現现' +
  '術术證证書书試试點点雙双師师達达費费選选優优國国內内領领軍军踐践員员輪轮擇择帶带頭头導导給给' +
  '貼贴兩两動动態态獎奖補补與与則则處处復复資资結结學学範范週周號号關关於于';

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) FOLD.set(PAIRS.charAt(i), PAIRS.charAt(i + 1));

/** `text` with traditional characters simplified and ASCII lower-cased, one UTF-16 unit for one. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    out += FOLD.get(ch) ?? (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);
  }
  return out;
}

/** Start offsets of the (non-overlapping) matches of `query` in `text`, both folded. */
export function matchOffsets(text: string, query: string): number[] {
  const q = fold(query);
  if (!q) return [];
  const haystack = fold(text);
  const offsets: number[] = [];
  for (let at = haystack.indexOf(q); at !== -1; at = haystack.indexOf(q, at + q.length)) offsets.push(at);
  return offsets;
}

/** True when `text` contains `query`, folded. */
export function containsFolded(text: string, query: string): boolean {
  return fold(text).includes(fold(query));
}
