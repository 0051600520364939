// checkDraft: schema errors mapped to findings, periods, offerings, evidence, ordering.
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../../shared/policy';
import { byRule, check, edited, errorIds, example, type RawDraft, TODAY } from './helpers';

describe('schema errors become findings', () => {
  test('a broken ID number names the row, the field and the wrong character', () => {
    const d = example('quzhou-2025', 'internship');
    const id: string = d.data.interns[2].idNumber;
    d.data.interns[2].idNumber = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const r = check(d);
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f).toMatchObject({
      ruleId: 'schema.check-digit',
      severity: 'error',
      path: ['data', 'interns', 2, 'idNumber'],
      clause: null,
    });
    expect(f?.message).toMatch(
      /^实习学生名单第3行「身份证号」：身份证号第18位（校验码）应为「.」，实为「.」$/,
    );
    expect(f?.messageEn).toContain('check digit');
    expect(r.amount.status).toBe('incomplete');
  });

  test('a letter inside an ID number is reported at its position', () => {
    const r = check(
      edited('quzhou-2025', 'internship', (d) => (d.data.interns[0].idNumber = '3308022004O2061375')),
    );
    expect(r.findings[0]?.message).toContain('身份证号第11位「O」不是数字');
  });

  test('full-width digits and stray spaces in identifiers are normalised before checking', () => {
    const r = check(
      edited('quzhou-2025', 'internship', (d) => {
        const id: string = d.data.interns[0].idNumber;
        d.data.interns[0].idNumber = ` ${id.slice(0, 6)} ${id.slice(6).replace(/\d/g, (c) => String.fromCodePoint(c.charCodeAt(0) + 0xfee0))} `;
        d.applicant.orgCode = ` ${d.applicant.orgCode.toLowerCase()} `;
      }),
    );
    expect(errorIds(r)).toEqual([]);
  });

  test('a broken credit code names the check character', () => {
    const r = check(
      edited('quzhou-2025', 'training-base', (d) => (d.applicant.orgCode = '91330803MA2DK7Q30U')),
    );
    expect(r.findings[0]).toMatchObject({ ruleId: 'schema.check-char', path: ['applicant', 'orgCode'] });
    expect(r.findings[0]?.message).toContain(
      '「统一社会信用代码」：统一社会信用代码第18位（校验码）应为「T」，实为「U」',
    );
  });

  test('a school may give its 学校标识码; an enterprise may not', () => {
    expect(errorIds(check(example('quzhou-2025', 'one-plus-x')))).toEqual([]);
    const r = check(edited('quzhou-2025', 'training-base', (d) => (d.applicant.orgCode = '3633004127')));
    expect(errorIds(r)).toEqual(['schema.length']);
  });

  test.each([
    [(d: RawDraft) => delete d.applicant.bankAccount, 'schema.required', '缺少「银行账号」'],
    [(d: RawDraft) => (d.applicationDate = '2025-02-29'), 'schema.invalid-date', 'YYYY-MM-DD'],
    [(d: RawDraft) => (d.data.investments[0].amountFen = 12.5), 'schema.invalid_type', '以分为单位的整数'],
    [(d: RawDraft) => (d.data.investments = []), 'schema.too_small', '「投资明细」至少需要1行'],
    [(d: RawDraft) => (d.data.investments[0].category = 'land'), 'schema.invalid_value', '设备购置'],
    [(d: RawDraft) => delete d.data.investments[0].category, 'schema.required', '缺少投资明细第1行「类别」'],
    [
      (d: RawDraft) => (d.data.investments[0].invoiceNumber = '2533-12'),
      'schema.invoice-number',
      '第5位「-」',
    ],
    [(d: RawDraft) => (d.applicant.phone = '3021186'), 'schema.missing-area-code', '区号'],
  ])('%#: %s', (edit, ruleId, text) => {
    const r = check(edited('quzhou-2025', 'training-base', edit));
    expect(r.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(r.findings.find((f) => f.ruleId === ruleId)?.message).toContain(text);
  });

  test('a list too short is worded in English with the right plural', () => {
    const one = check(edited('quzhou-2025', 'training-base', (d) => (d.data.investments = [])));
    expect(one.findings.find((f) => f.ruleId === 'schema.too_small')?.messageEn).toBe(
      '"Investment items" needs at least 1 row',
    );
  });

  test('something that is not a draft at all is one finding at format', () => {
    const r = checkDraft({ hello: 'world' }, { today: TODAY });
    expect(r.policy).toBeNull();
    expect(r.findings.map((f) => f.path[0])).toEqual(['format', 'program', 'policy']);
  });

  test('schema errors come first-phase only, but the period is still checked', () => {
    const r = check(
      edited('linping-2023', 'training-base', (d) => {
        d.applicationDate = '2026-01-05';
        d.applicant.bankAccount = 'x';
      }),
    );
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['policy.period-ended', 'schema.invalid-char']);
  });
});

