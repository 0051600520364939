// 申报编号: program code, year and the applicant's per-program, per-year sequence by creation order.
import { describe, expect, it } from 'vitest';
import { applicationNumber, applicationSequence, type NumberedDraft } from '../../../../shared/forms';

const SCHOOL = '12431100447712354D';
const OTHER = '91330803MA2DK7Q30T';
const d = (id: string, createdAt: number, over: Partial<NumberedDraft> = {}): NumberedDraft => ({
  id,
  program: 'training-base',
  applicationDate: '2025-10-20',
  orgCode: SCHOOL,
  createdAt,
  ...over,
});

describe('applicationNumber', () => {
  it('is program code, year and a three-digit sequence', () => {
    expect(applicationNumber('training-base', '2025-10-20', 3)).toBe('SXJD-2025-003');
    expect(applicationNumber('dual-teacher-team', '2021-12-01', 1)).toBe('SSTD-2021-001');
    expect(applicationNumber('talent-allowance', '2026-01-05', 1234)).toBe('RCJT-2026-1234');
  });

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => applicationNumber('training-base', '2025-10-20', 0)).toThrow();
    expect(() => applicationNumber('training-base', '2025-10-20', 1.5)).toThrow();
  });
});

describe('applicationSequence', () => {
  const all = [
    d('c', 300),
    d('a', 100),
    d('b', 200),
    d('other-applicant', 50, { orgCode: OTHER }),
    d('other-program', 60, { program: 'internship' }),
    d('other-year', 70, { applicationDate: '2024-12-31' }),
  ];

  it('numbers an applicant’s drafts of one program and year by creation order', () => {
    expect(applicationSequence(d('a', 100), all)).toBe(1);
    expect(applicationSequence(d('b', 200), all)).toBe(2);
    expect(applicationSequence(d('c', 300), all)).toBe(3);
  });

  it('ignores other applicants, programs and years', () => {
    expect(applicationSequence(d('other-applicant', 50, { orgCode: OTHER }), all)).toBe(1);
    expect(applicationSequence(d('other-year', 70, { applicationDate: '2024-12-31' }), all)).toBe(1);
  });

  it('compares codes whatever their case and spacing, and orders equal times by id', () => {
    expect(applicationSequence(d('z', 100, { orgCode: ` ${SCHOOL.toLowerCase()} ` }), all)).toBe(2);
  });

  it('is 1 for a lone draft (the CLI) and for a draft not stored yet among none', () => {
    expect(applicationSequence(d('only', 1), [])).toBe(1);
    expect(applicationSequence(d('only', 1), [d('only', 1)])).toBe(1);
  });
});
