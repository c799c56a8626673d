import {
  actionEvents,
  actions,
  aggregateSurvey,
  buildResults,
  type Db,
  DEFAULT_MIN_CELL,
  findings,
  memberships,
  observations,
  sites,
} from '@kolo/db';
import type {
  ActionStatus,
  DutyBearerType,
  EscalationLevel,
  EvidenceSnapshot,
  FindingCategory,
  FindingVisibility,
} from '@kolo/schema';
import { eq } from 'drizzle-orm';
import { followUpWindow } from '../accountability/follow-up.ts';
import { observationHash } from '../accountability/store.ts';
import { latestSurvey } from '../survey-store.ts';

/*
 * The demo network's accountability cycle: findings as a network writes them (in English,
 * Ukrainian and Russian), tied to the satisfaction survey's indicators, with actions in every
 * status and their history, some overdue, some resolved with a follow-up showing the improvement,
 * and field observations waiting for triage. Days are relative to the day the demo is loaded.
 */

const DAY = 86_400_000;
const SURVEY = 'service-satisfaction';

interface DemoStep {
  /** Days after the action was created. */
  readonly after: number;
  readonly kind: 'status' | 'escalated' | 'note' | 'commitment';
  readonly to?: ActionStatus;
  readonly note: string;
  readonly escalateTo?: {
    readonly level: EscalationLevel;
    readonly institution: string;
    readonly role?: string;
    readonly type: DutyBearerType;
    readonly dueIn: number;
  };
}

interface DemoAction {
  readonly institution: string;
  readonly role?: string;
  readonly type: DutyBearerType;
  readonly level: EscalationLevel;
  readonly ask: string;
  readonly commitment?: string;
  /** Days after the finding was raised. */
  readonly createdAfter: number;
  /** Days after the action was created. */
  readonly dueIn: number;
  readonly steps: readonly DemoStep[];
  /**
   * What the follow-up should show: the evidence's figure is set clearly below (improved) or level
   * with (unchanged) what the round after the due date shows in the synthetic data.
   */
  readonly followUp?: 'improved' | 'unchanged';
}

interface DemoFinding {
  readonly title: string;
  readonly category: FindingCategory;
  /** A demo site by name, or a wider scope. */
  readonly site?: string;
  readonly region?: { readonly country: string; readonly city: string };
  readonly country?: string;
  readonly description: string;
  readonly visibility: FindingVisibility;
  /** Days before today it was raised. */
  readonly raisedDaysAgo: number;
  readonly indicator?: string;
  readonly actions: readonly DemoAction[];
}

