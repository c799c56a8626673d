import { SITE_SERVICE_TYPES, type SiteServiceType } from '@kolo/schema';

/** A service a site offers, as the surveys code it. */
export type ServiceType = SiteServiceType;

/** The services a site can offer, in the order the picker shows them (the API's fixed list). */
export const SERVICE_TYPES = SITE_SERVICE_TYPES;

/** Whether a code is one of the fixed services (older sites may carry others, shown as they are). */
export function isServiceType(code: string): code is ServiceType {
  return (SERVICE_TYPES as readonly string[]).includes(code);
}
