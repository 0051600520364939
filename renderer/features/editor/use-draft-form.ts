import { useEffect, useMemo, useRef } from 'react';
import { useForm, type Control, type FieldPath } from 'react-hook-form';
import { todayIso } from '../../../shared/policy/dates';
import { getPack } from '../../../shared/policy/registry';
import type { ProgramId } from '../../../shared/schemas';
import { draftFormResolver, type FormContext } from './form-resolver';
import { formValuesOf, type DraftFormValues } from './form-schema';
import type { DraftEditor } from './use-draft-editor';

/** Collects the dotted names of the fields that hold an error (`applicant.uscc`). */
function errorNames(errors: object, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (value === null || typeof value !== 'object') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    return 'message' in value || 'type' in value ? [name] : errorNames(value as object, name);
  });
}

/**
 * The draft's scalar fields as a react-hook-form form, validated on every change by the checks' zod
 * schemas. The form is the source of the fields' values; each change goes on to the editor, which
 * autosaves it and re-runs the policy checks. A reload (restored revision, status change) resets it.
 */
export function useDraftForm(editor: DraftEditor, lang: 'zh' | 'en'): Control<DraftFormValues> {
  const program = editor.draft.program as ProgramId;
  // The phone message's example follows the pack's region (0746-1234567 for 永州).
  const areaCode = getPack(editor.draft.policy)?.region.areaCode;
  const resolver = useMemo(() => draftFormResolver(program, todayIso(), { areaCode }), [program, areaCode]);
  const form = useForm<DraftFormValues, FormContext>({
    defaultValues: formValuesOf(editor.draft),
    resolver,
    context: { lang },
    mode: 'onChange',
  });

  const { setValue, generation, draft } = editor;
  useEffect(() => {
    const { subscribe, getValues } = form;
    return subscribe({
      formState: { values: true },
      callback: ({ name, type }) => {
        if (type === 'change' && name) setValue(name, getValues(name as FieldPath<DraftFormValues>));
      },
    });
  }, [form, setValue]);

  // A draft read again from the database replaces what the form holds (and its dirty/touched marks).
  const seen = useRef(generation);
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    form.reset(formValuesOf(draft));
  }, [form, generation, draft]);

  // Messages already shown are worded again in the new language.
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    const names = errorNames(form.formState.errors);
    if (names.length > 0) void form.trigger(names as FieldPath<DraftFormValues>[]);
  }, [form, lang]);

  return form.control;
}
