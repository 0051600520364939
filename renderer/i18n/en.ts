import type { Messages } from './zh-cn';

/** English, for users who switch the interface language in 设置. */
export const en: Messages = {
  app: {
    title: 'GrantDesk subsidy applications',
    tagline: 'Draft offline · Check against policy · Print forms',
    nav: 'Main navigation',
  },
  common: { yuan: 'yuan' },
  nav: {
    drafts: 'Drafts',
    new: 'New application',
    eligibility: 'Eligibility',
    policies: 'Policy library',
    acroform: 'Official forms',
    backup: 'Backup & restore',
    settings: 'Settings',
  },
  drafts: {
    description: 'Drafts, forms ready to print and submitted applications, saved on this computer.',
    empty: 'No drafts yet',
    create: 'New application',
  },
  newApp: {
    description: 'Choose the policy document first, then the program and the applicant.',
    stepPolicy: 'Policy',
    stepProgram: 'Program',
    stepApplicant: 'Applicant',
    empty: 'No policy documents in the library yet',
  },
  eligibility: {
    description:
      'From an applicant profile: every program under every policy, with its estimated amount or why it does not apply.',
  },
  policies: {
    description: 'Local vocational-education subsidy policies: sources, clauses and programs.',
    empty: 'No policy documents',
  },
  backup: {
    description: 'Export all or chosen drafts with their attachments to one file and restore them anywhere.',
    empty: 'No drafts to back up yet',
    export: 'Export backup',
    restore: 'Restore from backup',
  },
  settings: {
    description: 'Environment, interface language and storage.',
    environment: 'Environment',
    storage: 'Storage',
    language: 'Language',
    reading: 'Reading…',
    readFailed: 'Could not read: {{error}}',
    exportDiagnostics: 'Export diagnostics',
    exported: 'Diagnostics exported',
    persistent: 'Persistent (the browser keeps the data even when the disk is full)',
    notPersistent: 'Not persistent: the browser may clear the data when the disk is full; back up regularly',
    usage: '; {{used}} used of {{quota}}',
    diagnosticsFile: 'grantdesk-diagnostics.json',
    typeface: 'Form typeface',
    typefaceSans: 'Modern (sans serif)',
    typefaceSerif: 'Official (serif body, sans serif headings)',
    typefaceHelp:
      'Printed, previewed and saved application forms use this typeface; the fonts come with the app and are embedded in the PDF.',
  },
};
