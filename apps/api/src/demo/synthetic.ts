import {
  type AnswerRecord,
  type Choice,
  calculateItem,
  evaluateCondition,
  type Item,
  meetsConstraint,
  OTHER_VALUE,
  offeredChoices,
  otherKey,
  parseExpression,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema';
import { gaussian } from './random.ts';

/** What shapes one synthetic respondent: how good the site is, and how things move over time. */
export interface RespondentProfile {
  /** Latent satisfaction, about -1..1: the site's quality plus the trend plus noise. */
  readonly mood: number;
  /** Per-site taste for the first options of a choice list, so sites differ. */
  readonly siteBias: number;
  /**
   * Choice values this respondent's site is about (its service types, its way of working): a
   * required single choice (the opening questions: which service, which channel) offering some of
   * them picks one of them most of the time (the first, the site's main service, most often), so the clients of an OST clinic mostly say they came
   * for OST. Optional questions ("what is missing?") are not steered.
   */
  readonly preferred?: readonly string[];
  /** The day of collection, for constraints and calculations that use `today()`. */
  readonly today?: string;
}

/** Answers meaning "I don't know" or "I'd rather not say": chosen rarely, as in real interviews. */
const EVASIVE = new Set(['dont_know', 'prefer_not', 'na']);
/** How often an evasive answer is given when offered. */
const EVASIVE_RATE = 0.03;

/**
 * How often respondents pick a "none of these" answer, by question and value: most incidents are
 * never reported (fear of the police and of being outed), many people get no support, and most
 * people asked about overdoses have not had one recently. Values not listed get {@link NONE_RATE}.
 */
const EXCLUSIVE_RATES: Readonly<Record<string, number>> = {
  'reported_to.not_reported': 0.55,
  'support_received.none': 0.32,
  'follow_up.none': 0.14,
  'overdose.none': 0.62,
  'key_population.none': 0.07,
  'barriers.none': 0.12,
  'syringe_source.nowhere': 0.09,
  'syringe_source.not_needed': 0.05,
  'naloxone_source.nowhere': 0.2,
  'naloxone_source.not_needed': 0.06,
  'testing_source.nowhere': 0.12,
};
const NONE_RATE = 0.1;

/**
 * How often each answer is the main one, where community-led monitoring in the region knows it:
 * police are the actors most often named in rights incidents, then medical staff; refusals and
 * humiliation by staff are the commonest incidents after police harassment. Lists not named here
 * get a site-specific Zipf-like preference.
 */
const MAIN_WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  incident_type: {
    police_harassment: 0.24,
    discrimination: 0.16,
    refusal: 0.15,
    confiscation: 0.1,
    confidentiality: 0.1,
    extortion: 0.07,
    violence: 0.07,
    drug_registry: 0.06,
    sexual_violence: 0.03,
    no_consent: 0.02,
    other_incident: 0.02,
  },
  actor_type: {
    police: 0.36,
    medical_staff: 0.2,
    family: 0.08,
    pharmacist: 0.06,
    official: 0.06,
    ngo_staff: 0.05,
    stranger: 0.05,
    security: 0.04,
    other_client: 0.04,
    sex_work_client: 0.04,
    other_actor: 0.02,
  },
  reported_to: { community_org: 0.5, service_management: 0.27, police: 0.13, ombudsman: 0.1 },
};

/**
 * Realistic shares of the library's "about you" answers among the clients of harm-reduction and
 * HIV services in Eastern Europe and Central Asia: mostly men in their 30s and 40s who use drugs,
 * with sex workers, gay men and trans people in smaller numbers (multi-choice values are chances
 * of being ticked, so people in several communities appear).
 */
const VALUE_WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  age_band: { '18-24': 0.11, '25-34': 0.3, '35-44': 0.33, '45-54': 0.18, '55_plus': 0.06 },
  gender: { man: 0.62, woman: 0.33, non_binary: 0.015, trans_woman: 0.03, trans_man: 0.005 },
  key_population: { pwud: 0.66, sex_workers: 0.17, msm: 0.12, trans: 0.04, plhiv: 0.31 },
};

