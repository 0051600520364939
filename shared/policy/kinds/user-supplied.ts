// The document gives no amount: the applicant's own standard, with its source, if any.
import { z } from 'zod';
import type { ProgramId } from '../../schemas';
import { apprenticeshipUserAmount } from '../rules/apprenticeship';
import { dualTeacherTeamUserAmount } from '../rules/dual-teacher-team';
import { internshipUserAmount } from '../rules/internship';
import { newSpecialtyUserAmount } from '../rules/new-specialty';
import { onePlusXUserAmount } from '../rules/one-plus-x';
import { trainingBaseUserAmount } from '../rules/training-base';
import type { AmountFn } from '../types';
import type { AmountKind } from './types';

const USER_AMOUNTS: Partial<Record<ProgramId, AmountFn>> = {
  'training-base': trainingBaseUserAmount as AmountFn,
  internship: internshipUserAmount as AmountFn,
  apprenticeship: apprenticeshipUserAmount as AmountFn,
  'dual-teacher-team': dualTeacherTeamUserAmount as AmountFn,
  'one-plus-x': onePlusXUserAmount as AmountFn,
  'new-specialty': newSpecialtyUserAmount as AmountFn,
};

/** No amount in the document; an optional note says what it does state (e.g. how many are supported). */
export const userSupplied: AmountKind<{ note?: { zh: string; en: string } }> = {
  id: 'user-supplied',
  role: 'amount',
  title: { zh: '文件未规定金额（申报人自填标准）', en: 'No amount stated (user-supplied standard)' },
  programs: Object.keys(USER_AMOUNTS) as ProgramId[],
  fields: z.strictObject({
    note: z
      .strictObject({ zh: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) })
      .optional(),
  }),
  build(program, f) {
    const amount = USER_AMOUNTS[program];
    if (!amount) return undefined;
    return {
      amount,
      formula: f.note
        ? { zh: `文件未规定金额（${f.note.zh}）`, en: `No amount stated (${f.note.en})` }
        : { zh: '文件未规定金额', en: 'No amount stated' },
      userStandard: 'used',
      params: [],
    };
  },
};
