// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { library } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';
import { type Respondent, respondentSource } from './respondents.ts';
import { DEMO_SITES, DEMO_VOLUME } from './seed.ts';
import { DEMO_STORY } from './story.ts';

const DAY = 86_400_000;
const UNTIL = new Date('2026-12-01T12:00:00Z');
const SPAN_DAYS = 365;
const sites = DEMO_SITES.map((s) => ({ id: s.name, name: s.name, serviceTypes: s.serviceTypes }));

interface Drawn extends Respondent {
  readonly daysAgo: number;
}

/** A year of the demo's respondents to a survey, placed in time as the generator places them. */
function demoYear(survey: SurveyDefinition, count = DEMO_VOLUME[survey.id] ?? 500, seed = 1000): Drawn[] {
  const random = seededRandom(seed);
  const source = respondentSource(survey, sites, random, {
    story: DEMO_STORY,
    spanDays: SPAN_DAYS,
    until: UNTIL,
  });
  return Array.from({ length: count }, () => {
    const t = Math.sqrt(random());
    return { ...source.next(t), daysAgo: (1 - t) * SPAN_DAYS };
  });
}

const surveyOf = (id: string) => library.find((s) => s.id === id) as SurveyDefinition;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const score = (r: Drawn) => Number(r.answers.overall_satisfaction);
const scored = (rs: readonly Drawn[]) => rs.filter((r) => Number.isFinite(score(r)));
const share = (rs: readonly Drawn[], test: (r: Drawn) => boolean) => rs.filter(test).length / rs.length;
const chose = (value: string) => (r: Drawn, item: string) =>
  Array.isArray(r.answers[item]) && (r.answers[item] as string[]).includes(value);

