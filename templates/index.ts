// The bundled form templates, one per program, parsed (and so checked) on first use.
import { formTemplateSchema, type FormTemplate } from '../shared/forms';
import { PROGRAM_IDS, type ProgramId } from '../shared/schemas';
import apprenticeship from './forms/apprenticeship.json';
import dualTeacherTeam from './forms/dual-teacher-team.json';
import internship from './forms/internship.json';
import newSpecialty from './forms/new-specialty.json';
import onePlusX from './forms/one-plus-x.json';
import surchargeCredit from './forms/surcharge-credit.json';
import talentAllowance from './forms/talent-allowance.json';
import trainingBase from './forms/training-base.json';

/** The template files as JSON, before validation. */
export const FORM_TEMPLATE_FILES: Readonly<Record<ProgramId, unknown>> = {
  'training-base': trainingBase,
  internship,
  apprenticeship,
  'dual-teacher-team': dualTeacherTeam,
  'one-plus-x': onePlusX,
  'talent-allowance': talentAllowance,
  'surcharge-credit': surchargeCredit,
  'new-specialty': newSpecialty,
};

const parsed = new Map<ProgramId, FormTemplate>();

/** The parsed template of `program`; throws with the zod issues if the bundled file is invalid. */
export function formTemplate(program: ProgramId): FormTemplate {
  let template = parsed.get(program);
  if (!template) {
    template = formTemplateSchema.parse(FORM_TEMPLATE_FILES[program]);
    if (template.program !== program)
      throw new Error(`templates/forms/${program}.json declares ${template.program}`);
    parsed.set(program, template);
  }
  return template;
}

/** Every program's template, in PROGRAM_IDS order. */
export function allFormTemplates(): FormTemplate[] {
  return PROGRAM_IDS.map(formTemplate);
}
