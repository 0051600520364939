import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, test } from 'vitest';
import { buildExampleDraft } from '../../../shared/policy/examples';
import { fromStored, toStored, type EditableDraft } from '../../../renderer/features/editor/draft-mapping';
import { draftFormResolver } from '../../../renderer/features/editor/form-resolver';
import {
  draftFormSchema,
  formValuesOf,
  type DraftFormValues,
} from '../../../renderer/features/editor/form-schema';

const options: ResolverOptions<DraftFormValues> = { fields: {}, shouldUseNativeValidation: false };
const AS_OF = '2026-11-23';

function example(): EditableDraft {
  const draft = buildExampleDraft('quzhou-2025', 'training-base') as unknown as EditableDraft;
  return draft;
}

function withApplicant(values: DraftFormValues, key: string, value: unknown): DraftFormValues {
  return { ...values, applicant: { ...values.applicant, [key]: value } };
}

async function resolve(values: DraftFormValues, lang: 'zh' | 'en' = 'zh') {
  return draftFormResolver('training-base', AS_OF)(values, { lang }, options);
}

describe('the editor form is validated by the checks’ zod schemas', () => {
  test('the form schema holds the applicant and scalar fields, never the tables or the user standard', () => {
    const shape = draftFormSchema('training-base', AS_OF).shape.data.shape;
    expect(Object.keys(shape)).not.toContain('investments');
    expect(Object.keys(shape)).not.toContain('partnerSchools');
    expect(Object.keys(shape)).not.toContain('userStandard');
    expect(Object.keys(shape)).toContain('baseName');
    const values = formValuesOf(example());
    expect(Object.keys(values.data)).not.toContain('investments');
    expect(values.applicationDate).toBe(example().applicationDate);
  });

  test('the example draft resolves with no errors and its values as typed', async () => {
    const values = formValuesOf(example());
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(result.values).toBe(values);
  });

  test('a wrong 统一社会信用代码 check character is worded as the checks word it, without the field name', async () => {
    const values = formValuesOf(example());
    const code = String(values.applicant['orgCode']);
    const right = code.slice(17);
    const wrong = right === '0' ? '1' : '0';
    const result = await resolve(withApplicant(values, 'orgCode', code.slice(0, 17) + wrong));
    expect(result.errors).toEqual({
      applicant: {
        orgCode: {
          type: 'schema.check-char',
          message: `统一社会信用代码第18位（校验码）应为「${right}」，实为「${wrong}」`,
        },
      },
    });
  });

  test('messages come in English when the form’s context asks for it', async () => {
    const values = withApplicant(formValuesOf(example()), 'phone', '1381234');
    const zh = await resolve(values, 'zh');
    const en = await resolve(values, 'en');
    const zhMessage = (zh.errors.applicant as Record<string, { message: string }>)['phone']?.message;
    const enMessage = (en.errors.applicant as Record<string, { message: string }>)['phone']?.message;
    expect(zhMessage).toMatch(/[\u4e00-\u9fff]/);
    expect(enMessage).toBeTruthy();
    expect(enMessage).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('an empty required field and a missing one each name what is wrong', async () => {
    const values = formValuesOf(example());
    const emptied = withApplicant(values, 'name', '   ');
    const { legalRepresentative: _removed, ...rest } = values.applicant;
    const result = await resolve({ ...emptied, applicant: { ...rest, name: '   ' } });
    expect(result.errors).toEqual({
      applicant: {
        name: { type: 'schema.required', message: '「企业名称」不能为空' },
        legalRepresentative: { type: 'schema.required', message: '缺少「法定代表人」' },
      },
    });
  });

  test('a table in the stored draft never reaches the form, so a 2,000-row roster is not parsed per keystroke', () => {
    const stored = toStored(example());
    const values = formValuesOf(
      fromStored(
        {
          id: 'd1',
          title: 't',
          policy: 'quzhou-2025',
          program: 'training-base',
          applicationDate: example().applicationDate,
          data: stored.data,
        } as never,
        [],
      ),
    );
    expect(Object.keys(values.data).some((k) => k === 'investments' || k === 'partnerSchools')).toBe(false);
  });
});

describe('the phone message under the field follows the pack’s area code', () => {
  const withPhone = (phone: string) => withApplicant(formValuesOf(example()), 'phone', phone);

  test('Yongzhou (0746) and Quzhou (0570) each get their own example, in both languages', async () => {
    const yongzhou = draftFormResolver('training-base', AS_OF, { areaCode: '0746' });
    const quzhou = draftFormResolver('training-base', AS_OF, { areaCode: '0570' });
    expect((await yongzhou(withPhone('8221536'), { lang: 'zh' }, options)).errors).toEqual({
      applicant: {
        phone: {
          type: 'schema.missing-area-code',
          message: '座机号码请加区号，如 0746-1234567；手机号为1开头的11位',
        },
      },
    });
    expect((await quzhou(withPhone('8221536'), { lang: 'en' }, options)).errors).toEqual({
      applicant: {
        phone: {
          type: 'schema.missing-area-code',
          message:
            'Add the area code to a landline, e.g. 0570-1234567; mobiles have 11 digits starting with 1',
        },
      },
    });
  });

  test('without a region the message keeps the neutral 010 example', async () => {
    const result = await resolve(withPhone('8221536'));
    expect(result.errors).toEqual({
      applicant: {
        phone: {
          type: 'schema.missing-area-code',
          message: '座机号码请加区号，如 010-12345678；手机号为1开头的11位',
        },
      },
    });
  });
});
