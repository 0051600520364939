// What a program's draft offers a Word form: its scalar fields by label, and its rosters with columns.
import { draftFieldMeta, type ProgramId } from '../../schemas';
import { normaliseLabel } from './labels';

export interface RosterInfo {
  /** `data.interns` */
  path: string;
  label: string;
  fields: { key: string; label: string }[];
}

export interface ProgramLabels {
  /** Normalised label → draft path, for the program's own scalar fields. */
  labels: Map<string, string>;
  rosters: RosterInfo[];
}

const SKIP = new Set(['format', 'id', 'policy', 'program', 'applicant', 'data']);

/** The labels and rosters of `program`; empty when no program is known yet (before a draft is chosen). */
export function programLabels(program: ProgramId | undefined): ProgramLabels {
  const labels = new Map<string, string>();
  const rosters: RosterInfo[] = [];
  if (!program) return { labels, rosters };
  const meta = draftFieldMeta(program);
  for (const [key, m] of Object.entries(meta)) {
    if (SKIP.has(key) || key.startsWith('attachments') || key.startsWith('data.userStandard')) continue;
    if (m.input === 'table') {
      const prefix = `${key}[].`;
      const fields = Object.entries(meta)
        .filter(([k]) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
        .map(([k, f]) => ({ key: k.slice(prefix.length), label: normaliseLabel(f.label.zh) }));
      rosters.push({ path: key, label: m.label.zh, fields });
    } else if (m.input !== 'group' && !key.includes('[]') && key.startsWith('data.'))
      labels.set(normaliseLabel(m.label.zh), key);
  }
  return { labels, rosters };
}
