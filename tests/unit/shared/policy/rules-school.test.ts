// School programs: every rule and formula on both sides of its boundary.
import { describe, expect, test } from 'vitest';
import { byRule, check, edited, errorIds, example, type RawDraft } from './helpers';

/** Makes the first `n` teachers dual-qualified (with certificates) and the rest not. */
function dualFirst(d: RawDraft, n: number): void {
  d.data.teachers.forEach((t: RawDraft, i: number) => {
    t.dualQualified = i < n;
    t.certificateNumber = i < n ? `SS2024${i}` : undefined;
    if (i >= n) delete t.certificateNumber;
  });
}

describe('dual-teacher-team', () => {
  test.each([
    [6, 0],
    [5, 1],
  ])('yongzhou-2021: %i of 12 teachers dual-qualified (≥ 50%) → %i errors', (n, errors) => {
    const r = check(edited('yongzhou-2021', 'dual-teacher-team', (d) => dualFirst(d, n)));
    expect(byRule(r, 'yongzhou-2021.dual-teacher-team.dual-share')).toHaveLength(errors);
  });

  test.each([
    [9, 0],
    [8, 1],
  ])('linping-2023: %i of 10 specialty teachers dual-qualified (≥ 90%) → %i errors', (n, errors) => {
    const r = check(edited('linping-2023', 'dual-teacher-team', (d) => dualFirst(d, n)));
    const found = byRule(r, 'linping-2023.dual-teacher-team.dual-share');
    expect(found).toHaveLength(errors);
    if (errors) expect(found[0]?.message).toContain('8/10（80.0%）');
  });

  test('linping-2023: a roster without specialty teachers cannot meet the ratio', () => {
    const r = check(
      edited('linping-2023', 'dual-teacher-team', (d) => {
        for (const t of d.data.teachers) t.specialtyTeacher = false;
      }),
    );
    expect(errorIds(r)).toContain('linping-2023.dual-teacher-team.dual-share');
  });

  test.each([
    [10, 3, 0],
    [10, 4, 1],
    [12, 3, 0],
  ])(
    'quzhou-2025: %i teachers, %i part-time from enterprises (≤ 30%) → %i errors',
    (size, partTime, errors) => {
      const r = check(
        edited('quzhou-2025', 'dual-teacher-team', (d) => {
          d.data.teachers = d.data.teachers.slice(0, size);
          d.data.teachers.forEach((t: RawDraft, i: number) => {
            t.employment = i < partTime ? 'enterprise-part-time' : 'full-time';
          });
        }),
      );
      expect(byRule(r, 'quzhou-2025.dual-teacher-team.part-time-share')).toHaveLength(errors);
    },
  );

  test.each([
    [6, 0],
    [5, 1],
    [0, 0],
  ])('yongzhou-2021: %i months of enterprise practice (半年以上) → %i warnings', (months, n) => {
    const r = check(
      edited(
        'yongzhou-2021',
        'dual-teacher-team',
        (d) => (d.data.teachers[0].enterprisePracticeMonths = months),
      ),
    );
    expect(byRule(r, 'yongzhou-2021.dual-teacher-team.practice-months').map((f) => f.severity)).toEqual(
      Array(n).fill('warning'),
    );
  });

  test('a dual-qualified teacher needs a certificate number', () => {
    const r = check(
      edited('quzhou-2025', 'dual-teacher-team', (d) => delete d.data.teachers[0].certificateNumber),
    );
    expect(byRule(r, 'dual-teacher-team.certificate-missing')[0]?.path).toEqual([
      'data',
      'teachers',
      0,
      'certificateNumber',
    ]);
  });

  test('no document amount → no-amount; a lump sum with its source → user-supplied', () => {
    expect(check(example('linping-2023', 'dual-teacher-team')).amount.status).toBe('no-amount');
    const r = check(
      edited('linping-2023', 'dual-teacher-team', (d) => {
        d.data.userStandard = { basis: 'lump-sum', amountFen: 10_000_000, source: '测试' };
      }),
    );
    expect(r.amount).toMatchObject({
      status: 'user-supplied',
      amountFen: 10_000_000,
      amountText: '壹拾万元整',
    });
  });
});