describe('policy period', () => {
  test.each([
    ['linping-2023', '2025-12-31', []],
    ['linping-2023', '2026-01-01', ['policy.period-ended']],
    ['linping-2023', '2023-05-24', ['policy.not-in-force']],
    ['linping-2023', '2023-05-25', []],
    ['quzhou-2025', '2025-05-21', ['policy.not-in-force']],
    ['quzhou-2025', '2025-05-22', []],
  ] as const)('%s applied on %s → %j', (policy, date, ids) => {
    const program = policy === 'linping-2023' ? 'apprenticeship' : 'dual-teacher-team';
    const r = check(
      edited(policy, program, (d) => {
        d.applicationDate = date;
        if (program === 'apprenticeship') {
          for (const a of d.data.apprentices)
            Object.assign(a, { startDate: '2023-01-01', endDate: '2023-12-31' });
        }
      }),
    );
    expect(errorIds(r).filter((id) => id.startsWith('policy.'))).toEqual(ids);
  });

  test('the period finding cites the clause that states the period', () => {
    const r = check(edited('linping-2023', 'one-plus-x', (d) => (d.applicationDate = '2026-03-01')));
    expect(byRule(r, 'policy.period-ended')[0]?.clause).toEqual({
      policy: 'linping-2023',
      docNumber: '临平政办〔2023〕8号',
      ref: '标题',
    });
  });
});

describe('offerings, evidence and ordering', () => {
  test('a program the pack does not offer is an error naming what it offers', () => {
    const d = example('quzhou-2025', 'training-base');
    d.policy = 'jining-2025';
    const r = check(d);
    expect(errorIds(r)).toEqual(['policy.program-not-offered']);
    expect(r.findings[0]?.message).toContain('new-specialty');
    expect(r.amount.status).toBe('incomplete');
  });

  test('a missing required attachment is a warning naming the document', () => {
    const r = check(edited('quzhou-2025', 'training-base', (d) => d.attachments.splice(1, 1)));
    expect(byRule(r, 'evidence.missing').map((f) => [f.severity, f.message])).toEqual([
      ['warning', '缺少证明材料：投资发票'],
    ]);
  });

  test('a missing material cites the clause the 政策库 lists it under (the program main clause)', () => {
    const quzhou = check(edited('quzhou-2025', 'training-base', (d) => d.attachments.splice(1, 1)));
    expect(byRule(quzhou, 'evidence.missing').map((f) => f.clause)).toEqual([
      { policy: 'quzhou-2025', docNumber: '衢政办发〔2025〕10号', ref: '二(六)19' },
    ]);
    const team = check(edited('quzhou-2025', 'dual-teacher-team', (d) => (d.attachments = [])));
    const clauses = byRule(team, 'evidence.missing').map((f) => f.clause?.ref);
    expect(clauses.length).toBeGreaterThan(1);
    expect(new Set(clauses)).toEqual(new Set(['二(五)16']));
  });

  test('errors come before warnings and infos', () => {
    const r = check(
      edited('quzhou-2025', 'one-plus-x', (d) => {
        d.attachments = [];
        d.data.students[1].issueDate = '2025-12-01';
      }),
    );
    const order = r.findings.map((f) => f.severity);
    expect(order[0]).toBe('error');
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
  });

  test('the result depends on the pinned day: a birth date after it is refused', () => {
    const d = example('quzhou-2025', 'internship');
    expect(errorIds(checkDraft(d, { today: '2026-11-23' }))).toEqual([]);
    expect(errorIds(checkDraft(d, { today: '2004-01-01' }))).toContain('schema.birth-date-future');
  });
});