describe('the demo respondents', () => {
  const satisfaction = demoYear(surveyOf('service-satisfaction'));
  const rights = demoYear(surveyOf('rights-barriers'));

  it('should pass the validation the API applies, for every library survey', () => {
    for (const survey of library) {
      for (const r of demoYear(survey, 400, 7)) {
        const today = new Date(UNTIL.getTime() - r.daysAgo * DAY).toISOString().slice(0, 10);
        const check = validateAnswers(survey, r.answers, { today });
        expect(check.success, `${survey.id}: ${JSON.stringify(r.answers)}`).toBe(true);
      }
    }
  });

  it('should choose "Not reported to anyone" alone and often, so its follow-up question has data', () => {
    const notReported = rights.filter((r) => chose('not_reported')(r, 'reported_to'));
    expect(notReported.length / rights.length).toBeGreaterThan(0.35);
    expect(notReported.length / rights.length).toBeLessThan(0.75);
    for (const r of notReported) expect(r.answers.reported_to).toEqual(['not_reported']);
    expect(notReported.filter((r) => Array.isArray(r.answers.not_reported_reason)).length).toBeGreaterThan(
      notReported.length * 0.8,
    );
    // the reason is asked only of those who did not report
    for (const r of rights.filter((r) => !chose('not_reported')(r, 'reported_to')))
      expect(r.answers.not_reported_reason).toBeUndefined();
    expect(rights.some((r) => chose('none')(r, 'support_received'))).toBe(true);
  });

  it('should never combine an exclusive answer with another one', () => {
    for (const survey of library.map((s) => s.id)) {
      for (const r of demoYear(surveyOf(survey), 300, 3)) {
        for (const value of Object.values(r.answers)) {
          if (!Array.isArray(value) || value.length < 2) continue;
          for (const lone of ['none', 'not_reported', 'prefer_not', 'dont_know', 'nowhere', 'not_needed'])
            expect(value, survey).not.toContain(lone);
        }
      }
    }
  });

  it('should give "don\'t know" and "prefer not to say" at low rates', () => {
    const ages = satisfaction.filter((r) => r.answers.age_band !== undefined);
    expect(share(ages, (r) => r.answers.age_band === 'prefer_not')).toBeGreaterThan(0);
    expect(share(ages, (r) => r.answers.age_band === 'prefer_not')).toBeLessThan(0.06);
    const recommend = satisfaction.map((r) => r.answers.recommend);
    const dontKnow = recommend.filter((v) => v === 'dont_know').length / recommend.length;
    expect(dontKnow).toBeGreaterThan(0);
    expect(dontKnow).toBeLessThan(0.08);
  });

  it('should have the age bands and communities of harm-reduction clients', () => {
    const ages = satisfaction.map((r) => r.answers.age_band).filter((a) => a !== undefined);
    const count = (band: string) => ages.filter((a) => a === band).length;
    expect(count('35-44')).toBeGreaterThan(count('18-24'));
    expect(count('25-34')).toBeGreaterThan(count('55_plus') * 3);
    expect(count('55_plus') / ages.length).toBeLessThan(0.1);
    const pwud = share(satisfaction, (r) => chose('pwud')(r, 'key_population'));
    const trans = share(satisfaction, (r) => chose('trans')(r, 'key_population'));
    expect(pwud).toBeGreaterThan(0.5);
    expect(trans).toBeGreaterThan(0);
    expect(trans).toBeLessThan(0.08);
  });

  it('should name the police most often in rights incidents, as community monitoring finds', () => {
    const named = (actor: string) => rights.filter((r) => chose(actor)(r, 'actor_type')).length;
    expect(named('police')).toBeGreaterThan(named('medical_staff'));
    expect(named('medical_staff')).toBeGreaterThan(named('ngo_staff'));
    const types = rights.map((r) => (r.answers.incident_type as string[]).length);
    expect(mean(types)).toBeLessThan(2);
  });

  it('should have few first-time clients, whatever the site', () => {
    const first = share(satisfaction, (r) => r.answers.first_visit === 'yes');
    expect(first).toBeGreaterThan(0.08);
    expect(first).toBeLessThan(0.3);
  });

  it('should make good sites and poor sites differ clearly', () => {
    const at = (name: string) =>
      mean(scored(satisfaction.filter((r) => r.siteId.startsWith(name))).map(score));
    expect(at('Drop-in centre "Svitlo"') - at('OST clinic No. 3')).toBeGreaterThan(1);
    expect(at('Kraków')).toBeGreaterThan(at('Bishkek OST site'));
  });

  it('should show Dnipro improving after its follow-up and Lviv getting worse after its cuts', () => {
    const trend = (name: string, before: [number, number], after: [number, number]) => {
      const site = scored(satisfaction.filter((r) => r.siteId.startsWith(name)));
      const during = ([from, to]: [number, number]) =>
        mean(site.filter((r) => r.daysAgo <= from && r.daysAgo > to).map(score));
      return during(after) - during(before);
    };
    expect(trend('Harm reduction point Dnipro', [365, 230], [150, 0])).toBeGreaterThan(0.6);
    expect(trend('Community centre Lviv', [300, 140], [90, 0])).toBeLessThan(-0.5);
  });

  it('should steer the opening question to what the site offers', () => {
    const ost = satisfaction.filter((r) => r.siteId === 'OST clinic No. 3');
    expect(share(ost, (r) => r.answers.service_type === 'ost')).toBeGreaterThan(0.3);
    const online = satisfaction.filter((r) => r.siteId === 'Online counselling');
    expect(share(online, (r) => r.answers.channel === 'online')).toBeGreaterThan(0.7);
  });

  it('should leave a small site under the threshold of 5 in some months, so the withheld state shows', () => {
    const small = satisfaction.filter((r) => r.siteId === 'Online counselling');
    const months = Array.from({ length: 12 }, (_, m) =>
      small.filter((r) => r.daysAgo >= m * 30.4 && r.daysAgo < (m + 1) * 30.4),
    );
    expect(months.some((m) => m.length < 5)).toBe(true);
    expect(small.length).toBeGreaterThan(5);
  });

  it('should draw the same respondents from the same seed', () => {
    const survey = surveyOf('community-involvement');
    expect(demoYear(survey, 50, 9)).toEqual(demoYear(survey, 50, 9));
  });

  it('should meet constraints, choice filters and calculations of any survey', () => {
    const survey = {
      id: 'logic-check',
      version: 1,
      locales: ['en'],
      title: { en: 'Logic check' },
      choiceLists: {
        countries: [
          { value: 'kg', label: { en: 'Kyrgyzstan' } },
          { value: 'ua', label: { en: 'Ukraine' } },
        ],
        cities: [
          { value: 'bishkek', label: { en: 'Bishkek' }, properties: { country: 'kg' } },
          { value: 'kyiv', label: { en: 'Kyiv' }, properties: { country: 'ua' } },
        ],
      },
      sections: [
        {
          id: 'main',
          title: { en: 'Main' },
          items: [
            {
              id: 'birth_year',
              kind: 'number',
              integer: true,
              required: true,
              label: { en: 'Year of birth' },
              constraint: '. >= 1940 and . <= 2008',
            },
            {
              id: 'age',
              kind: 'calculate',
              label: { en: 'Age' },
              calculation: "format-date(today(), '%Y') - ${birth_year}",
              valueType: 'number',
            },
            {
              id: 'adult_service',
              kind: 'yes_no',
              required: true,
              label: { en: 'Adult service?' },
              showIf: { question: 'age', op: 'gte', value: 18 },
            },
            {
              id: 'country',
              kind: 'single_choice',
              required: true,
              label: { en: 'Country' },
              choices: 'countries',
            },
            {
              id: 'city',
              kind: 'single_choice',
              required: true,
              label: { en: 'City' },
              choices: 'cities',
              choiceFilter: 'country = ${country}',
            },
            {
              id: 'first',
              kind: 'date',
              required: true,
              label: { en: 'First visit' },
              min: '2020-01-01',
            },
            {
              id: 'last',
              kind: 'date',
              label: { en: 'Last visit' },
              min: '2020-01-01',
              constraint: '. >= ${first}',
            },
          ],
        },
      ],
    } as unknown as SurveyDefinition;
    const drawn = demoYear(survey, 200, 5);
    for (const r of drawn) {
      const today = new Date(UNTIL.getTime() - r.daysAgo * DAY).toISOString().slice(0, 10);
      expect(validateAnswers(survey, r.answers, { today }).success).toBe(true);
      expect(r.answers.age).toBe(Number(today.slice(0, 4)) - Number(r.answers.birth_year));
      expect(r.answers.city).toBe(r.answers.country === 'kg' ? 'bishkek' : 'kyiv');
    }
    expect(drawn.some((r) => r.answers.adult_service !== undefined)).toBe(true);
  });
});
