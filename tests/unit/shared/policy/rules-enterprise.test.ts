// Training base and internship: every rule and formula on both sides of its boundary.
import { describe, expect, test } from 'vitest';
import { byRule, check, edited, errorIds, example } from './helpers';

const inv = (amountFen: number, invoiceNumber = '25332330803000107919', invoiceDate = '2025-07-01') => ({
  category: 'equipment',
  name: '数控加工中心',
  amountFen,
  invoiceNumber,
  invoiceDate,
});

describe('training-base under quzhou-2025: 25% of actual investment, at most 500,000 yuan', () => {
  test.each([
    [200_000_000, 50_000_000, '（未超过上限 500,000.00）'],
    [200_000_004, 50_000_000, '→ 封顶 500,000.00'],
    [199_999_996, 49_999_999, '（未超过上限 500,000.00）'],
    [240_000_000, 50_000_000, '25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00'],
    [3, 0, '（不足1分部分舍去）'],
  ])('investment %i fen → %i fen', (investment, expected, traceContains) => {
    const r = check(edited('quzhou-2025', 'training-base', (d) => (d.data.investments = [inv(investment)])));
    expect(r.amount.status).toBe('computed');
    expect(r.amount.amountFen).toBe(expected);
    expect(r.amount.trace.join(' ')).toContain(traceContains);
  });

  test('the amount carries its 大写 and the capped trace in both languages', () => {
    const r = check(example('quzhou-2025', 'training-base'));
    expect(r.amount.amountText).toBe('伍拾万元整');
    expect(r.amount.traceEn).toContain('25% × 2,400,000.00 = 600,000.00 → capped at 500,000.00');
  });

  test.each([
    ['2025-05-26', 0],
    ['2025-05-25', 1],
  ])('construction end %s vs start 2025-05-26 → %i date errors', (end, n) => {
    const r = check(edited('quzhou-2025', 'training-base', (d) => (d.data.constructionEnd = end)));
    expect(byRule(r, 'training-base.dates-order')).toHaveLength(n);
  });

  test.each([
    ['2025-10-20', 0],
    ['2025-10-21', 1],
  ])('construction end %s vs application 2025-10-20 → %i warnings', (end, n) => {
    const r = check(edited('quzhou-2025', 'training-base', (d) => (d.data.constructionEnd = end)));
    expect(byRule(r, 'training-base.construction-unfinished').map((f) => f.severity)).toEqual(
      Array(n).fill('warning'),
    );
  });

  test.each([
    ['2025-10-20', 0],
    ['2025-10-21', 1],
  ])('invoice dated %s vs application 2025-10-20 → %i errors', (date, n) => {
    const r = check(
      edited('quzhou-2025', 'training-base', (d) => (d.data.investments[0].invoiceDate = date)),
    );
    expect(byRule(r, 'training-base.invoice-after-application')).toHaveLength(n);
  });

  test('the same invoice twice, even typed in full-width digits, is an error on the second row', () => {
    const d = example('quzhou-2025', 'training-base');
    const number: string = d.data.investments[0].invoiceNumber;
    d.data.investments[2].invoiceNumber = number.replace(/\d/g, (c) =>
      String.fromCodePoint(c.charCodeAt(0) + 0xfee0),
    );
    const r = check(d);
    const [f] = byRule(r, 'training-base.duplicate-invoice');
    expect(f?.path).toEqual(['data', 'investments', 2, 'invoiceNumber']);
    expect(f?.message).toContain('与第1行重复');
  });

  test('a user standard is ignored where the document sets the formula', () => {
    const r = check(
      edited('quzhou-2025', 'training-base', (d) => {
        d.data.userStandard = { basis: 'lump-sum', amountFen: 100, source: '测试' };
      }),
    );
    expect(byRule(r, 'user-standard.ignored')).toHaveLength(1);
    expect(r.amount.amountFen).toBe(50_000_000);
  });
});

describe('training-base without a document amount', () => {
  test('no standard → no-amount, saying so', () => {
    const r = check(example('yongzhou-2021', 'training-base'));
    expect(r.amount.status).toBe('no-amount');
    expect(r.amount.amountFen).toBeUndefined();
    expect(r.amount.note).toContain('永政发〔2021〕7号未规定');
  });

  test('a user-supplied rate with cap → user-supplied amount with its source', () => {
    const r = check(
      edited('yongzhou-2021', 'training-base', (d) => {
        d.data.userStandard = {
          basis: 'rate',
          rateBasisPoints: 2000,
          capFen: 30_000_000,
          source: '测试细则第三条',
        };
      }),
    );
    expect(r.amount.status).toBe('user-supplied');
    expect(r.amount.amountFen).toBe(30_000_000);
    expect(r.amount.trace[0]).toContain('测试细则第三条');
    expect(r.amount.trace.at(-1)).toBe('20% × 2,400,000.00 = 480,000.00 → 封顶 300,000.00');
  });

  test('a basis the program does not take is an error and leaves the amount incomplete', () => {
    const r = check(
      edited('yongzhou-2021', 'training-base', (d) => {
        d.data.userStandard = { basis: 'per-unit', amountFen: 100, source: '测试' };
      }),
    );
    expect(errorIds(r)).toContain('user-standard.basis');
    expect(r.amount.status).toBe('incomplete');
  });

  test.each([
    ['yongzhou-2021', '电子信息', 0],
    ['yongzhou-2021', '家政服务', 1],
    ['wuzhou-2024', '智能制造装备', 0],
    ['wuzhou-2024', '茶文化旅游', 1],
  ] as const)('%s service field %s → %i findings', (policy, field, n) => {
    const r = check(edited(policy, 'training-base', (d) => (d.data.serviceField = field)));
    const id =
      policy === 'yongzhou-2021'
        ? 'yongzhou-2021.training-base.cluster'
        : 'wuzhou-2024.training-base.priority-field';
    expect(byRule(r, id)).toHaveLength(n);
  });
});