const FINDINGS: readonly DemoFinding[] = [
  {
    title: 'No needles and syringes at the Dnipro point for two weeks',
    category: 'stock_out',
    site: 'Harm reduction point Dnipro',
    description:
      'Peer monitors found no 1 ml syringes on four visits in a row; clients were told to come back next month. Availability scores at this site fell sharply this quarter.',
    visibility: 'published',
    raisedDaysAgo: 240,
    indicator: 'availability',
    actions: [
      {
        institution: 'Harm reduction point Dnipro',
        role: 'Site coordinator',
        type: 'service_provider',
        level: 'site',
        ask: 'Restore the supply of syringes and needles and tell clients when it is back',
        commitment: 'Emergency order placed with the regional warehouse; delivery within 10 days',
        createdAfter: 2,
        dueIn: 45,
        followUp: 'improved',
        steps: [
          {
            after: 3,
            kind: 'status',
            to: 'raised',
            note: 'Letter handed to the coordinator at the site meeting',
          },
          { after: 9, kind: 'status', to: 'committed', note: 'Coordinator confirmed the order in writing' },
          {
            after: 20,
            kind: 'status',
            to: 'in_progress',
            note: 'First delivery arrived, 1 ml syringes still short',
          },
          { after: 41, kind: 'status', to: 'resolved', note: 'Monitors found full stock on three visits' },
        ],
      },
    ],
  },
  {
    title: 'Замісна терапія в Одесі: від клієнтів вимагають довідку про реєстрацію місця проживання',
    category: 'documents',
    site: 'OST clinic No. 3',
    description:
      'Внутрішньо переміщені особи не можуть почати ЗПТ без довідки про реєстрацію; троє клієнтів перервали лікування.',
    visibility: 'shared_with_funders',
    raisedDaysAgo: 150,
    indicator: 'accessibility',
    actions: [
      {
        institution: 'Odesa City Health Department',
        role: 'Head of the addiction treatment unit',
        type: 'local_health_authority',
        level: 'region',
        ask: 'Drop the registration requirement for internally displaced people, as the national OST order allows',
        followUp: 'unchanged',
        commitment: 'Department will send a clarifying letter to all OST sites in the city',
        createdAfter: 5,
        dueIn: 60,
        steps: [
          {
            after: 6,
            kind: 'status',
            to: 'raised',
            note: 'Met the head of unit with two community representatives',
          },
          { after: 30, kind: 'status', to: 'committed', note: 'Verbal commitment at the city working group' },
          { after: 70, kind: 'note', note: 'No letter yet; clinic still asks for the document' },
        ],
      },
    ],
  },
  {
    title: 'В Бишкеке полиция задерживает клиентов у пункта обмена шприцев',
    category: 'police',
    site: 'Bishkek drop-in',
    description: 'Клиенты сообщают о задержаниях и досмотрах в радиусе 100 м от пункта; посещаемость упала.',
    visibility: 'internal',
    raisedDaysAgo: 200,
    indicator: 'accessibility',
    actions: [
      {
        institution: 'Bishkek city police department',
        role: 'Deputy head',
        type: 'police_justice',
        level: 'region',
        ask: 'Stop stops and searches near the harm reduction point; brief patrol officers on the national harm reduction policy',
        createdAfter: 3,
        dueIn: 30,
        steps: [
          { after: 4, kind: 'status', to: 'raised', note: 'Joint letter with the AIDS centre delivered' },
          { after: 34, kind: 'status', to: 'not_resolved', note: 'No answer; detentions continue' },
          {
            after: 36,
            kind: 'escalated',
            note: 'Taken to the national level after a month without an answer',
            escalateTo: {
              level: 'national',
              institution: 'Ministry of Internal Affairs',
              role: 'Department of public order',
              type: 'police_justice',
              dueIn: 120,
            },
          },
          { after: 37, kind: 'status', to: 'raised', note: 'Raised at the national CCM meeting' },
          {
            after: 60,
            kind: 'status',
            to: 'committed',
            note: 'Ministry agreed to a training for patrol officers',
          },
          { after: 90, kind: 'status', to: 'in_progress', note: 'First training held for 40 officers' },
        ],
      },
    ],
  },
  {
    title: 'Opening hours of the Lviv community centre cut to two days a week',
    category: 'opening_hours',
    site: 'Community centre Lviv',
    description: 'Since the funding gap the centre opens only on Tuesdays and Thursdays, 10:00-14:00.',
    visibility: 'shared_with_funders',
    raisedDaysAgo: 120,
    indicator: 'availability',
    actions: [
      {
        institution: 'Lviv Regional Centre for Public Health',
        type: 'local_health_authority',
        level: 'region',
        ask: 'Cover the funding gap until the new grant starts so the centre can open five days a week',
        followUp: 'unchanged',
        createdAfter: 1,
        dueIn: 40,
        steps: [
          { after: 2, kind: 'status', to: 'raised', note: 'Request sent with the monitoring results' },
          {
            after: 25,
            kind: 'note',
            note: 'Follow-up call: the request is with the regional budget committee',
          },
          {
            after: 38,
            kind: 'status',
            to: 'not_resolved',
            note: 'The regional budget committee refused; we will take it to the national programme',
          },
        ],
      },
    ],
  },
  {
    title: 'Вимагають плату за тест на ВІЛ у Києві',
    category: 'cost',
    region: { country: 'UA', city: 'Kyiv' },
    description: 'У двох лабораторіях міста з клієнтів брали 150 грн за тест, який має бути безкоштовним.',
    visibility: 'published',
    raisedDaysAgo: 280,
    indicator: 'would_recommend',
    actions: [
      {
        institution: 'Kyiv City Centre for Public Health',
        role: 'Director',
        type: 'local_health_authority',
        level: 'region',
        ask: 'Stop charging for HIV tests and refund the clients who paid',
        commitment: 'Order to all city laboratories that HIV testing is free',
        createdAfter: 4,
        dueIn: 50,
        followUp: 'improved',
        steps: [
          { after: 5, kind: 'status', to: 'raised', note: 'Complaint filed with evidence from 23 clients' },
          { after: 12, kind: 'status', to: 'committed', note: 'Director signed the order' },
          {
            after: 48,
            kind: 'status',
            to: 'resolved',
            note: 'No charges reported in the next month of monitoring',
          },
        ],
      },
    ],
  },
  {
    title: 'Naloxone not available in Kyrgyzstan outside Bishkek',
    category: 'stock_out',
    country: 'KG',
    description: 'Osh and the regions have had no take-home naloxone since the last national procurement.',
    visibility: 'shared_with_funders',
    raisedDaysAgo: 20,
    indicator: 'availability',
    actions: [
      {
        institution: 'Republican AIDS Centre',
        role: 'National harm reduction programme',
        type: 'national_programme',
        level: 'national',
        ask: 'Include take-home naloxone for all regions in the next procurement',
        createdAfter: 2,
        dueIn: 90,
        steps: [],
      },
    ],
  },
  {
    title: 'Нарушение конфиденциальности: медсестра обсуждает статус клиентов в очереди',
    category: 'confidentiality',
    site: 'Bishkek OST site',
    description:
      'Два клиента слышали, как медсестра называла ВИЧ-статус других клиентов в очереди за препаратом.',
    visibility: 'internal',
    raisedDaysAgo: 100,
    indicator: 'acceptability',
    actions: [
      {
        institution: 'Bishkek OST site',
        role: 'Head doctor',
        type: 'service_provider',
        level: 'site',
        ask: 'Talk to the staff member and train the team on confidentiality',
        createdAfter: 1,
        dueIn: 30,
        steps: [
          { after: 2, kind: 'status', to: 'raised', note: 'Raised with the head doctor' },
          {
            after: 10,
            kind: 'status',
            to: 'dropped',
            note: 'The clients asked us not to take it further for now',
          },
        ],
      },
    ],
  },
  {
    title: 'Stigmatising staff attitudes reported across the network',
    category: 'stigma',
    description: 'Acceptability scores are lowest for respect and stigma items in every country this year.',
    visibility: 'published',
    raisedDaysAgo: 90,
    indicator: 'acceptability',
    actions: [
      {
        institution: 'Global Fund country team',
        role: 'Fund portfolio manager',
        type: 'donor',
        level: 'international',
        ask: 'Fund stigma-reduction training for staff of every supported site in the next grant',
        commitment: 'Training included in the grant-making budget',
        createdAfter: 7,
        dueIn: 180,
        steps: [
          { after: 8, kind: 'status', to: 'raised', note: 'Presented at the country dialogue' },
          { after: 40, kind: 'status', to: 'committed', note: 'Confirmed in the grant-making notes' },
          {
            after: 60,
            kind: 'status',
            to: 'in_progress',
            note: 'Curriculum being written with the community',
          },
        ],
      },
    ],
  },
  {
    title: 'Brak wymiany strzykawek w Krakowie w weekendy',
    category: 'opening_hours',
    site: 'Kraków low-threshold centre',
    description: 'The centre and the mobile unit are closed on weekends; clients reuse syringes.',
    visibility: 'internal',
    raisedDaysAgo: 75,
    actions: [
      {
        institution: 'Kraków city social welfare centre',
        type: 'local_health_authority',
        level: 'region',
        ask: 'Fund weekend hours for the mobile unit',
        createdAfter: 3,
        dueIn: 35,
        steps: [{ after: 5, kind: 'status', to: 'raised', note: 'Letter sent to the city' }],
      },
    ],
  },
];

