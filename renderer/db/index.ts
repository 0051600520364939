// Public API of the storage layer: the database class and the repository functions.
export { GrantDeskDb, DEFAULT_DB_NAME, type GrantDeskDbOptions } from './grantdesk-db';
export { CURRENT_VERSION } from './versions';
export * from './row-schemas';
export {
  StorageError,
  QUOTA_MESSAGE,
  QUOTA_MESSAGE_EN,
  isQuotaError,
  toStorageError,
  type StorageErrorCode,
} from './errors';
export { newId } from './ids';
export { sha256Hex } from './hash';
export {
  DRAFT_STATUSES,
  STATUS_LABELS,
  EDIT_AFTER_PRINT_WARNING,
  editWarning,
  nextStatuses,
  transitionError,
  type DraftStatus,
  type TransitionChecks,
} from './status';
export {
  createApplicant,
  deleteApplicant,
  getApplicant,
  listApplicants,
  updateApplicant,
  type ApplicantInput,
} from './applicants';
export {
  UNTITLED,
  DraftConflictError,
  createDraft,
  getDraft,
  loadDraft,
  mergeDraftPatches,
  saveDraft,
  type DraftPatch,
  type NewDraftInput,
  type SaveOptions,
  type SaveResult,
} from './drafts';
export {
  countDrafts,
  listApplicantDrafts,
  listDrafts,
  type DraftPage,
  type DraftQuery,
  type DraftSummary,
} from './draft-list';
export { TRASH_DAYS, TRASH_MS, deleteDraft, purgeDeleted, restoreDeleted } from './draft-trash';
export { DUPLICATE_SUFFIX, DUPLICATE_SUFFIX_EN, duplicateDraft } from './draft-duplicate';
export { changeDraftStatus } from './draft-status';
export { getRoster, groupRosters, listRosterRows, type RosterRowInput } from './roster-rows';
export {
  addAttachment,
  getAttachment,
  listAttachments,
  purgeUnnamedAttachments,
  removeAttachment,
  type AttachmentInput,
} from './attachments';
export { storedListing, withStoredAttachments } from './stored-evidence';
export { saveApplicantOfDraft } from './applicant-sync';
export { listExports, recordExport } from './exports';
export {
  MAX_REVISIONS_PER_DRAFT,
  REVISION_IDLE_MS,
  REVISION_MAX_INTERVAL_MS,
  REVISION_REASON_LABELS,
  getRevision,
  listRevisions,
  recordRevision,
  type RevisionInfo,
} from './revisions';
export { restoreRevision } from './revision-restore';
export {
  diffPaths,
  summarizeChange,
  FIRST_REVISION_SUMMARY,
  NO_CHANGE_SUMMARY,
  type LabelLookup,
} from './revision-summary';
export { requestPersistence, type PersistenceReport, type StorageManagerLike } from './storage';
export {
  createAutosaver,
  type AutosaveState,
  type AutosaveStatus,
  type Autosaver,
  type AutosaverOptions,
} from './autosave';
export {
  getStoredPack,
  listStoredPacks,
  packFilesHash,
  removePack,
  storeBundledPack,
  storePack,
  type StorePackOutcome,
} from './packs';
