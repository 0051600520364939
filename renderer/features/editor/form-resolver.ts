import { toNestErrors } from '@hookform/resolvers';
import type { PhoneHints } from '../../../shared/ids';
import type { FieldError, Resolver } from 'react-hook-form';
import { schemaFindings } from '../../../shared/policy/schema-findings';
import type { Finding } from '../../../shared/policy/types';
import type { ProgramId } from '../../../shared/schemas';
import { draftFormSchema, type DraftFormValues } from './form-schema';

/** Under its own field a message need not name the field again: 「统一社会信用代码」：… → …. */
export function fieldMessage(finding: Pick<Finding, 'message' | 'messageEn'>, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? finding.message.replace(/^「[^」]+」：/, '')
    : finding.messageEn.replace(/^"[^"]+": /, '');
}

/** What the form hands its resolver: the language the messages are worded in. */
export interface FormContext {
  lang: 'zh' | 'en';
}

/**
 * react-hook-form's resolver for a draft's form: zod parses the values with the checks' own schemas
 * ({@link draftFormSchema}) and each issue is worded by `schemaFindings`, as the checks panel words it
 * (the field named by its label, the wrong character of an ID pointed out, both languages). zod's
 * generic English text (what `zodResolver` would show) never reaches the user. Values stay as typed:
 * the editor stores what the user wrote and the checks normalise. `hints` give the phone message the
 * example of the pack's region.
 */
export function draftFormResolver(
  program: ProgramId,
  asOf: string,
  hints: PhoneHints = {},
): Resolver<DraftFormValues, FormContext> {
  const schema = draftFormSchema(program, asOf);
  return (values, context, options) => {
    const lang = context?.lang ?? 'zh';
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const f of schemaFindings(parsed.error.issues, program, values, hints)) {
      const name = f.path.join('.');
      errors[name] ??= { type: f.ruleId, message: fieldMessage(f, lang) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