const OBSERVATIONS = [
  {
    site: 'Harm reduction point Dnipro',
    daysAgo: 1,
    category: 'stock_out',
    text: 'Немає шприців 2 мл вже третій день',
  },
  {
    site: 'Bishkek drop-in',
    daysAgo: 2,
    category: 'police',
    text: 'Патруль стоял у входа весь вечер, двое клиентов ушли',
  },
  {
    site: 'Street outreach Podil',
    daysAgo: 3,
    category: 'quality',
    text: 'No condoms in the outreach kit today',
  },
  {
    site: 'Osh outreach route',
    daysAgo: 6,
    category: 'opening_hours',
    text: 'Route skipped on Friday, nobody came',
  },
] as const;

const dayString = (at: Date) => at.toISOString().slice(0, 10);

/** The figure an indicator shows over some days at a site (exact counts, small cells withheld). */
async function indicatorFigure(
  db: Db,
  orgId: string,
  indicator: string,
  filters: EvidenceSnapshot['filters'],
): Promise<{ value: number | null; n: number | null }> {
  const survey = await latestSurvey(db, orgId, SURVEY);
  const raw = await aggregateSurvey(
    db,
    orgId,
    SURVEY,
    { from: filters.from, to: filters.to, siteIds: filters.siteId, countries: filters.country },
    'month',
  );
  const found = buildResults(survey, raw, DEFAULT_MIN_CELL).indicators.find((i) => i.id === indicator);
  return { value: found?.suppressed ? null : (found?.value ?? null), n: found?.n ?? null };
}

