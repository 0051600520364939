// 「□是 □否」 groups in a cell, several to a cell as forms write them:
// 「是否产教融合型企业：□是 □否 是否已享受其他补贴：□是 □否」 is two questions, each ticked by its own label.
import { BOXES, normaliseLabel } from './labels';

/** One question's boxes: its label (may be empty), its options, and the index of its first box in the cell. */
export interface BoxGroup {
  prefix: string;
  options: string[];
  offset: number;
}

const OPTION = /^(不符合|不同意|符合|同意|是|否|有|无|已|未)/;
const clean = (option: string) => normaliseLabel(option).replace(/[，,、；;]$/, '');

/** Splits a cell's text at its boxes into questions: an option's word, then the next question's label. */
export function boxGroups(text: string): BoxGroup[] {
  const [prefix = '', ...parts] = text.split(new RegExp(BOXES.source, 'g'));
  const groups: BoxGroup[] = [{ prefix: normaliseLabel(prefix), options: [], offset: 0 }];
  parts.forEach((part, k) => {
    const group = groups[groups.length - 1]!;
    const last = k === parts.length - 1;
    const spaced = /^[\s\u3000]*(\S+?)[\s\u3000]+(\S[\s\S]*)$/.exec(part);
    let option = part;
    let rest = '';
    if (spaced) [option, rest] = [spaced[1]!, spaced[2]!];
    else if (!last && /[:：]/.test(part)) {
      const word = OPTION.exec(part.trim())?.[0] ?? part.trim().slice(0, 1);
      [option, rest] = [word, part.trim().slice(word.length)];
    }
    group.options.push(clean(option));
    // A question ends in a colon or asks 是否…; other text after an option is a note (「（须附文件）」).
    if (!last && normaliseLabel(rest) && /[:：][\s\u3000]*$|^是否/.test(rest.trim()))
      groups.push({ prefix: normaliseLabel(rest), options: [], offset: k + 1 });
  });
  return groups;
}
