import {
  choicesOf,
  evaluateCondition,
  type Item,
  OTHER_VALUE,
  otherKey,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema';
import { gaussian, pick } from './random.ts';

/** What shapes one synthetic respondent: how good the site is, and how things move over time. */
export interface RespondentProfile {
  /** Latent satisfaction, about -1..1: the site's quality plus the trend plus noise. */
  readonly mood: number;
  /** Per-site taste for the first options of a choice list, so sites differ. */
  readonly siteBias: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function scaleChoice(random: () => number, values: readonly string[], mood: number): string {
  const position = clamp((mood + 1) / 2 + gaussian(random) * 0.22, 0, 0.9999);
  return values[Math.floor(position * values.length)] as string;
}

function weightedChoice(random: () => number, values: readonly string[], bias: number): string {
  // a Zipf-like preference that differs from site to site
  const weights = values.map(
    (_, i) => 1 / (1 + ((i + Math.floor(bias * values.length)) % values.length)) ** 1.1,
  );
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r <= 0) return values[i] as string;
  }
  return values[values.length - 1] as string;
}

function answerFor(
  definition: SurveyDefinition,
  item: Item,
  random: () => number,
  profile: RespondentProfile,
): unknown {
  const choices = choicesOf(definition, item);
  const scored = choices.filter((c) => !c.notApplicable).map((c) => c.value);
  const na = choices.filter((c) => c.notApplicable).map((c) => c.value);
  switch (item.kind) {
    case 'likert':
      return na.length > 0 && random() < 0.06 ? pick(random, na) : scaleChoice(random, scored, profile.mood);
    case 'matrix':
      return Object.fromEntries(
        item.rows.map((row) => [
          row.id,
          na.length > 0 && random() < 0.06 ? pick(random, na) : scaleChoice(random, scored, profile.mood),
        ]),
      );
    case 'rating': {
      const min = item.min ?? 1;
      return Math.round(
        min + clamp((profile.mood + 1) / 2 + gaussian(random) * 0.2, 0, 1) * (item.max - min),
      );
    }
    case 'yes_no':
      return random() < clamp(0.55 + profile.mood * 0.35, 0.05, 0.97)
        ? 'yes'
        : item.dontKnow && random() < 0.3
          ? 'dont_know'
          : 'no';
    case 'single_choice': {
      const plain = choices.filter((c) => !c.exclusive).map((c) => c.value);
      if (item.other && random() < 0.03) return OTHER_VALUE;
      return weightedChoice(random, plain.length > 0 ? plain : choices.map((c) => c.value), profile.siteBias);
    }
    case 'multi_choice': {
      const plain = choices.filter((c) => !c.exclusive).map((c) => c.value);
      const max = Math.min(item.maxSelections ?? plain.length, plain.length);
      const chosen = plain.filter((_, i) => random() < 0.45 / (1 + i * 0.25));
      const list =
        chosen.length > 0 ? chosen.slice(0, max) : [weightedChoice(random, plain, profile.siteBias)];
      return list;
    }
    case 'number': {
      const min = item.min ?? 0;
      const max = item.max ?? min + 100;
      const value = min + clamp(0.3 + gaussian(random) * 0.2, 0, 1) * (max - min);
      return item.integer ? Math.round(value) : Math.round(value * 10) / 10;
    }
    case 'date': {
      const min = item.min ? Date.parse(item.min) : Date.parse('2024-01-01');
      const max = item.max ? Date.parse(item.max) : Date.now();
      return new Date(min + random() * Math.max(0, max - min)).toISOString().slice(0, 10);
    }
    default:
      return undefined;
  }
}

/**
 * Plausible answers for any survey: scale answers follow the respondent's mood, choices a
 * site-specific preference. Free text is left empty unless required (and then neutral), so demo
 * data never carries invented personal stories.
 */
export function syntheticAnswers(
  definition: SurveyDefinition,
  random: () => number,
  profile: RespondentProfile,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const entry of surveyItems(definition)) {
    const { item } = entry;
    if (item.kind === 'note' || !evaluateCondition(visibilityOf(entry), answers)) continue;
    const required = 'required' in item && item.required === true;
    if (!required && random() < 0.04) continue;
    if (item.kind === 'text') {
      if (required) answers[item.id] = 'n/a';
      continue;
    }
    const value = answerFor(definition, item, random, profile);
    if (value === undefined) continue;
    answers[item.id] = value;
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
      const chose = value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE));
      if (chose) answers[otherKey(item.id)] = 'other';
    }
  }
  return answers;
}
