// Line breaking for Chinese text with the basic kinsoku rules of GB/T 15834 typesetting.

/** Never at the start of a line. */
export const CLOSING_PUNCTUATION = new Set(
  '，。、；：？！）》」』】〕〉〗〙〛…‥’”％‰℃·・﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞｝］～,.;:?!)]}%'.split(''),
);

/** Never at the end of a line. */
export const OPENING_PUNCTUATION = new Set('（《「『【〔〈〖〘〚‘“﹙﹛﹝｛［([{￥¥$'.split(''));

// A Latin/number run: letters and digits, joined by . , - / : _ ' when followed by more of them.
const LATIN_RUN = /[A-Za-z0-9\u00C0-\u024F]+(?:[.,\-/:_'][A-Za-z0-9\u00C0-\u024F]+)*/y;

/**
 * A document number (文号) such as 永职院发〔2025〕12号, 济教字[2025]8号 or 临平政办(2023)8号: the
 * issuer's abbreviation (2-4 ideographs), the year in 〔〕 [] ［］ () （） or 【】, then the number and 号.
 */
export const DOC_NUMBER =
  /[\u4E00-\u9FFF]{2,4}(?:〔\d{4}〕|\[\d{4}\]|［\d{4}］|\(\d{4}\)|（\d{4}）|【\d{4}】)第?\d{1,5}号/g;

/** A date written 2025年03月01日 (or 2025年3月1日): kept on one line like a 文号. */
export const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;

// Words that end prose before an issuer (根据济教字…): left out of the unbreakable 文号.
const LEAD_IN = /^(?:根据|依据|按照|依照|参照|详见|见|据|按|依|和|及|与|或|的|经|由|在|将|对|以)/;

// Start index → text of every 文号 and date in `text` (units never broken unless wider than the line).
function docNumbersIn(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of text.matchAll(DOC_NUMBER)) {
    const issuerLength = m[0].search(/[〔[［(（【]/);
    const lead = LEAD_IN.exec(m[0])?.[0].length ?? 0;
    const cut = issuerLength - lead >= 2 ? lead : 0;
    found.set(m.index + cut, m[0].slice(cut));
  }
  for (const m of text.matchAll(CHINESE_DATE)) if (!found.has(m.index)) found.set(m.index, m[0]);
  return found;
}

/** Width of a string in points; must be additive (no kerning), as the engine's measure is. */
export type Measure = (text: string) => number;

export interface WrapOptions {
  /** Points the first line of each paragraph is indented by. */
  firstLineIndent?: number;
}

interface Atom {
  text: string;
  width: number;
  space: boolean;
}

/** Splits a paragraph (no newlines) into units that may be separated by a line break; a 文号 or a date is one unit. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  const docNumbers = docNumbersIn(text);
  let i = 0;
  while (i < text.length) {
    const docNumber = docNumbers.get(i);
    if (docNumber) {
      units.push(docNumber);
      i += docNumber.length;
      continue;
    }
    LATIN_RUN.lastIndex = i;
    const run = LATIN_RUN.exec(text);
    if (run) {
      units.push(run[0]);
      i += run[0].length;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    units.push(ch);
    i += ch.length;
  }
  return units;
}

function isSpace(unit: string): boolean {
  return unit === ' ' || unit === '\t' || unit === '\u3000';
}

function atomsOf(text: string, measure: Measure): Atom[] {
  const glued: string[] = [];
  let pendingOpen = '';
  for (const unit of breakUnits(text)) {
    if (isSpace(unit)) {
      if (pendingOpen) glued.push(pendingOpen);
      pendingOpen = '';
      glued.push(unit);
    } else if (OPENING_PUNCTUATION.has(unit)) {
      pendingOpen += unit;
    } else if (CLOSING_PUNCTUATION.has(unit) && !pendingOpen && glued.length > 0 && !isSpace(glued.at(-1)!)) {
      glued[glued.length - 1] += unit;
    } else {
      glued.push(pendingOpen + unit);
      pendingOpen = '';
    }
  }
  if (pendingOpen) glued.push(pendingOpen);
  return glued.map((t) => ({ text: t, width: measure(t), space: isSpace(t) }));
}

function splitByCharacter(atom: Atom, firstLimit: number, maxWidth: number, measure: Measure): Atom[] {
  const parts: Atom[] = [];
  let current = '';
  let width = 0;
  for (const ch of atom.text) {
    const w = measure(ch);
    const limit = parts.length === 0 ? firstLimit : maxWidth;
    // Punctuation hangs past the margin rather than break the kinsoku rules.
    const mayBreak = !CLOSING_PUNCTUATION.has(ch) && !OPENING_PUNCTUATION.has(current.at(-1) ?? '');
    if (current && mayBreak && width + w > limit + 1e-6) {
      parts.push({ text: current, width, space: false });
      current = '';
      width = 0;
    }
    current += ch;
    width += w;
  }
  if (current) parts.push({ text: current, width, space: false });
  return parts;
}

/**
 * Wraps text into lines no wider than `maxWidth`: breaks between CJK characters, keeps Latin words and
 * numbers whole (unless a single run is wider than the line), never starts a line with closing
 * punctuation nor ends one with opening punctuation. `\n` forces a break. Spaces at a break are dropped.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: Measure,
  options: WrapOptions = {},
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let width = 0;
    // The first line of each paragraph is shorter by the indent.
    let limit = maxWidth - (options.firstLineIndent ?? 0);
    const flush = () => {
      lines.push(line.replace(/[ \t\u3000]+$/, ''));
      line = '';
      width = 0;
      limit = maxWidth;
    };
    for (const atom of atomsOf(paragraph, measure)) {
      if (atom.space && line === '') continue;
      if (width + atom.width <= limit + 1e-6) {
        line += atom.text;
        width += atom.width;
        continue;
      }
      if (atom.space) {
        flush();
        continue;
      }
      if (line !== '') flush();
      if (atom.width <= limit + 1e-6) {
        line = atom.text;
        width = atom.width;
        continue;
      }
      const parts = splitByCharacter(atom, limit, maxWidth, measure);
      parts.forEach((part, i) => {
        if (i < parts.length - 1) {
          line = part.text;
          flush();
        } else {
          line = part.text;
          width = part.width;
        }
      });
    }
    lines.push(line.replace(/[ \t\u3000]+$/, ''));
  }
  return lines;
}

/** The widest piece wrapping keeps whole (a word, a number, a 文号, a character with its punctuation). */
export function minContentWidth(text: string, measure: Measure): number {
  const widths = text.split('\n').flatMap((p) => atomsOf(p, measure).map((a) => a.width));
  return Math.max(0, ...widths);
}

/** The width of the text's longest line without wrapping. */
export function maxContentWidth(text: string, measure: Measure): number {
  return Math.max(0, ...text.split('\n').map((line) => measure(line)));
}
