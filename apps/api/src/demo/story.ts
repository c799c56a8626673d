import type { DemoStory } from './respondents.ts';

/**
 * What the demo network's figures tell, site by site, in line with its accountability cycle
 * (./accountability.ts): the Kyiv drop-in centre and the Kraków centre do well; the Odesa OST
 * clinic stays poor (its follow-up finds nothing changed) and so does the Bishkek OST site; the
 * Dnipro point was poor until its stock-out was resolved about 200 days ago and then improves; the
 * Lviv centre gets worse after its opening hours were cut four months ago. Two small sites have so
 * few respondents that a month or a filter there shows the withheld state.
 */
export const DEMO_STORY: DemoStory = {
  'Drop-in centre "Svitlo"': { quality: 0.55, weight: 1.6, preferred: ['office'] },
  'Street outreach Podil': { quality: 0.1, preferred: ['street', 'mobile'] },
  'OST clinic No. 3': { quality: -0.45, weight: 1.2, preferred: ['office'] },
  'Harm reduction point Dnipro': {
    quality: -0.5,
    weight: 1.1,
    change: { daysAgo: 215, quality: 0.3 },
    preferred: ['office'],
  },
  'Community centre Lviv': {
    quality: 0.3,
    change: { daysAgo: 130, quality: -0.35 },
    preferred: ['office'],
  },
  'Bishkek drop-in': { quality: 0, preferred: ['office'] },
  'Osh outreach route': { quality: -0.15, weight: 0.7, preferred: ['street', 'mobile'] },
  'Bishkek OST site': { quality: -0.3, weight: 0.9, preferred: ['office'] },
  'Warsaw party outreach': { quality: 0.35, weight: 0.8, preferred: ['party'] },
  'Kraków low-threshold centre': { quality: 0.5, weight: 1.1, preferred: ['office'] },
  'Chișinău NSP': { quality: 0.15, weight: 0.9, preferred: ['office', 'mobile'] },
  'Bălți community clinic': { quality: 0, weight: 0.25, preferred: ['office'] },
  'Almaty trust point': { quality: 0.05, weight: 0.8, preferred: ['office'] },
  'Online counselling': { quality: 0.25, weight: 0.12, preferred: ['online'] },
};
