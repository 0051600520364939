import { lazy } from 'react';

// Pages other than the drafts list load when first opened: the list (what the app opens on) does not
// wait for the PDF engine, the spreadsheet reader or the policy texts to be parsed.
export const EditorPage = lazy(() =>
  import('../features/editor/editor-page').then((m) => ({ default: m.EditorPage })),
);
export const NewApplicationPage = lazy(() =>
  import('../features/new-application/new-application-page').then((m) => ({
    default: m.NewApplicationPage,
  })),
);
export const EligibilityPage = lazy(() =>
  import('../features/eligibility/eligibility-page').then((m) => ({ default: m.EligibilityPage })),
);
export const PoliciesPage = lazy(() =>
  import('../features/policies/policies-page').then((m) => ({ default: m.PoliciesPage })),
);
export const OfficialFormPage = lazy(() =>
  import('../features/official-form/official-form-page').then((m) => ({ default: m.OfficialFormPage })),
);
export const BackupPage = lazy(() =>
  import('../features/backup/backup-page').then((m) => ({ default: m.BackupPage })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
