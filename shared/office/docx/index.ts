// Filling a bureau's Word (.docx) form from a draft: measured reader, label scanner, filler.
export { DocxError, type DocxProblem } from './docx-error';
export { DOCX_LIMITS, readDocx } from './read-docx';
export { normaliseLabel, pathForLabel, fieldForColumn, SPAN } from './labels';
export { programLabels, type RosterInfo } from './program-labels';
export { type DocxSlot, type SlotPlace } from './scan';
export { COMPOSITE_PATHS, valueText, type ValueSource } from './values';
export {
  fillDocxForm,
  scanDocxForm,
  type DocxFillReport,
  type DocxFormInfo,
  type DocxMapping,
} from './fill-docx';
