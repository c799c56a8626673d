import type { AdminMessages } from './messages/en.ts';

/** A service a site offers, as the surveys code it. */
export type ServiceType = keyof AdminMessages['services'];

/** The services a site can offer, in the order the picker shows them (the API's fixed list). */
export const SERVICE_TYPES = [
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
] as const satisfies readonly ServiceType[];

/** Whether a code is one of the fixed services (older sites may carry others, shown as they are). */
export function isServiceType(code: string): code is ServiceType {
  return (SERVICE_TYPES as readonly string[]).includes(code);
}
