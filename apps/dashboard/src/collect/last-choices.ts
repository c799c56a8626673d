import { readCached, writeCached } from '../offline/cache.ts';

/** What the monitor last picked on Collect: the survey, and the site for each survey. */
export interface LastChoices {
  surveyId?: string;
  sites: Record<string, string>;
}

const KEY = 'collect-last-choices';

/** The last picked survey and sites on this device (none after a wipe). */
export async function readLastChoices(): Promise<LastChoices> {
  const saved = await readCached<LastChoices>(KEY);
  return { surveyId: saved?.surveyId, sites: { ...saved?.sites } };
}

/** Remember the site picked for a survey, and that survey as the last one used. */
export async function rememberChoice(surveyId: string, siteId: string): Promise<void> {
  const saved = await readLastChoices();
  await writeCached(KEY, { surveyId, sites: { ...saved.sites, [surveyId]: siteId } });
}
