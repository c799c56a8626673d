import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { gaussian } from './random.ts';
import { syntheticAnswers } from './synthetic.ts';

const DAY = 86_400_000;

/** A site as the generator sees it. */
export interface StorySite {
  readonly id: string;
  readonly name: string;
  readonly serviceTypes: readonly string[];
}

/** How one site fares in the demo: its quality, its size, and a change at some moment. */
export interface SiteStory {
  /** Latent quality, about -0.6 (poor) to 0.6 (good). */
  readonly quality: number;
  /** Relative number of respondents (1 is an ordinary site; small ones show the withheld state). */
  readonly weight?: number;
  /** Quality moves to `quality` over about a month from `daysAgo` days before the end. */
  readonly change?: { readonly daysAgo: number; readonly quality: number };
  /** Answers this site's clients favour besides its service types (how the site works). */
  readonly preferred?: readonly string[];
}

/** Site stories by the start of the site's name; sites not named get a random quality. */
export type DemoStory = Readonly<Record<string, SiteStory>>;

/** One validated synthetic respondent, ready for storage. */
export interface Respondent {
  readonly siteId: string;
  readonly answers: Record<string, unknown>;
}

/** Draws per respondent before giving up on answers that do not validate. */
const TRIES = 10;

/** Quality of a story site at `daysAgo` days before the end of the period. */
export function qualityAt(story: SiteStory, daysAgo: number): number {
  if (!story.change) return story.quality;
  // a month-long ramp, not a step: things get better or worse over weeks
  const progress = Math.min(1, Math.max(0, (story.change.daysAgo - daysAgo) / 30));
  return story.quality + (story.change.quality - story.quality) * progress;
}

/**
 * A seeded source of synthetic respondents across sites: sites differ in quality and size as the
 * story says (or at random), the network improves slowly over the period, and every answer set
 * passes the same validation the API applies (its calculated values as the server computes them).
 */
export function respondentSource(
  survey: SurveyDefinition,
  sites: readonly StorySite[],
  random: () => number,
  options: { readonly story?: DemoStory; readonly spanDays: number; readonly until: Date },
) {
  if (sites.length === 0) throw new Error('the organization has no sites: add sites first');
  const stories: SiteStory[] = sites.map((site) => {
    const named = Object.entries(options.story ?? {}).find(([name]) => site.name.startsWith(name));
    return named?.[1] ?? { quality: gaussian(random) * 0.35 };
  });
  const bias = sites.map(() => random());
  const weights = stories.map((s) => s.weight ?? 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickSite = () => {
    let r = random() * totalWeight;
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r <= 0) return i;
    }
    return sites.length - 1;
  };
  return {
    /**
     * One valid respondent at position `t` (0 start .. 1 end) of the period, validated for the day
     * of `collectedAt` when given (as the API validates a submission for its day of collection).
     */
    next(t: number, collectedAt?: Date): Respondent {
      const s = pickSite();
      const site = sites[s] as StorySite;
      const story = stories[s] as SiteStory;
      const daysAgo = (1 - t) * options.spanDays;
      const today = (collectedAt ?? new Date(options.until.getTime() - daysAgo * DAY))
        .toISOString()
        .slice(0, 10);
      // the whole network gets a little better as monitoring results are acted on
      const base = qualityAt(story, daysAgo) + (t - 0.5) * 0.25;
      const preferred = [...site.serviceTypes, ...(story.preferred ?? [])];
      for (let tries = 0; tries < TRIES; tries += 1) {
        const mood = Math.max(-1, Math.min(1, base + gaussian(random) * 0.35));
        const answers = syntheticAnswers(survey, random, { mood, siteBias: bias[s] ?? 0, preferred, today });
        const check = validateAnswers(survey, answers, { today });
        if (check.success) return { siteId: site.id, answers: check.answers };
        if (tries === TRIES - 1)
          throw new Error(`synthetic answers invalid for ${survey.id}: ${JSON.stringify(check.errors)}`);
      }
      throw new Error('unreachable');
    },
  };
}
