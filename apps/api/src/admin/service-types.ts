/**
 * The services a site can offer: the codes the surveys' "which service did you use" questions use
 * (packages/surveys, SERVICE_TYPES and drug checking), so a site's services and the answers match.
 */
export const SITE_SERVICE_TYPES = [
  'nsp',
  'ost',
  'dic',
  'hiv_testing',
  'prep',
  'hiv_treatment',
  'hcv',
  'tb',
  'drug_checking',
  'condoms',
  'legal',
  'social',
  'psychological',
  'medical',
  'peer_support',
  'outreach',
  'nightlife',
  'online',
] as const;