/**
 * Yes/no questions that are facts about the person, not a verdict on the service, with their
 * usual share of "yes": few clients are new, about a third were referred on, most agree to their
 * case being used without details. Other yes/no questions follow the respondent's mood.
 */
const YES_RATES: Readonly<Record<string, number>> = {
  first_visit: 0.17,
  referred: 0.36,
  extra_cost: 0.28,
  advocacy_consent: 0.72,
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function weighted(random: () => number, values: readonly string[], weights: readonly number[]): string {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r <= 0) return values[i] as string;
  }
  return values[values.length - 1] as string;
}

function scaleChoice(random: () => number, values: readonly string[], mood: number): string {
  const position = clamp((mood + 1) / 2 + gaussian(random) * 0.22, 0, 0.9999);
  return values[Math.floor(position * values.length)] as string;
}

/** The known shares of a list's answers, or a Zipf-like preference that differs from site to site. */
function weightsFor(item: Item, values: readonly string[], bias: number): number[] {
  const known = VALUE_WEIGHTS[item.id] ?? MAIN_WEIGHTS[item.id];
  if (known && values.some((v) => v in known)) return values.map((v) => known[v] ?? 0.01);
  const shift = Math.floor(bias * values.length);
  return values.map((_, i) => 1 / (1 + ((i + shift) % values.length)) ** 1.1);
}

function singleChoice(
  item: Item,
  choices: readonly Choice[],
  random: () => number,
  profile: RespondentProfile,
): string | undefined {
  const evasive = choices.filter((c) => EVASIVE.has(c.value)).map((c) => c.value);
  if (evasive.length > 0 && random() < EVASIVE_RATE) return evasive[Math.floor(random() * evasive.length)];
  const plain = choices.filter((c) => !c.exclusive && !EVASIVE.has(c.value)).map((c) => c.value);
  if (plain.length === 0) return choices[0]?.value;
  const steered = 'required' in item && item.required === true;
  const preferred = steered ? plain.filter((v) => profile.preferred?.includes(v)) : [];
  // the site's main service (listed first) for half of its clients, its other services for most others
  if (preferred.length > 0 && random() < 0.85)
    return random() < 0.5 ? preferred[0] : preferred[Math.floor(random() * preferred.length)];
  return weighted(random, plain, weightsFor(item, plain, profile.siteBias));
}

function multiChoice(
  item: Extract<Item, { kind: 'multi_choice' }>,
  choices: readonly Choice[],
  random: () => number,
  profile: RespondentProfile,
): string[] {
  // a "none of these" answer first, at its own rate: more often where things go badly
  for (const choice of choices.filter((c) => c.exclusive)) {
    const rate = EVASIVE.has(choice.value)
      ? EVASIVE_RATE
      : (EXCLUSIVE_RATES[`${item.id}.${choice.value}`] ?? NONE_RATE) * (1 - profile.mood * 0.3);
    if (random() < rate) return [choice.value];
  }
  const plain = choices.filter((c) => !c.exclusive).map((c) => c.value);
  if (plain.length === 0) return [choices[0]?.value ?? ''];
  const max = Math.min(item.maxSelections ?? plain.length, plain.length);
  const known = VALUE_WEIGHTS[item.id];
  if (known && plain.some((v) => v in known)) {
    // independent chances (a person can be in several communities), never an empty answer
    const ticked = plain.filter((v) => random() < (known[v] ?? 0.02)).slice(0, max);
    return ticked.length > 0 ? ticked : [weighted(random, plain, weightsFor(item, plain, profile.siteBias))];
  }
  // one main answer, then a few more with falling chances: most people tick one or two
  const chosen: string[] = [];
  let left = [...plain];
  while (left.length > 0 && chosen.length < max && (chosen.length === 0 || random() < 0.35)) {
    const value = weighted(random, left, weightsFor(item, left, profile.siteBias));
    chosen.push(value);
    left = left.filter((v) => v !== value);
  }
  return plain.filter((v) => chosen.includes(v));
}

