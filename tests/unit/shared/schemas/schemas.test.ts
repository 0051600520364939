// Schemas: metadata for every field, JSON Schema export, applicant codes by kind, identifiers.
import { describe, expect, test } from 'vitest';
import {
  applicantSchema,
  draftFieldMeta,
  draftJsonSchema,
  draftSchema,
  fieldMetaAt,
  metaKey,
  PROGRAM_IDS,
  SECTIONS,
  zInvoiceNumber,
} from '../../../../shared/schemas';
import { buildExampleDraft, listOfferings } from '../../../../shared/policy';

type Json = { [k: string]: unknown };

/** Every field path in a JSON Schema, `[]` for array items, including object and array fields. */
function fieldPaths(schema: Json, prefix = ''): string[] {
  const out: string[] = [];
  const variants = [...((schema.anyOf ?? schema.oneOf ?? []) as Json[])];
  if (variants.length) return [...new Set(variants.flatMap((v) => fieldPaths(v, prefix)))];
  if (schema.type === 'object' && schema.properties) {
    for (const [key, sub] of Object.entries(schema.properties as Record<string, Json>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path, ...fieldPaths(sub, path));
    }
  }
  if (schema.type === 'array' && schema.items) out.push(...fieldPaths(schema.items as Json, `${prefix}[]`));
  return out;
}

describe('field metadata', () => {
  test.each([...PROGRAM_IDS])(
    'every field of a %s draft has a label, input kind and known section',
    (program) => {
      const meta = draftFieldMeta(program);
      const paths = fieldPaths(draftJsonSchema(program) as Json);
      expect(paths.length).toBeGreaterThan(15);
      for (const path of paths) {
        const m = meta[path];
        expect(m, path).toBeDefined();
        expect(m?.label.zh.length, path).toBeGreaterThan(0);
        expect(m?.label.en.length, path).toBeGreaterThan(0);
        expect(Object.keys(SECTIONS), path).toContain(m?.section);
      }
    },
  );

  test('money fields are fen, shown as money', () => {
    const meta = draftFieldMeta('surcharge-credit');
    for (const [key, m] of Object.entries(meta)) {
      if (key.endsWith('Fen')) expect(m, key).toMatchObject({ unit: 'fen', input: 'money' });
    }
  });

  test('paths map to metadata keys', () => {
    expect(metaKey(['data', 'interns', 3, 'idNumber'])).toBe('data.interns[].idNumber');
    expect(fieldMetaAt('internship', ['data', 'interns', 3, 'idNumber'])?.input).toBe('resident-id');
    expect(draftFieldMeta('one-plus-x')['applicant.orgCode']?.label.zh).toBe('统一社会信用代码或学校标识码');
  });
});

describe('JSON Schema export', () => {
  test.each([...PROGRAM_IDS])('%s: draft 2020-12, pins the format, integer fen', (program) => {
    const schema = draftJsonSchema(program) as Json & { properties: Record<string, Json> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.format).toMatchObject({ const: 'grantdesk/draft@1' });
    expect(schema.properties.program).toMatchObject({ const: program });
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'id',
        'policy',
        'program',
        'applicationDate',
        'applicant',
        'data',
        'attachments',
      ]),
    );
    const text = JSON.stringify(schema);
    for (const m of text.matchAll(/"(\w+Fen)":\{"type":"(\w+)"/g)) expect(m[2], m[1]).toBe('integer');
  });
});

describe('draft schema', () => {
  test('every example parses and comes out normalised', () => {
    for (const { policy, program } of listOfferings()) {
      const parsed = draftSchema(program, { asOf: '2026-11-23' }).safeParse(
        buildExampleDraft(policy, program),
      );
      expect(parsed.success, `${policy}/${program}`).toBe(true);
    }
  });

  test('an enterprise gives a 统一社会信用代码; a school may give a 学校标识码', () => {
    const base = {
      name: '测试单位',
      legalRepresentative: '王伟',
      address: '浙江省衢州市柯城区',
      contactPerson: '李敏',
      phone: '１３９０５７０１２３４',
      bankName: '测试银行',
      bankAccount: '6222 0212 3456 7890',
    };
    expect(applicantSchema('school').safeParse({ ...base, orgCode: '3633004127' }).success).toBe(true);
    expect(applicantSchema('enterprise').safeParse({ ...base, orgCode: '3633004127' }).success).toBe(false);
    const ok = applicantSchema('enterprise').parse({ ...base, orgCode: '91330803ma2dk7q30t' });
    expect(ok).toMatchObject({
      orgCode: '91330803MA2DK7Q30T',
      phone: '13905701234',
      bankAccount: '6222021234567890',
    });
  });

  test.each([
    ['12345678', true, '12345678'],
    ['２５３３ ２３３０８０３ ０００１０７９１９', true, '2533233080300010791 9'.replace(' ', '')],
    ['1234567', false, '发票号码应为8-20位数字，实为7位'],
    ['1234-5678', false, '发票号码第5位「-」不是数字或字母'],
  ])('invoice number %s', (input, ok, expected) => {
    const r = zInvoiceNumber.safeParse(input);
    expect(r.success).toBe(ok);
    if (r.success) expect(r.data).toBe(expected);
    else expect(r.error.issues[0]?.message).toBe(expected);
  });
});
