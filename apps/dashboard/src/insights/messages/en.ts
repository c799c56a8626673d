/** Insights' and the share page's own strings in English, the reference the other languages follow; merged under `insights.*`. */
export const en = {
  filtersRefused:
    'The results could not be shown for these filters. Change or reset the filters and try again.',
  resetFilters: 'Reset filters',
  fewRespondents:
    'Too few respondents match these filters (fewer than {{k}}), so their answers are hidden to protect them. Choose a longer period or remove a filter.',
  compareN: 'n = {{n}}',
  serviceUsed: 'Service used',
  sitesOffering: 'Locations offering the service',
  sitesOfferingNote:
    'This survey does not ask which service the person used, so this filter keeps the answers given at locations that offer the service.',
  compareRespondents: 'Respondents',
  shareThisView: 'Share this view',
  shareLink: {
    title: 'Share links',
    intro:
      'A share link shows this survey’s results to anyone who has it, without signing in: only the filters chosen here, rounded counts, and small groups hidden.',
    survey: 'Survey',
    label: 'Label (for you; shown on the shared page)',
    filters: 'Filters kept with the link',
    noFilters: 'None: all responses',
    expires: 'Stops working after (optional)',
    showScorecard: 'Also show the scorecard',
    showAccountability: 'Also show the findings and actions',
    create: 'Create link',
    created: 'Link created. Copy it now: it is shown only once.',
    copy: 'Copy',
    copied: 'Copied',
    revoke: 'Revoke',
    revokeConfirm: 'Revoke this link? Anyone who has it loses access at once.',
    revoked: 'Revoked',
    expired: 'Expired',
    active: 'Active',
    expiresOn: 'Until {{date}}',
    none: 'No share links yet.',
    failed: 'The link could not be created: {{message}}',
  },
  sharePage: {
    sharedBy: 'Shared by {{organization}}',
    gone: 'This link no longer works: it was revoked or has expired. Ask the organization that shared it for a new one.',
    showing: 'Showing',
    scorecard: 'Scorecard',
    accountability: 'Findings and actions',
  },
  /** The summary of a survey's repeated sections near the top of results. */
  repeats: {
    title: 'Repeated sections',
    line: '{{section}}: {{entries}} {{people}}',
    entries_one: '{{n}} entry',
    entries_other: '{{n}} entries',
    fromPeople_one: 'from {{n}} person',
    fromPeople_other: 'from {{n}} people',
    peopleHidden: '{{section}}: {{entries}}; the number of people is hidden to protect them',
    hidden: '{{section}}: hidden to protect people (fewer than {{k}})',
    none: '{{section}}: no entries',
  },
};

/** The shape every language's strings must have. */
export type InsightsMessages = typeof en & {
  /** The plural forms uk, ru, pl, ro and sr add (i18next picks them by the CLDR rules of the language). */
  repeats: {
    entries_few?: string;
    entries_many?: string;
    fromPeople_few?: string;
    fromPeople_many?: string;
  };
};
