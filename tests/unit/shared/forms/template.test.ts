// The template files and the rules they are held to; how values print by input kind.
import { describe, expect, it } from 'vitest';
import {
  buildFormModel,
  fillPlaceholders,
  formatDate,
  formatValue,
  formTemplateSchema,
  type FormTemplateInput,
} from '../../../../shared/forms';
import { draftFieldMeta, PROGRAM_IDS } from '../../../../shared/schemas';
import { allFormTemplates, FORM_TEMPLATE_FILES, formTemplate } from '../../../../templates';
import { checked, fixtureDrafts } from './form-tools';

const minimal = (sections: unknown[]): FormTemplateInput =>
  ({
    format: 'grantdesk/form-template@1',
    program: 'internship',
    title: '{pack.region.name}申报表',
    sections,
  }) as FormTemplateInput;

describe('the bundled templates', () => {
  it('exist for every program and parse', () => {
    expect(Object.keys(FORM_TEMPLATE_FILES).sort()).toEqual([...PROGRAM_IDS].sort());
    expect(allFormTemplates().map((t) => t.program)).toEqual([...PROGRAM_IDS]);
  });

  it.each([...PROGRAM_IDS])(
    '%s has the applicant block, amount, evidence, 承诺书 and three signature boxes',
    (program) => {
      const t = formTemplate(program);
      const kinds = t.sections.map((s) => s.kind);
      for (const kind of ['fields', 'amount', 'evidence', 'commitment', 'signatures'])
        expect(kinds).toContain(kind);
      const applicant = t.sections.find((s) => s.kind === 'fields');
      const order = [
        'name',
        'orgCode',
        'legalRepresentative',
        'address',
        'contactPerson',
        'phone',
        'bankName',
        'bankAccount',
      ];
      expect(applicant?.kind === 'fields' && applicant.fields.map((f) => f.key)).toEqual(
        order.map((k) => `applicant.${k}`),
      );
      const sig = t.sections.find((s) => s.kind === 'signatures');
      expect(sig?.kind === 'signatures' && sig.boxes.map((b) => b.label)).toEqual([
        '申报单位（盖章）',
        '法定代表人（签字）',
        '主管部门意见',
      ]);
    },
  );
});

describe('template validation', () => {
  it('refuses a field the program does not have', () => {
    const r = formTemplateSchema.safeParse(minimal([{ kind: 'fields', fields: ['data.stations'] }]));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('unknown field data.stations');
  });

  it('refuses an unknown table column, a non-money total and an unknown placeholder', () => {
    const table = { kind: 'table', key: 'data.interns', columns: [{ key: 'salary' }] };
    expect(formTemplateSchema.safeParse(minimal([table])).error?.issues[0]?.message).toBe(
      'unknown column data.interns[].salary',
    );
    const total = {
      kind: 'table',
      key: 'data.interns',
      columns: [{ key: 'name' }],
      total: { column: 'name' },
    };
    expect(formTemplateSchema.safeParse(minimal([total])).error?.issues[0]?.message).toBe(
      'total column name is not a money column',
    );
    const text = { kind: 'paragraph', text: '{draft.secret}' };
    expect(formTemplateSchema.safeParse(minimal([text])).error?.issues[0]?.message).toBe(
      'unknown placeholder {draft.secret}',
    );
  });

  it('accepts a new program form as JSON alone', () => {
    const t = formTemplateSchema.parse(
      minimal([{ kind: 'fields', fields: ['applicant.name', 'data.postsOffered'] }]),
    );
    expect(t.header).toEqual({ left: '{pack.docNumber}', right: '申报编号：{draft.number}' });
    const [, raw] = fixtureDrafts().find(([p]) => p === 'internship')!;
    const c = checked(raw);
    const model = buildFormModel(t, c.draft, { ...c.source, amount: c.check.amount, findings: [] });
    expect(model.blocks[0]).toMatchObject({ kind: 'title', text: '衢州市申报表' });
    expect(model.header).toEqual({ left: '衢政办发〔2025〕10号', right: '申报编号：SXBT-2025-001' });
  });
});

describe('values as printed', () => {
  const meta = draftFieldMeta('training-base');
  const opts = { money: 'suffix', date: 'long', unit: true } as const;

  it('formats money, dates, selects, booleans and integers with units', () => {
    expect(formatValue(123456, meta['data.investments[].amountFen'], opts)).toBe('1,234.56 元');
    expect(formatValue(123456, meta['data.investments[].amountFen'], { ...opts, money: 'symbol' })).toBe(
      '¥1,234.56',
    );
    expect(formatValue('2025-03-01', meta['data.constructionStart'], opts)).toBe('2025年03月01日');
    expect(formatDate('2025-03-01', 'dot')).toBe('2025.03.01');
    expect(formatValue('facility', meta['data.investments[].category'], opts)).toBe('场地建设改造');
    expect(formatValue(true, undefined, opts)).toBe('是');
    expect(formatValue(false, undefined, opts)).toBe('否');
    expect(formatValue(3600, meta['data.trainingCapacity'], opts)).toBe('3600 人次');
    expect(formatValue(3600, meta['data.trainingCapacity'], { ...opts, unit: false })).toBe('3600');
    expect(formatValue(2500, meta['data.userStandard.rateBasisPoints'], opts)).toBe('25%');
    expect(formatValue(undefined, meta['data.baseName'], opts)).toBe('');
  });

  it('fills placeholders and leaves draft ones blank on a blank form', () => {
    const values = {
      pack: {
        docNumber: '衢政办发〔2025〕10号',
        title: 't',
        issuer: 'i',
        region: { name: '衢州市', province: '浙江省' },
      },
      program: { title: { zh: '企业实习实训补助' }, formula: { zh: 'f' } },
    };
    expect(fillPlaceholders('{pack.region.name}{program.title}申报表', values)).toBe(
      '衢州市企业实习实训补助申报表',
    );
    expect(fillPlaceholders('编号：{draft.id}', values)).toBe('编号：');
    expect(() => fillPlaceholders('{nope}', values)).toThrow('unknown placeholder {nope}');
  });
});