describe('one-plus-x under quzhou-2025: 2,400 yuan per student per year, once a year', () => {
  test('nine certificates of eight students → eight × 2,400', () => {
    const r = check(example('quzhou-2025', 'one-plus-x'));
    expect(r.amount).toMatchObject({
      status: 'computed',
      amountFen: 8 * 240_000,
      amountText: '壹万玖仟贰佰元整',
    });
    expect(byRule(r, 'one-plus-x.counted-once').map((f) => f.severity)).toEqual(['info']);
  });

  test.each([
    ['2025-01-01', 8, 0],
    ['2024-12-31', 7, 1],
  ])(
    'a certificate issued %s in subsidy year 2025 → %i students, %i warnings',
    (date, students, warnings) => {
      const r = check(edited('quzhou-2025', 'one-plus-x', (d) => (d.data.students[3].issueDate = date)));
      expect(r.amount.amountFen).toBe(students * 240_000);
      expect(byRule(r, 'one-plus-x.outside-year')).toHaveLength(warnings);
    },
  );

  test('the same certificate number twice is an error', () => {
    const r = check(
      edited(
        'quzhou-2025',
        'one-plus-x',
        (d) => (d.data.students[2].certificateNumber = d.data.students[1].certificateNumber),
      ),
    );
    expect(errorIds(r)).toEqual(['one-plus-x.duplicate-certificate']);
  });

  test.each([
    ['2025-10-20', 0],
    ['2025-10-21', 1],
  ])('issued %s vs application 2025-10-20 → %i errors', (date, n) => {
    const r = check(edited('quzhou-2025', 'one-plus-x', (d) => (d.data.students[0].issueDate = date)));
    expect(byRule(r, 'one-plus-x.issued-after-application')).toHaveLength(n);
  });

  test('yongzhou-2021 gives no amount; a per-student standard counts each student once', () => {
    const r = check(
      edited('yongzhou-2021', 'one-plus-x', (d) => {
        d.data.userStandard = { basis: 'per-unit', amountFen: 100_000, source: '测试' };
      }),
    );
    expect(r.amount).toMatchObject({ status: 'user-supplied', amountFen: 8 * 100_000 });
  });
});

describe('talent-allowance under yongzhou-2021: 5,000 yuan once per person', () => {
  test('four people → 20,000.00', () => {
    const r = check(example('yongzhou-2021', 'talent-allowance'));
    expect(r.amount).toMatchObject({ status: 'computed', amountFen: 2_000_000, amountText: '贰万元整' });
  });

  test.each([
    ['2021-09-04', 0],
    ['2021-09-03', 1],
    ['2025-12-31', 0],
    ['2026-01-01', 1],
  ])('selected %s (window 2021-09-04 … 2025-12-31) → %i errors', (date, n) => {
    const r = check(
      edited('yongzhou-2021', 'talent-allowance', (d) => {
        d.applicationDate = '2026-03-01';
        d.data.people[0].selectionDate = date;
      }),
    );
    expect(byRule(r, 'yongzhou-2021.talent-allowance.selection-window')).toHaveLength(n);
  });

  test('a person listed twice is an error and is paid once', () => {
    const r = check(
      edited('yongzhou-2021', 'talent-allowance', (d) => d.data.people.push({ ...d.data.people[1] })),
    );
    expect(errorIds(r)).toEqual(['talent-allowance.duplicate-id']);
    expect(r.amount.amountFen).toBe(2_000_000);
  });

  test('selection after the application date is an error', () => {
    const r = check(
      edited('yongzhou-2021', 'talent-allowance', (d) => (d.data.people[0].selectionDate = '2025-06-19')),
    );
    expect(errorIds(r)).toContain('talent-allowance.selected-after-application');
  });
});

describe('new-specialty', () => {
  test.each([
    [true, true, 0],
    [true, false, 1],
    [false, true, 1],
  ])('jining-2025: deep cooperation %s, co-drafted plan %s → %i errors', (deep, coDrafted, n) => {
    const r = check(
      edited('jining-2025', 'new-specialty', (d) => {
        for (const p of d.data.partners)
          Object.assign(p, { deepCooperation: deep, coDraftedPlan: coDrafted });
      }),
    );
    expect(byRule(r, 'jining-2025.new-specialty.co-drafting-partner')).toHaveLength(n);
  });

  test.each([
    ['technician-2022', 0],
    ['secondary-vocational', 0],
    ['other', 1],
  ])('jining-2025: catalogue %s → %i warnings', (catalogue, n) => {
    const r = check(edited('jining-2025', 'new-specialty', (d) => (d.data.catalogue = catalogue)));
    expect(byRule(r, 'jining-2025.new-specialty.catalogue')).toHaveLength(n);
  });

  test('wuzhou-2024: no enterprise and no industry body → warning (原则上)', () => {
    const r = check(
      edited('wuzhou-2024', 'new-specialty', (d) => {
        d.data.partners = [];
        d.data.industryBodies = [];
      }),
    );
    expect(byRule(r, 'wuzhou-2024.new-specialty.industry-participation')[0]?.severity).toBe('warning');
  });

  test.each([
    [30, 0],
    [29, 1],
  ])('wuzhou-2024: planned enrolment %i (warning below 30) → %i infos', (n, infos) => {
    const r = check(edited('wuzhou-2024', 'new-specialty', (d) => (d.data.plannedEnrolment = n)));
    expect(byRule(r, 'wuzhou-2024.new-specialty.low-enrolment')).toHaveLength(infos);
  });
});