/**
 * Load the demo accountability cycle into the demo organization (after its surveys and
 * submissions): findings, actions with their history, and field observations.
 */
export async function seedAccountability(db: Db, orgId: string, now = new Date()): Promise<void> {
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.orgId, orgId));
  const of = (role: string) => members.find((m) => m.role === role)?.userId;
  const staff = of('staff');
  const admin = of('admin') ?? staff;
  const monitor = of('monitor') ?? staff;
  if (!staff || !admin || !monitor) throw new Error('the demo accounts are missing');
  const siteRows = await db
    .select({ id: sites.id, name: sites.name, country: sites.country })
    .from(sites)
    .where(eq(sites.orgId, orgId));
  const siteId = (name: string) => {
    const found = siteRows.find((s) => s.name.startsWith(name));
    if (!found) throw new Error(`no demo site ${name}`);
    return found.id;
  };
  const at = (daysAgo: number, hour = 10) =>
    new Date(now.getTime() - daysAgo * DAY + hour * 3_600_000 - 12 * 3_600_000);
  const today = dayString(now);

  for (const [index, f] of FINDINGS.entries()) {
    const raisedAt = at(f.raisedDaysAgo);
    const scopeSite = f.site ? siteId(f.site) : null;
    let evidence: EvidenceSnapshot | null = null;
    if (f.indicator) {
      const filters: EvidenceSnapshot['filters'] = {
        from: dayString(new Date(raisedAt.getTime() - 90 * DAY)),
        to: dayString(new Date(raisedAt.getTime() - DAY)),
        ...(scopeSite ? { siteId: [scopeSite] } : {}),
        ...(f.region || f.country ? { country: [f.region?.country ?? f.country ?? ''] } : {}),
      };
      const first = f.actions[0];
      let shown = await indicatorFigure(db, orgId, f.indicator, filters);
      if (first?.followUp) {
        // the round after the due date, as the follow-up will read it, and the figure before it
        const created = new Date(raisedAt.getTime() + first.createdAfter * DAY);
        const due = dayString(new Date(created.getTime() + first.dueIn * DAY));
        const window = followUpWindow({ filters }, due, today);
        const later = window
          ? await indicatorFigure(db, orgId, f.indicator, { ...filters, ...window })
          : null;
        if (later?.value !== null && later?.value !== undefined)
          shown = {
            value: Math.max(
              0,
              Math.round((later.value - (first.followUp === 'improved' ? 18 : 1)) * 10) / 10,
            ),
            n: shown.n ?? later.n,
          };
      }
      evidence = {
        surveyId: SURVEY,
        target: { kind: 'indicator', indicatorId: f.indicator },
        filters,
        shown: {
          value: shown.value,
          n: shown.n,
          withheld: shown.value === null,
          display:
            shown.value === null ? 'withheld (fewer than 5 respondents)' : `${shown.value} (n = ${shown.n})`,
        },
        capturedAt: raisedAt.toISOString(),
      };
    }
    const [finding] = await db
      .insert(findings)
      .values({
        orgId,
        title: f.title,
        category: f.category,
        scopeLevel: scopeSite ? 'site' : f.region ? 'region' : f.country ? 'country' : 'network',
        siteId: scopeSite,
        country: f.region?.country ?? f.country ?? null,
        city: f.region?.city ?? null,
        description: f.description,
        evidence,
        surveyId: evidence ? SURVEY : null,
        visibility: f.visibility,
        createdBy: index % 3 === 0 ? admin : staff,
        createdAt: raisedAt,
        updatedAt: raisedAt,
      })
      .returning({ id: findings.id });
    if (!finding) throw new Error('demo finding not stored');
    if (index === 0) {
      // the first finding was triaged from a monitor's observation
      const observed = {
        id: crypto.randomUUID(),
        siteId: scopeSite ?? '',
        observedOn: dayString(at(f.raisedDaysAgo + 3)),
        category: 'stock_out' as const,
        text: 'Немає шприців 1 мл, клієнтам кажуть прийти наступного місяця',
      };
      await db.insert(observations).values({
        id: observed.id,
        orgId,
        siteId: observed.siteId,
        observedOn: observed.observedOn,
        category: observed.category,
        body: observed.text,
        contentHash: observationHash(observed),
        createdBy: monitor,
        createdAt: at(f.raisedDaysAgo + 3),
        status: 'triaged',
        findingId: finding.id,
        triagedBy: staff,
        triagedAt: raisedAt,
      });
    }
    for (const a of f.actions) await seedAction(db, orgId, finding.id, a, raisedAt, now, { staff, admin });
  }

  for (const [index, o] of OBSERVATIONS.entries()) {
    const observed = {
      id: crypto.randomUUID(),
      siteId: siteId(o.site),
      observedOn: dayString(at(o.daysAgo)),
      category: o.category,
      text: o.text,
    };
    await db.insert(observations).values({
      id: observed.id,
      orgId,
      siteId: observed.siteId,
      observedOn: observed.observedOn,
      category: observed.category,
      body: observed.text,
      contentHash: observationHash(observed),
      createdBy: monitor,
      createdAt: at(o.daysAgo, 18),
      ...(index === OBSERVATIONS.length - 1
        ? {
            status: 'dismissed' as const,
            dismissedReason: 'The route was moved to Saturday that week; announced in the group chat',
            triagedBy: staff,
            triagedAt: at(o.daysAgo - 1),
          }
        : {}),
    });
  }
}