function answerFor(
  definition: SurveyDefinition,
  item: Item,
  answers: AnswerRecord,
  random: () => number,
  profile: RespondentProfile,
): unknown {
  const choices = offeredChoices(definition, item, answers, profile.today);
  const scored = choices.filter((c) => !c.notApplicable).map((c) => c.value);
  const na = choices.filter((c) => c.notApplicable).map((c) => c.value);
  const scale = () =>
    na.length > 0 && random() < 0.04
      ? (na[Math.floor(random() * na.length)] as string)
      : scaleChoice(random, scored, profile.mood);
  switch (item.kind) {
    case 'likert':
      return scale();
    case 'matrix':
      return Object.fromEntries(item.rows.map((row) => [row.id, scale()]));
    case 'rating': {
      const min = item.min ?? 1;
      return Math.round(
        min + clamp((profile.mood + 1) / 2 + gaussian(random) * 0.2, 0, 1) * (item.max - min),
      );
    }
    case 'yes_no':
      if (item.dontKnow && random() < 0.05) return 'dont_know';
      return random() < (YES_RATES[item.id] ?? clamp(0.6 + profile.mood * 0.4, 0.05, 0.97)) ? 'yes' : 'no';
    case 'single_choice':
      if (item.other && random() < 0.03) return OTHER_VALUE;
      return singleChoice(item, choices, random, profile);
    case 'multi_choice':
      if (item.other && random() < 0.03) return [OTHER_VALUE];
      return multiChoice(item, choices, random, profile);
    case 'number': {
      // without min and max, the numbers the constraint compares the answer with ('. >= 1920')
      const bounds = (item.constraint?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const min = item.min ?? (bounds.length >= 2 ? Math.min(...bounds) : 0);
      const max = item.max ?? (bounds.length >= 2 ? Math.max(...bounds) : min + 100);
      const value = min + clamp(0.3 + gaussian(random) * 0.2, 0, 1) * (max - min);
      return item.integer ? Math.round(value) : Math.round(value * 10) / 10;
    }
    case 'date': {
      const min = item.min ? Date.parse(item.min) : Date.parse('2024-01-01');
      const latest = profile.today ? Date.parse(profile.today) : Date.now();
      const max = item.max ? Math.min(Date.parse(item.max), latest) : latest;
      return new Date(min + random() * Math.max(0, max - min)).toISOString().slice(0, 10);
    }
    default:
      return undefined;
  }
}

/** Tries for an answer that meets the item's constraint before leaving the item out. */
const CONSTRAINT_TRIES = 25;

/**
 * Plausible answers for any survey, following its logic as the form does: only relevant items are
 * answered, choice filters and constraints are respected, calculations are computed on the way,
 * "none of these" answers are chosen alone at realistic rates, and "don't know" is rare. Scale
 * answers follow the respondent's mood, choices a site-specific preference or known shares. Free
 * text is left empty unless required (and then neutral), so demo data never carries invented
 * personal stories.
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
    if (item.kind === 'calculate') {
      const value = calculateItem(item, answers, { today: profile.today });
      if (value !== undefined) answers[item.id] = value;
      continue;
    }
    const required = 'required' in item && item.required === true;
    if (!required && random() < 0.04) continue;
    if (item.kind === 'text') {
      if (required) answers[item.id] = 'n/a';
      continue;
    }
    const parsed = 'constraint' in item && item.constraint ? parseExpression(item.constraint) : undefined;
    const constraint = parsed?.success ? parsed.expression : undefined;
    let value: unknown;
    for (let tries = 0; tries < CONSTRAINT_TRIES; tries += 1) {
      const candidate = answerFor(definition, item, answers, random, profile);
      if (!constraint || meetsConstraint(constraint, candidate, answers, profile.today)) {
        value = candidate;
        break;
      }
    }
    if (value === undefined) continue;
    answers[item.id] = value;
    const chose = value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE));
    if (chose) answers[otherKey(item.id)] = 'other';
  }
  return answers;
}
