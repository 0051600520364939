import { z } from 'zod';
import { getPack } from '../../../shared/policy/registry';
import { isPolicyId, isProgramId } from '../../../shared/schemas';
import type { DraftDataValidator } from '../../backup';

const storedData = z.object({
  applicant: z.record(z.string(), z.unknown()),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(z.record(z.string(), z.unknown())),
});

/**
 * What a restored draft's stored data must be. Drafts are often unfinished, so the content is not
 * held to the policy checks (the editor shows those); the shape must be the editor's, and the policy
 * and program must be ones this version knows.
 */
export const validateStoredDraftData: DraftDataValidator = (policy, program, data) => {
  // A pack id is no longer a closed list: the pack must be registered (bundled or imported) here.
  if (!isPolicyId(policy) || !getPack(policy)) {
    return { zh: `未知的政策文件「${policy}」`, en: `unknown policy document "${policy}"` };
  }
  if (!isProgramId(program)) {
    return { zh: `未知的申报项目「${program}」`, en: `unknown program "${program}"` };
  }
  const parsed = storedData.safeParse(data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return {
    path: issue?.path.join('.') ?? '',
    message:
      issue?.code === 'invalid_type'
        ? { zh: '类型不符', en: 'wrong type' }
        : { zh: issue?.message ?? '无效', en: issue?.message ?? 'invalid' },
  };
};
