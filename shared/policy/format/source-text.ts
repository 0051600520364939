import type { PackDocument } from './document';
import type { PackProblem } from './problems';
import { sha256HexSync } from './sha256';
import type { YamlSource } from './yaml-source';

/** Largest source.txt read (the five documents are 10-40 KB each). */
export const MAX_SOURCE_CHARS = 2_000_000;

/** File 001 carries pinyin after characters, e.g. 現(xiàn); quotes leave it out. */
function withoutPinyin(text: string): string {
  return text.replace(/\((?:[a-z]|[\u00C0-\u024F])+\)/g, '');
}

/** For matching quotes: full-width forms to their plain width (NFKC) and no whitespace at all. */
export function normaliseForQuote(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The source against the pack: its SHA-256 is the one pack.yaml records, and every clause is found
 * in it word for word once whitespace and punctuation width are normalised (and, where the pack
 * says so, the source's pinyin annotations removed).
 */
export function checkSource(source: YamlSource, doc: PackDocument, sourceTxt: string): PackProblem[] {
  const problems: PackProblem[] = [];
  if (sourceTxt.length > MAX_SOURCE_CHARS) {
    return [
      {
        file: 'source.txt',
        line: 1,
        column: 1,
        code: 'too-large',
        severity: 'error',
        zh: `source.txt 超过 ${MAX_SOURCE_CHARS} 个字符，不予读取`,
        en: `source.txt is longer than ${MAX_SOURCE_CHARS} characters; not read`,
      },
    ];
  }
  const hash = sha256HexSync(sourceTxt);
  if (hash !== doc.source.sha256) {
    problems.push(
      source.problem(
        ['source', 'sha256'],
        'source-hash',
        `source.txt 的 SHA-256 为 ${hash}，与 pack.yaml 记录的不一致：原文已改动或不是这份文件`,
        `source.txt hashes to ${hash}, not the SHA-256 pack.yaml records: the text changed or is another file`,
      ),
    );
  }
  const text = normaliseForQuote(
    doc.source.strip === 'pinyin-annotations' ? withoutPinyin(sourceTxt) : sourceTxt,
  );
  doc.clauses.forEach((clause, i) => {
    if (text.includes(normaliseForQuote(clause.text))) return;
    problems.push(
      source.problem(
        ['clauses', i, 'text'],
        'clause-not-in-source',
        `条款「${clause.ref}」的引文在 source.txt 中找不到（已忽略空白和全角半角差异），请逐字核对`,
        `The quote of clause "${clause.ref}" is not in source.txt (whitespace and width ignored); check it word for word`,
      ),
    );
  });
  return problems;
}
