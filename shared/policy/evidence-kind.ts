// Which checklist item a file is, from its name: the one rule for a single file and for many at once.
import type { ClauseCitation, EvidenceItem, ProgramDefinition } from './types';

/**
 * Words a file name of each kind carries, besides the item's own label. Generic words that several
 * kinds share (协议, 合同, 证明, 证书) are left out on purpose: a name with only those is asked about.
 */
const KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'business-license': ['营业执照', '执照', 'business license', 'business licence', 'license', 'licence'],
  'school-licence': ['法人证书', '办学许可', '事业单位', 'registration certificate'],
  invoices: ['发票', 'invoice', 'fapiao'],
  'cooperation-agreement': ['校企合作', '合作协议', '合作合同', 'cooperation agreement'],
  'roster-signed': ['盖章名单', '名单', 'roster'],
  'bank-proof': ['开户许可', '银行账户', '开户证明', '基本存款账户', 'bank'],
  acceptance: ['验收', '竣工', '完成证明', 'acceptance', 'completion'],
  'site-photos': ['照片', '相片', '现场图', 'photo'],
  'training-plan': ['培养计划', '培养方案', 'training plan'],
  'apprentice-contracts': ['学徒培养协议', '学徒合同', '劳动合同', 'apprentice contract'],
  'dual-certificates': ['双师', 'dual-qualified'],
  'practice-records': ['企业实践', 'practice record'],
  'part-time-contracts': ['兼职教师', '聘任协议', '聘任合同', 'part-time'],
  'internship-agreements': ['三方协议', '实习协议', 'internship agreement'],
  attendance: ['考勤', '报酬发放', '工资发放', 'attendance'],
  'demand-report': ['需求调研', '调研报告', 'demand survey'],
  certificates: ['等级证书', '技能证书', 'certificate cop'],
  'pilot-approval': ['试点备案', '备案', 'pilot registration'],
  'pilot-listing': ['产教融合型企业', '培育范围', 'pilot listing'],
  'tax-return': ['附加税', '纳税申报', 'tax return'],
  'selection-notice': ['遴选', '公布', 'selection notice'],
  'id-copies': ['身份证', 'id card'],
};

/** The name compared: without extension, full-width folded, lower case, punctuation kept. */
function comparable(fileName: string): string {
  return fileName
    .normalize('NFKC')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .toLowerCase();
}

/**
 * The checklist item a file of this name is, by the words in its name (the item's label, or a
 * keyword of its kind); the longest word found wins. `null` when no word is found or two items tie:
 * the user is then asked. The same for one file and for many chosen at once.
 */
export function evidenceForFile(fileName: string, items: readonly EvidenceItem[]): string | null {
  const name = comparable(fileName);
  let best: { id: string; length: number } | null = null;
  let tie = false;
  for (const item of items) {
    const words = [item.label.zh, item.label.en.toLowerCase(), ...(KEYWORDS[item.id] ?? [])];
    const length = Math.max(0, ...words.filter((w) => w && name.includes(w)).map((w) => w.length));
    if (length === 0) continue;
    if (!best || length > best.length) {
      best = { id: item.id, length };
      tie = false;
    } else if (length === best.length) tie = true;
  }
  return best && !tie ? best.id : null;
}

/**
 * The clause a checklist item is listed under: the program's main clause, which the 政策库 shows
 * with the materials to prepare. Null for a program without clauses.
 */
export function evidenceClause(def: Pick<ProgramDefinition, 'citations'>): ClauseCitation | null {
  return def.citations[0] ?? null;
}
