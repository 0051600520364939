// The draft as the editor and the checks see it (the grantdesk/draft@1 envelope) versus how it is stored:
// the draft row holds the applicant block and the program's scalar fields; every table (rosters,
// investment items, partners) lives in rosterRows, one row per line, so a 2,000-row roster is not one record.
import { DRAFT_FORMAT, PROGRAM_SCHEMAS, type ProgramId } from '../../../shared/schemas';
import type { DraftRow, RosterRow } from '../../db/row-schemas';
import type { RosterRowInput } from '../../db/roster-rows';

/** The envelope as edited: loose (may be incomplete or invalid while the user types). */
export interface EditableDraft {
  format: typeof DRAFT_FORMAT;
  id: string;
  policy: string;
  /** The pack version the draft is pinned to; absent in drafts from before pins. */
  policyVersion?: string;
  program: string;
  applicationDate: string;
  applicant: Record<string, unknown>;
  data: Record<string, unknown>;
  attachments: Record<string, unknown>[];
}

/** The keys of a program's `data` that are tables (arrays of rows). */
export function tableKeys(program: string): string[] {
  const entry = PROGRAM_SCHEMAS[program as ProgramId];
  if (!entry) return [];
  return Object.entries(entry.meta)
    .filter(([key, meta]) => meta.input === 'table' && !key.includes('.') && !key.includes('['))
    .map(([key]) => key);
}

/** The draft row's `data`: the applicant block, the program's scalar fields and attachment metadata. */
export function storedData(draft: EditableDraft): Record<string, unknown> {
  const tables = new Set(tableKeys(draft.program));
  const scalar: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft.data))
    if (!tables.has(key) && value !== undefined) scalar[key] = value;
  return { applicant: draft.applicant, data: scalar, attachments: draft.attachments };
}

/** One table's rows for the rosterRows table, keeping each row's id. */
export function storedTable(draft: EditableDraft, key: string): RosterRowInput[] {
  const value = draft.data[key];
  return (Array.isArray(value) ? value : []).map((row) => {
    const { _rowId, ...rest } = (row ?? {}) as Record<string, unknown>;
    return typeof _rowId === 'string' ? { id: _rowId, row: rest } : { row: rest };
  });
}

/** Splits an envelope into the draft row's `data` and its tables for the rosterRows table. */
export function toStored(draft: EditableDraft): {
  data: Record<string, unknown>;
  rosters: Record<string, RosterRowInput[]>;
} {
  const rosters: Record<string, RosterRowInput[]> = {};
  for (const key of tableKeys(draft.program)) rosters[key] = storedTable(draft, key);
  return { data: storedData(draft), rosters };
}

/** Rebuilds the envelope from a stored draft and its roster rows; rows carry `_rowId` for stable editing. */
export function fromStored(row: DraftRow, rosterRows: readonly RosterRow[]): EditableDraft {
  const stored = row.data as {
    applicant?: Record<string, unknown>;
    data?: Record<string, unknown>;
    attachments?: unknown;
  };
  const data: Record<string, unknown> = { ...(stored.data ?? {}) };
  for (const key of tableKeys(row.program)) data[key] = [];
  for (const r of rosterRows) {
    const list = (data[r.roster] ??= []) as Record<string, unknown>[];
    list.push({ ...r.row, _rowId: r.id });
  }
  return {
    format: DRAFT_FORMAT,
    id: row.id,
    policy: row.policy,
    ...(row.policyVersion ? { policyVersion: row.policyVersion } : {}),
    program: row.program,
    applicationDate: row.applicationDate ?? '',
    applicant: stored.applicant ?? {},
    data,
    attachments: Array.isArray(stored.attachments) ? (stored.attachments as Record<string, unknown>[]) : [],
  };
}

/** The envelope without editor bookkeeping (`_rowId`), as checks, PDFs and files see it. */
export function toEnvelope(draft: EditableDraft): EditableDraft {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft.data)) {
    data[key] = Array.isArray(value)
      ? value.map((row) => {
          if (row === null || typeof row !== 'object') return row;
          const { _rowId: _ignored, ...rest } = row as Record<string, unknown>;
          return rest;
        })
      : value;
  }
  return { ...draft, data };
}
