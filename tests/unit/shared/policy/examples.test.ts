// Every example draft is complete, valid, local to its pack, and matches the committed fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildExampleDraft, getPack, listExampleDrafts, listOfferings } from '../../../../shared/policy';
import { checkMobile, checkPhone, checkResidentId, checkUscc } from '../../../../shared/ids';
import { PROGRAM_IDS } from '../../../../shared/schemas';
import { check } from './helpers';

const FIXTURES = join(process.cwd(), 'tests/fixtures/drafts');

describe('example drafts', () => {
  const all = listExampleDrafts();

  test('there is one example per (pack, program) offering: 20 in all', () => {
    expect(all.map((e) => `${e.policy}/${e.program}`)).toEqual(
      listOfferings().map((o) => `${o.policy}/${o.program}`),
    );
    expect(all).toHaveLength(20);
  });

  test.each(all.map((e) => [e.policy, e.program, e.draft] as const))(
    '%s %s passes its own checks',
    (policy, _p, draft) => {
      const r = check(draft);
      expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(r.amount.status).not.toBe('incomplete');
      const pack = getPack(policy);
      const date = draft.applicationDate as string;
      expect(date >= (pack?.dates.inForceFrom ?? '')).toBe(true);
      expect(date <= (pack?.dates.periodEnd ?? '9999')).toBe(true);
    },
  );

  test('applicants and people carry valid identifiers of the pack’s region', () => {
    for (const { policy, draft } of all) {
      const region = getPack(policy)?.region.code.slice(0, 4) ?? '';
      const text = JSON.stringify(draft);
      const ids = [...text.matchAll(/"idNumber":"([0-9X]{18})"/g)].map((m) => m[1] ?? '');
      for (const id of ids) {
        expect(checkResidentId(id).ok, id).toBe(true);
        expect(id.startsWith(region), `${policy} ${id}`).toBe(true);
      }
      const applicant = draft.applicant as { orgCode: string; phone: string };
      if (applicant.orgCode.length === 18) expect(checkUscc(applicant.orgCode).ok).toBe(true);
      expect(checkPhone(applicant.phone).ok).toBe(true);
    }
    expect(checkMobile('13905701234').ok).toBe(true);
  });

  test('examples are deterministic and unknown offerings give undefined', () => {
    expect(buildExampleDraft('quzhou-2025', 'internship')).toEqual(
      buildExampleDraft('quzhou-2025', 'internship'),
    );
    expect(buildExampleDraft('jining-2025', 'surcharge-credit')).toBeUndefined();
  });

  test('the fixtures are the canonical examples, one per program', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files.map((f) => f.split('.')[0]).sort()).toEqual([...PROGRAM_IDS].sort());
    for (const file of files) {
      const [program, policy] = file.replace(/\.json$/, '').split(/\.(?=[a-z]+-\d{4}$)/);
      const fixture: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
      expect(fixture, file).toEqual(buildExampleDraft(policy as never, program as never));
    }
  });
});