async function seedAction(
  db: Db,
  orgId: string,
  findingId: string,
  a: DemoAction,
  raisedAt: Date,
  now: Date,
  people: { staff: string; admin: string },
): Promise<void> {
  const createdAt = new Date(raisedAt.getTime() + a.createdAfter * DAY);
  const when = (after: number) => new Date(createdAt.getTime() + after * DAY);
  let status: ActionStatus = 'open';
  let statusOn = dayString(createdAt);
  let closedOn: string | null = null;
  let level = a.level;
  let dutyBearer = { institution: a.institution, role: a.role ?? null, type: a.type };
  let dueDate = dayString(when(a.dueIn));
  let committedOn: string | null = null;
  const events: Array<typeof actionEvents.$inferInsert> = [];
  const event = (after: number, values: Partial<typeof actionEvents.$inferInsert>) =>
    events.push({
      orgId,
      actionId: '',
      kind: 'note',
      onDay: dayString(when(after)),
      byUser: people.staff,
      recordedAt: new Date(when(after).getTime() + 3 * 3_600_000),
      ...values,
    });
  event(0, { kind: 'created', toValue: 'open', note: a.ask, recordedAt: createdAt });
  for (const step of a.steps) {
    if (when(step.after) > now) break;
    if (step.kind === 'status' && step.to) {
      event(step.after, { kind: 'status', fromValue: status, toValue: step.to, note: step.note });
      status = step.to;
      statusOn = dayString(when(step.after));
      closedOn = ['resolved', 'not_resolved', 'dropped'].includes(step.to) ? statusOn : null;
      if (step.to === 'committed' && a.commitment) {
        committedOn = statusOn;
        const recordedAt = new Date(when(step.after).getTime() + 3 * 3_600_000 + 60_000);
        event(step.after, { kind: 'commitment', note: a.commitment, recordedAt });
      }
    } else if (step.kind === 'escalated' && step.escalateTo) {
      const up = step.escalateTo;
      event(step.after, {
        kind: 'escalated',
        fromValue: level,
        toValue: up.level,
        note: step.note,
        byUser: people.admin,
        detail: { ...dutyBearer, dueDate },
      });
      level = up.level;
      dutyBearer = { institution: up.institution, role: up.role ?? null, type: up.type };
      dueDate = dayString(when(step.after + up.dueIn));
    } else {
      event(step.after, { kind: 'note', note: step.note });
    }
  }
  const [row] = await db
    .insert(actions)
    .values({
      orgId,
      findingId,
      dutyBearerInstitution: dutyBearer.institution,
      dutyBearerRole: dutyBearer.role,
      dutyBearerType: dutyBearer.type,
      ask: a.ask,
      commitment: committedOn ? (a.commitment ?? null) : null,
      committedOn,
      ownerId: people.staff,
      dueDate,
      level,
      status,
      statusOn,
      closedOn,
      createdBy: people.staff,
      createdAt,
      updatedAt: new Date(Math.max(...events.map((e) => (e.recordedAt as Date).getTime()))),
    })
    .returning({ id: actions.id });
  if (!row) throw new Error('demo action not stored');
  await db.insert(actionEvents).values(events.map((e) => ({ ...e, actionId: row.id })));
}
