import type { SiteServiceType } from '@kolo/schema';

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
