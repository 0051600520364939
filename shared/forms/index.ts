// Printable application forms: templates, the form builder, the application PDF and AcroForms.
export {
  FORM_TEMPLATE_FORMAT,
  formTemplateSchema,
  type DateStyle,
  type FormSection,
  type FormTemplate,
  type FormTemplateInput,
  type SectionOf,
} from './template-schema';
export { PLACEHOLDERS, fillPlaceholders, placeholdersIn, type PlaceholderName } from './placeholders';
export { formatDate, formatMoney, formatValue, type FormatOptions } from './format-value';
export { metaKeyOf, parsePath, valueAt } from './draft-path';
export {
  buildFormModel,
  formTitle,
  type BuildFormOptions,
  type FormFacts,
  type FormSource,
} from './build-form';
export {
  DRAFT_ATTACHMENT,
  DRAFT_WATERMARK,
  draftJson,
  extractDraftFromPdf,
  renderApplicationPdf,
  type ApplicationPdf,
  type ApplicationPdfOptions,
  type ExtractedDraft,
} from './render-application';
export { type FormAttachmentFile } from './attachment-pages';
export { renderBlankFillable, type BlankFillable } from './blank-fillable';
export {
  fillAcroForm,
  formFingerprint,
  listAcroFields,
  type AcroFieldInfo,
  type AcroFieldMapping,
  type AcroFieldType,
  type FillOptions,
  type FillResult,
} from './acroform';
export {
  PROGRAM_CODES,
  applicationNumber,
  applicationSequence,
  type NumberedDraft,
} from './application-number';
export { FormError, type FormErrorCode } from './errors';
export { sha256Hex } from './sha256';
export { checkForPrint, type PrintCheck } from './check-for-print';
