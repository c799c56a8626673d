/** Which way is good for an indicator: a higher value or a lower one. */
export type StandardDirection = 'higher' | 'lower';

/**
 * The standard an indicator is held to: green from `green` on, amber from `amber` on, red beyond
 * (for `lower`: green up to `green`, amber up to `amber`, red above). Values are on the indicator's
 * own scale (0..100 for scale means and shares).
 */
export interface StandardDefault {
  readonly direction: StandardDirection;
  readonly green: number;
  readonly amber: number;
  readonly target: number;
  /** Where the standard comes from, shown next to it; staff replace it with their own source. */
  readonly source: string;
}

const higher = (green: number, amber: number, source: string): StandardDefault => ({
  direction: 'higher',
  green,
  amber,
  target: green,
  source,
});
const lower = (green: number, amber: number, source: string): StandardDefault => ({
  direction: 'lower',
  green,
  amber,
  target: green,
  source,
});

const AAAQ =
  'kolo default: AAAQ (availability, accessibility, acceptability, quality; UN CESCR General Comment 14) scored 0-100; CLM scorecard practice: 75 or more meets the standard, 50 to 75 needs attention, under 50 is below';
const RECOMMEND =
  'kolo default: client-satisfaction practice, at least 80% would recommend the service; 60-80% needs attention';
const LADDER =
  'kolo default: participation ladder (Arnstein; UNAIDS GIPA principle), where 60 is partnership and 40 consultation';
const PARTNERSHIP =
  'kolo default: UNAIDS GIPA principle and Global AIDS Strategy 2021-2026 (communities lead): at least half of respondents at partnership or above';
const PAID =
  'kolo default: Global AIDS Strategy 2021-2026 (community-led responses resourced): community work paid for at least 75% of respondents';
const IGNORED =
  'kolo default: views asked for are taken into account; more than 10% ignored needs attention, over 25% is below';
const HARM_REDUCTION =
  'kolo default: WHO, UNODC, UNAIDS Technical Guide (2012) aims at full coverage of needles, syringes, naloxone and OST; at most 5% without a source meets the standard, over 15% is below';
const DISRUPTION =
  'kolo default: a change since services changed; at most 10% reporting it meets the standard, over 25% is below';
const TESTING =
  'kolo default: UNAIDS 95-95-95 testing target: at most 10% without reachable HIV or hepatitis testing';
const REPORTED =
  'kolo default: CLM practice for rights violations (e.g. REAct): at least half of incidents reported to someone';
const SUPPORT =
  'kolo default: CLM practice for rights violations (e.g. REAct): at least 75% of people receive some support after an incident';
const LEGAL =
  'kolo default: CLM practice for rights violations (e.g. REAct): at least half of those who need it receive legal help';
const DUTY_BEARERS =
  'kolo default: incidents involving a duty-bearer (police, medical staff); 10% or less meets, over 25% is below';

/**
 * The standards the library surveys ship with, by survey id and indicator id, used until staff set
 * their own. Count indicators (incidents, respondents) have none: a count grows with how many
 * people were asked, so a threshold would hold a site that reaches more people against it.
 */
export const libraryStandards: Readonly<Record<string, Readonly<Record<string, StandardDefault>>>> = {
  'service-satisfaction': {
    availability: higher(75, 50, AAAQ),
    accessibility: higher(75, 50, AAAQ),
    acceptability: higher(75, 50, AAAQ),
    quality: higher(75, 50, AAAQ),
    satisfaction: higher(75, 50, AAAQ),
    would_recommend: higher(80, 60, RECOMMEND),
  },
  'community-involvement': {
    involvement_overall: higher(60, 40, LADDER),
    involvement_needs_assessment: higher(60, 40, LADDER),
    involvement_design: higher(60, 40, LADDER),
    involvement_implementation: higher(60, 40, LADDER),
    involvement_monitoring_evaluation: higher(60, 40, LADDER),
    involvement_governance: higher(60, 40, LADDER),
    involvement_budgeting: higher(60, 40, LADDER),
    partnership_needs_assessment: higher(50, 25, PARTNERSHIP),
    partnership_design: higher(50, 25, PARTNERSHIP),
    partnership_implementation: higher(50, 25, PARTNERSHIP),
    partnership_monitoring_evaluation: higher(50, 25, PARTNERSHIP),
    partnership_governance: higher(50, 25, PARTNERSHIP),
    partnership_budgeting: higher(50, 25, PARTNERSHIP),
    community_paid: higher(75, 50, PAID),
    views_ignored: lower(10, 25, IGNORED),
  },
  'service-access': {
    no_sterile_source: lower(5, 15, HARM_REDUCTION),
    street_syringes: lower(5, 15, HARM_REDUCTION),
    no_naloxone_source: lower(5, 15, HARM_REDUCTION),
    ost_interrupted: lower(5, 15, HARM_REDUCTION),
    no_testing_source: lower(10, 25, TESTING),
    shares_more: lower(10, 25, DISRUPTION),
    reuses_more: lower(10, 25, DISRUPTION),
    injects_alone_more: lower(10, 25, DISRUPTION),
    tests_less: lower(10, 25, DISRUPTION),
    overdose_since: lower(10, 25, DISRUPTION),
    pays_now: lower(10, 25, DISRUPTION),
  },
  'rights-barriers': {
    reported: higher(50, 25, REPORTED),
    any_support: higher(75, 50, SUPPORT),
    legal_support: higher(50, 25, LEGAL),
    needs_legal_follow_up: lower(10, 25, LEGAL),
    police_involved: lower(10, 25, DUTY_BEARERS),
    medical_staff_involved: lower(10, 25, DUTY_BEARERS),
  },
};

/**
 * The library's standard for an indicator, or undefined when it ships none.
 * @example libraryStandard('service-satisfaction', 'satisfaction')?.green // 75
 */
export function libraryStandard(surveyId: string, indicatorId: string): StandardDefault | undefined {
  return libraryStandards[surveyId]?.[indicatorId];
}