describe('internship under quzhou-2025: at least 200 yuan per intern per month', () => {
  test('no standard → the minimum, computed over whole months', () => {
    const r = check(example('quzhou-2025', 'internship'));
    expect(r.amount).toMatchObject({ status: 'computed', amountFen: 18 * 20_000 });
    expect(r.amount.trace[1]).toBe('6 名实习生，合计 18 人月 × 200.00 = 3,600.00');
  });

  test.each([
    [20_000, 'computed', 18 * 20_000, 0],
    [25_000, 'user-supplied', 18 * 25_000, 0],
    [19_999, 'incomplete', undefined, 1],
  ])('standard %i fen → %s', (fen, status, amount, errors) => {
    const r = check(
      edited('quzhou-2025', 'internship', (d) => {
        d.data.userStandard = { basis: 'per-unit', amountFen: fen, source: '衢州市实习补助细则（测试）' };
      }),
    );
    expect(r.amount.status).toBe(status);
    expect(r.amount.amountFen).toBe(amount);
    expect(byRule(r, 'quzhou-2025.internship.standard-below-minimum')).toHaveLength(errors);
  });

  test('an enterprise not certified as meeting internship standards cannot be paid', () => {
    const r = check(edited('quzhou-2025', 'internship', (d) => (d.data.complianceCertified = false)));
    expect(byRule(r, 'quzhou-2025.internship.not-certified')[0]?.clause).toEqual({
      policy: 'quzhou-2025',
      docNumber: '衢政办发〔2025〕10号',
      ref: '二(六)19',
    });
  });

  test.each([
    ['2025-06-30', 0, 0],
    ['2025-06-29', 0, 1],
    ['2025-05-31', 1, 0],
  ])(
    'intern from 2025-06-01 to %s → %i order errors, %i under-a-month warnings',
    (end, orderErrors, short) => {
      const r = check(
        edited('quzhou-2025', 'internship', (d) => {
          d.data.interns[0].startDate = '2025-06-01';
          d.data.interns[0].endDate = end;
        }),
      );
      expect(byRule(r, 'internship.dates-order')).toHaveLength(orderErrors);
      expect(byRule(r, 'internship.under-one-month')).toHaveLength(short);
    },
  );

  test('a roster with the same ID number twice is an error', () => {
    const r = check(
      edited('quzhou-2025', 'internship', (d) => (d.data.interns[3].idNumber = d.data.interns[0].idNumber)),
    );
    expect(byRule(r, 'internship.duplicate-id')[0]?.path).toEqual(['data', 'interns', 3, 'idNumber']);
  });

  test.each([
    ['2025-10-20', 0],
    ['2025-10-21', 1],
  ])('internship ending %s vs application 2025-10-20 → %i warnings', (end, n) => {
    const r = check(edited('quzhou-2025', 'internship', (d) => (d.data.interns[0].endDate = end)));
    expect(byRule(r, 'internship.unfinished')).toHaveLength(n);
  });
});

describe('internship under wuzhou-2024: posts for about 2% of employees above designated size', () => {
  test.each([
    [500, 10, true, 0],
    [500, 9, true, 1],
    [501, 11, true, 0],
    [501, 10, true, 1],
    [501, 0, false, 0],
  ])('%i employees, %i posts, above size %s → %i warnings', (employees, posts, above, n) => {
    const r = check(
      edited('wuzhou-2024', 'internship', (d) => {
        Object.assign(d.data, { employeeCount: employees, postsOffered: posts, aboveDesignatedSize: above });
      }),
    );
    expect(byRule(r, 'wuzhou-2024.internship.posts-share').map((f) => f.severity)).toEqual(
      Array(n).fill('warning'),
    );
    expect(errorIds(r)).toEqual([]);
  });

  test('a per-intern-month standard from the implementing rules → user-supplied', () => {
    const r = check(
      edited('wuzhou-2024', 'internship', (d) => {
        d.data.userStandard = { basis: 'per-unit', amountFen: 30_000, source: '测试文件第五条' };
      }),
    );
    expect(r.amount.status).toBe('user-supplied');
    expect(r.amount.amountFen! % 30_000).toBe(0);
  });
});
