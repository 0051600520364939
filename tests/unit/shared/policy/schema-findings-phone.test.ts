// A wrong phone's finding gives an example in the draft's own region (0746 for 永州, 0570 for 衢州), not
// Beijing's 010-12345678 whatever the region; the help text already did, the message now does too.
import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../../shared/policy';
import { buildExampleDraft } from '../../../../shared/policy/examples';
import type { PolicyId } from '../../../../shared/schemas';
import type { ProgramId } from '../../../../shared/schemas';

function phoneFinding(policy: PolicyId, program: ProgramId, phone: string) {
  const draft = buildExampleDraft(policy, program)!;
  const applicant = { ...(draft['applicant'] as Record<string, unknown>), phone };
  const result = checkDraft({ ...draft, applicant }, { today: '2025-11-20' });
  return result.findings.filter((f) => f.path.join('.') === 'applicant.phone');
}

describe('the phone finding names the draft’s area code', () => {
  test('Yongzhou: a number without area code is told 0746-1234567, in Chinese and English', () => {
    expect(phoneFinding('yongzhou-2021', 'dual-teacher-team', '8221536')).toEqual([
      expect.objectContaining({
        ruleId: 'schema.missing-area-code',
        message: '「联系电话」：座机号码请加区号，如 0746-1234567；手机号为1开头的11位',
        messageEn:
          '"Phone": Add the area code to a landline, e.g. 0746-1234567; mobiles have 11 digits starting with 1',
      }),
    ]);
  });

  test('Quzhou: a badly written landline is told 0570-1234567, in Chinese and English', () => {
    expect(phoneFinding('quzhou-2025', 'training-base', '0570-302-1186-1')).toEqual([
      expect.objectContaining({
        ruleId: 'schema.format',
        message: '「联系电话」：座机号码格式不对，应写作 区号-号码，如 0570-1234567',
        messageEn: '"Phone": Write a landline as area code-number, e.g. 0570-1234567',
      }),
    ]);
  });

  test('a message without an example (a letter in the number) is left as it was', () => {
    expect(phoneFinding('yongzhou-2021', 'dual-teacher-team', 'a8221536').map((f) => f.message)).toEqual([
      '「联系电话」：电话号码中的「a」不是数字',
    ]);
  });
});
