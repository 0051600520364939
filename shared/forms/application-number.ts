// 申报编号: program code, year and the applicant's sequence for that program and year (SXJD-2025-003),
// a number people can read out on the phone, never the draft's internal id.
import type { ProgramId } from '../schemas';

/** Pinyin initials of each program's short name, as the 申报编号 prefix. */
export const PROGRAM_CODES: Readonly<Record<ProgramId, string>> = {
  'training-base': 'SXJD', // 实训基地
  internship: 'SXBT', // 实习补贴
  apprenticeship: 'XTZ', // 学徒制
  'dual-teacher-team': 'SSTD', // 双师团队
  'one-plus-x': 'YJX', // 1+X 证书
  'talent-allowance': 'RCJT', // 人才津贴
  'surcharge-credit': 'JFDM', // 教育费附加抵免
  'new-specialty': 'XSZY', // 新设专业
};

/** What numbering needs of a draft: who applies, for what, when, and when the draft was created. */
export interface NumberedDraft {
  id: string;
  program: string;
  /** YYYY-MM-DD; its year is the number's year. */
  applicationDate: string;
  /** The applicant's 统一社会信用代码 or 学校标识码. */
  orgCode: string;
  /** Creation time (ms); ties are ordered by id. */
  createdAt: number;
}

// A draft printed as 草稿 may have no date yet: its number then shows 0000.
const yearOf = (date: string | undefined) => (/^\d{4}/.test(date ?? '') ? date!.slice(0, 4) : '0000');
const sameCode = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * The draft's place (1-based) among the drafts of the same applicant, program and year, by creation
 * order. `all` may include the draft itself; drafts in the bin count too, so a number never changes
 * when another draft is deleted. With no other drafts (the CLI) it is 1.
 */
export function applicationSequence(draft: NumberedDraft, all: readonly NumberedDraft[]): number {
  const earlier = all.filter(
    (d) =>
      d.id !== draft.id &&
      d.program === draft.program &&
      yearOf(d.applicationDate) === yearOf(draft.applicationDate) &&
      sameCode(d.orgCode, draft.orgCode) &&
      (d.createdAt < draft.createdAt || (d.createdAt === draft.createdAt && d.id < draft.id)),
  );
  return earlier.length + 1;
}

/** The 申报编号, e.g. `SXJD-2025-003`; the sequence has at least three digits. */
export function applicationNumber(program: ProgramId, applicationDate: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`sequence must be a positive integer`);
  return `${PROGRAM_CODES[program]}-${yearOf(applicationDate)}-${String(sequence).padStart(3, '0')}`;
}
