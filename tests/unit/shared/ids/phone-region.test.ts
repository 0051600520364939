// Phone hints follow the policy's region: 0746 for 永州, never 衢州's 0570 outside 衢州.
import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../../../shared/ids';
import { PACKS } from '../../../../shared/policy';
import { applicantFieldMeta, phoneHelp } from '../../../../shared/schemas';

const yongzhou = PACKS.find((p) => p.id === 'yongzhou-2021')!;

describe('phone hints by region', () => {
  it('every pack carries its region’s area code as data', () => {
    expect(Object.fromEntries(PACKS.map((p) => [p.id, p.region.areaCode]))).toEqual({
      'quzhou-2025': '0570',
      'yongzhou-2021': '0746',
      'jining-2025': '0537',
      'wuzhou-2024': '0774',
      'linping-2023': '0571',
    });
  });

  it('gives a Yongzhou example in Yongzhou', () => {
    const hints = { areaCode: yongzhou.region.areaCode };
    expect(checkPhone('8221536', hints)).toMatchObject({
      ok: false,
      code: 'missing-area-code',
      message: '座机号码请加区号，如 0746-1234567；手机号为1开头的11位',
    });
    expect(checkPhone('0746-822-1536-1', hints)).toMatchObject({
      ok: false,
      code: 'format',
      message: '座机号码格式不对，应写作 区号-号码，如 0746-1234567',
      messageEn: 'Write a landline as area code-number, e.g. 0746-1234567',
    });
    expect(phoneHelp(hints).zh).toBe('手机号或带区号的座机，如 0746-1234567');
    expect(applicantFieldMeta('school', hints)['applicant.phone']?.help?.zh).toContain('0746-');
  });

  it('names no city’s code when the region is unknown', () => {
    const message = checkPhone('8221536');
    expect(message.ok ? '' : message.message).not.toContain('0570');
    expect(applicantFieldMeta('enterprise')['applicant.phone']?.help?.zh).not.toContain('0570');
  });
});
