import type { SiteServiceType } from '@kolo/schema';
import type { Answer, kolo } from '../../api/kolo.ts';

/** What the audit log records, as the API's answer types it (`AUDIT_ACTIONS` on the server). */
export type AuditAction = Answer<typeof kolo.api.audit.$get>['entries'][number]['action'];

/** A name for every audit action: a new action without one is a type error. */
type AuditActionNames = Readonly<Record<AuditAction, string>>;

/** A name for every service the API accepts: a missing one is a type error. */
type ServiceNames = Readonly<Record<SiteServiceType, string>>;

/** The administration screen's strings in English: the reference every other language follows. */
export const en = {
  services: {
    nsp: 'Needle and syringe programme (NSP)',
    ost: 'Opioid substitution therapy (OST)',
    dic: 'Drop-in centre',
    hiv_testing: 'HIV testing or self-testing',
    prep: 'PrEP (pre-exposure prophylaxis)',
    hiv_treatment: 'HIV treatment (ART)',
    hcv: 'Hepatitis C testing or treatment',
    tb: 'TB screening or treatment',
    drug_checking: 'Drug checking',
    condoms: 'Condoms and lubricant',
    legal: 'Legal help',
    social: 'Social support',
    psychological: 'Psychological support',
    medical: 'Medical care',
    peer_support: 'Peer support',
    outreach: 'Outreach',
    nightlife: 'Nightlife and party work',
    online: 'Online outreach',
  } satisfies ServiceNames,
  sites: {
    country: 'Country',
    chooseCountry: 'Choose a country',
    region: 'Eastern Europe, Central Asia and the Balkans',
    otherCountries: 'Other countries',
    services: 'Services offered',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated: not offered for new interviews; its data stays in results',
    edit: 'Edit',
    editTitle: 'Edit site: {{name}}',
    addTitle: 'Add a site',
    cancel: 'Cancel',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    saved: 'Site saved.',
  },
  users: {
    sites: 'Sites',
    allSites: 'All sites',
    noSites: 'No sites yet: the person cannot collect until one is assigned',
    editSites: 'Sites of {{name}}',
    saveSites: 'Save sites',
    resetPassword: 'Reset password',
    resetTitle: 'Reset the password of {{name}}',
    resetHint:
      'Leave empty to have a password made for you. The person chooses their own at next sign-in, and is signed out everywhere now.',
    temporaryPassword: 'Temporary password (optional)',
    confirmReset: 'Reset password',
    shownOnce:
      'Temporary password for {{name}}. Give it to the person in a safe way: it is shown only this once.',
    firstPasswordHint: 'Temporary: the person chooses their own password at first sign-in.',
    created:
      'Account created for {{name}} ({{email}}). The password you set is temporary: give it to the person in a safe way. At first sign-in they choose their own, which you will not know.',
    awaitingPassword: 'has not chosen their own password yet',
    done: 'Done',
    inactive: 'Deactivated',
  },
  audit: {
    by: 'By',
    deleted: 'deleted',
    system: 'the system',
    allActions: 'All actions',
    none: 'No entries of this kind yet.',
    /** Each audit action as the log's Action column names it. */
    actions: {
      login: 'Signed in',
      login_failed: 'Failed sign-in',
      logout: 'Signed out',
      read_rows: 'Individual responses viewed',
      export: 'Data downloaded',
      export_sensitive: 'Data downloaded with sensitive answers',
      publish: 'Survey published',
      survey_draft: 'Survey draft created',
      user_create: 'Account created',
      user_update: 'Account changed',
      membership_change: 'Role or sites changed',
      site_change: 'Site added or changed',
      share_link_create: 'Share link created',
      share_link_revoke: 'Share link revoked',
      standards_update: 'Standards changed',
      period_validate: 'Period marked as validated',
      period_unvalidate: 'Validation of a period undone',
      embargo_change: 'Setting changed: only validated figures for funders',
      report_create: 'Report created',
      password_change: 'Password changed',
      password_reset: 'Password reset',
      survey_draft_delete: 'Survey draft deleted',
      lookup_attach: 'Lookup table attached to a survey',
      lookup_remove: 'Lookup table removed from a survey',
      finding_create: 'Finding raised',
      finding_update: 'Finding changed',
      finding_note: 'Note added to a finding',
      finding_delete: 'Finding deleted',
      action_create: 'Action added',
      action_status: 'Action status changed',
      action_escalate: 'Action escalated',
      action_note: 'Note added to an action',
      action_reassign: 'Action reassigned',
      observation_create: 'Field observation reported',
      observation_dismiss: 'Field observations dismissed',
    } satisfies AuditActionNames,
  },
  drafts: {
    title: 'Unpublished drafts',
    none: 'No unpublished drafts.',
    neverPublished: 'Never published',
    overPublished: 'Changes to published version {{version}}',
    delete: 'Delete draft',
    confirmSurvey: 'Delete the survey “{{title}}”? It was never published. This cannot be undone.',
    confirmDraft:
      'Discard the unpublished changes to “{{title}}”? Published version {{version}} and all its submissions stay.',
    deleted: 'Draft deleted.',
  },
  newPassword: {
    title: 'Choose your own password',
    hint: 'An admin set a temporary password for you. Choose a new password of at least 10 characters to sign in.',
    temporary: 'Temporary password',
    password: 'New password',
    repeat: 'Repeat the new password',
    mismatch: 'The two new passwords are not the same.',
    submit: 'Save and sign in',
  },
  confirm: 'Confirm',
};

/** The shape every language's administration strings must have. */
export type AdminMessages = typeof en;
