import { serviceSatisfaction } from '@kolo/surveys';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticAnswers } from '../../api/src/demo/synthetic.ts';
import {
  HAS_CHROMIUM,
  type Harness,
  hasNoHorizontalScroll,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';

const SURVEY = 'service-satisfaction';
const TITLE = 'People rate this service low: e2e finding';
const DESCRIPTION = 'Internal description only staff may read (e2e).';
const NOTE = 'Correction by staff, never for funders (e2e).';
const OBSERVATION = 'No syringes at the site today, e2e observation';
const INTERNAL_TITLE = 'Internal finding that no board may show (e2e)';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Post `count` interviews through the API, each rating overall satisfaction at the top of the scale. */
async function postSatisfiedInterviews(
  request: APIRequestContext,
  url: string,
  siteId: string,
  count: number,
) {
  const survey = (await (await request.get(`/api/surveys/${SURVEY}`)).json()) as { version: number };
  let seed = 7;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  for (let i = 0; i < count; i += 1) {
    const answers = {
      ...syntheticAnswers(serviceSatisfaction, random, { mood: 1, siteBias: 0 }),
      overall_satisfaction: '5',
    };
    const res = await request.post('/api/submissions', {
      data: {
        id: crypto.randomUUID(),
        surveyId: SURVEY,
        version: survey.version,
        siteId,
        collectedAt: new Date().toISOString(),
        locale: 'en',
        answers,
      },
      headers: { origin: url },
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
  }
}

describe.skipIf(!HAS_CHROMIUM)('the accountability cycle in Chromium', () => {
  let h: Harness;
  let staff: BrowserContext;
  let page: Page;
  let findingUrl = '';

  beforeAll(async () => {
    h = await startHarness();
    staff = await newContext(h, { width: 1280, height: 900 });
    page = await staff.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await login(page, 'staff@demo.kolo');
  });
  afterAll(async () => {
    await staff?.close();
    await h?.close();
  });

  it('should let staff raise a finding from an indicator card with the evidence as shown', async () => {
    await page.goto(`/insights/${SURVEY}`);
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    await page.getByRole('button', { name: 'Raise a finding: Overall satisfaction' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raise a finding' });
    await dialog.waitFor();
    // the figure exactly as the card shows it, and the filters in words
    await dialog.getByText(/Shown: .*\(n = /).waitFor();
    await dialog.getByText('Filters: all data').waitFor();
    expect(await dialog.getByLabel('Where it holds').inputValue()).toBe('network');
    await dialog.getByLabel('Title', { exact: true }).fill(TITLE);
    await dialog.getByLabel('Kind of problem').selectOption('quality');
    await dialog.getByLabel('Description (optional)').fill(DESCRIPTION);
    await snap(page, 'accountability-01-raise-dialog');
    await dialog.getByRole('button', { name: 'Raise the finding' }).click();
    await dialog.getByRole('link', { name: 'Open the finding' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    findingUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Evidence when it was raised' }).waitFor();
    await page.getByText('Indicator: Overall satisfaction').waitFor();
  });

  it('should add an action with a duty-bearer and due date and move it through its statuses', async () => {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Institution').fill('City AIDS Centre');
    await page.getByLabel('Role or position (optional)').fill('Head doctor');
    await page.getByLabel('Kind of duty-bearer').selectOption('service_provider');
    await page.getByLabel('What is asked').fill('Train staff on respectful, confidential service');
    await page.getByLabel('Due date').fill(day(-1));
    await page.getByRole('button', { name: 'Add the action' }).click();
    const action = page.locator('article.card').first();
    await action.getByText('Status: Open').waitFor();
    // only the contract's next statuses are offered
    expect(await action.getByRole('button', { name: 'Mark as resolved' }).count()).toBe(0);

    await action.getByRole('button', { name: 'Mark as raised' }).click();
    await action.getByLabel('What happened').fill('Letter handed to the head doctor');
    await action.getByRole('button', { name: 'Save the change' }).click();
    await action.getByText(/Status: Raised with the duty-bearer/).waitFor();

    await action.getByRole('button', { name: 'Record a commitment' }).click();
    await action.getByLabel('What the duty-bearer committed to').fill('Training for all staff this month');
    await action.getByLabel('What happened').fill('Meeting with the head doctor');
    await action.getByRole('button', { name: 'Save the change' }).click();
    await action.getByText(/Status: Committed/).waitFor();
    await action.getByText(/Committed on .*Training for all staff this month/).waitFor();

    await action.getByRole('button', { name: 'Mark as in progress' }).click();
    await action.getByLabel('What happened').fill('First training held');
    await action.getByRole('button', { name: 'Save the change' }).click();
    await action.getByText(/Status: In progress/).waitFor();
    await action.getByText('History').click();
    await action.getByText('Status: Committed → In progress').waitFor();

    await page.getByLabel('Kind of note').selectOption('correction');
    await page.getByLabel('Note', { exact: true }).fill(NOTE);
    await page.getByRole('button', { name: 'Add a note' }).last().click();
    await page.getByText(NOTE).waitFor();
    await page.getByLabel('Who can see it').selectOption('published');
    await snap(page, 'accountability-02-finding');
  });

  it('should send a field observation made offline once, when the phone is back online', async () => {
    const phone = await newContext(h, { width: 360, height: 740 });
    const monitor = await phone.newPage();
    await login(monitor, 'monitor@demo.kolo');
    await monitor.getByRole('heading', { name: 'Collect' }).waitFor();
    // the first visit installs the app for offline use once the monitor's surveys are in (so the
    // install does not compete with them on a slow line): the phone must stay online until then
    const installed = await monitor.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(installed, 'the service worker never became ready').toBe(true);
    await monitor.getByRole('link', { name: 'Report a problem at this site' }).click();
    await monitor.getByRole('heading', { name: 'Report a problem' }).waitFor();
    await phone.setOffline(true);
    await monitor.getByLabel('Site').selectOption({ index: 1 });
    await monitor.getByLabel('What kind of problem').selectOption('stock_out');
    await monitor.getByLabel('What you saw').fill(OBSERVATION);
    await snap(monitor, 'accountability-03-observation-phone');
    expect(await hasNoHorizontalScroll(monitor)).toBe(true);
    await monitor.getByRole('button', { name: 'Save the report' }).click();
    await monitor.getByText('Saved on this phone.', { exact: false }).waitFor();
    await monitor.getByRole('link', { name: 'Open the outbox' }).click();
    await monitor.getByText('Waiting to be sent', { exact: false }).waitFor();
    await snap(monitor, 'accountability-04-observation-outbox');
    await phone.setOffline(false);
    await monitor.getByRole('heading', { name: 'Problem reports' }).waitFor({ state: 'detached' });
    await phone.close();

    const list = await page.request.get('/api/observations?status=new');
    const { observations } = (await list.json()) as { observations: Array<{ text: string }> };
    expect(observations.filter((o) => o.text === OBSERVATION)).toHaveLength(1);
    // staff see it to triage, and make a finding of it
    await page.goto('/accountability');
    await page.getByText(OBSERVATION).waitFor();
    await snap(page, 'accountability-04b-staff-page');
    await page
      .getByRole('checkbox', { name: /Select: Out of stock at/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Make a finding from the selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raise a finding' });
    expect(await dialog.getByLabel('Where it holds').inputValue()).toBe('site');
    expect(await dialog.getByLabel('Kind of problem').inputValue()).toBe('stock_out');
    // the title starts as the monitor's words: staff rewrite it before anything is shared
    await dialog.getByLabel('Title', { exact: true }).fill('Syringes out of stock at one site (e2e)');
    await dialog.getByRole('button', { name: 'Raise the finding' }).click();
    await dialog.getByText('Finding raised.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const triage = page.getByRole('region', { name: 'Field observations to triage' });
    await triage.getByText(OBSERVATION).waitFor({ state: 'detached' });
  });

  it('should show "improved" once new interviews after the due date rate the service higher', async () => {
    const { sites } = (await (await page.request.get('/api/sites')).json()) as {
      sites: Array<{ id: string }>;
    };
    await postSatisfiedInterviews(page.request, h.url, sites[0]?.id ?? '', 30);
    await expect
      .poll(
        async () => {
          await page.goto(findingUrl);
          await page.getByRole('heading', { name: 'Follow-up' }).waitFor();
          return page.locator('[data-verdict]').first().getAttribute('data-verdict');
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe('improved');
    // the verdict in words with an icon, not by colour alone
    expect(await page.locator('.acc-verdict--improved').first().textContent()).toBe('▲Improved');
    await snap(page, 'accountability-05-follow-up-improved');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'accountability-05b-finding-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    const action = page.locator('article.card').first();
    await action.getByRole('button', { name: 'Mark as resolved' }).click();
    await action.getByLabel('What happened').fill('Respondents now rate the service well');
    await action.getByRole('button', { name: 'Save the change' }).click();
    await action.getByText(/Status: Resolved/).waitFor();
  });

  it('should show a funder the resolution rate and no free text', async () => {
    const context = await newContext(h, { width: 1280, height: 900 });
    const funder = await context.newPage();
    const bodies: string[] = [];
    funder.on('response', async (r) => {
      if (r.url().includes('/api/')) bodies.push(await r.text().catch(() => ''));
    });
    await login(funder, 'funder@demo.kolo');
    await funder.goto('/accountability');
    await funder.getByRole('heading', { name: 'Figures' }).waitFor();
    await funder.getByText('Resolution rate', { exact: true }).first().waitFor();
    await funder.getByText(TITLE).waitFor();
    await snap(funder, 'accountability-06-funder');
    const html = (await funder.content()) + bodies.join('\n');
    for (const text of [DESCRIPTION, NOTE, OBSERVATION, 'Train staff on respectful', 'Letter handed'])
      expect(html).not.toContain(text);
    await context.close();
  });

  it("should show only published findings on a share link's board", async () => {
    const internal = await page.request.post('/api/findings', {
      data: { title: INTERNAL_TITLE, category: 'other', scope: { level: 'network' } },
      headers: { origin: h.url },
    });
    expect(internal.status()).toBe(201);
    const link = await page.request.post('/api/share-links', {
      data: { surveyId: SURVEY, label: 'Board e2e', showAccountability: true },
      headers: { origin: h.url },
    });
    expect(link.status()).toBe(201);
    const { token, path } = (await link.json()) as { token: string; path: string };
    const board = await page.request.get(`/api/public/${token}/accountability`);
    const text = await board.text();
    expect(text).toContain(TITLE);
    expect(text).not.toContain(INTERNAL_TITLE);
    expect(text).not.toContain(DESCRIPTION);

    const context = await newContext(h, { width: 360, height: 740 });
    const visitor = await context.newPage();
    await visitor.goto(path);
    await visitor.getByRole('heading', { name: 'Accountability board' }).waitFor();
    await visitor.getByText(TITLE).waitFor();
    expect(await visitor.getByText(INTERNAL_TITLE).count()).toBe(0);
    await snap(visitor, 'accountability-07-board-phone');
    await context.close();
  });

  it('should show every cell of the per-quarter table on a 360 px phone, in English and Ukrainian', async () => {
    for (const [language, caption] of [
      ['en', 'Per quarter'],
      ['uk', 'За кварталами'],
    ] as const) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/accountability');
      await page.getByLabel('App language').first().selectOption(language);
      await page.setViewportSize({ width: 360, height: 740 });
      const table = page.getByRole('table', { name: caption });
      await table.waitFor();
      expect(await table.getByRole('cell').count()).toBeGreaterThan(0);
      // nothing of the table lies beyond the screen or beyond a box that clips it
      const cut = await table.evaluate((element) => {
        const width = window.innerWidth;
        const clipped: string[] = [];
        for (const cell of element.querySelectorAll('th, td, caption')) {
          const box = cell.getBoundingClientRect();
          if (box.width > 0 && (box.left < 0 || box.right > width + 1)) clipped.push(cell.textContent ?? '');
        }
        for (let box: Element | null = element; box; box = box.parentElement)
          if (box.scrollWidth > box.clientWidth + 1) clipped.push(`scrolls: ${box.className}`);
        return clipped;
      });
      expect(cut).toEqual([]);
      await snap(page, `accountability-11-per-quarter-${language}-360`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Мова застосунку').first().selectOption('en');
  });

  it('should read naturally in Ukrainian, also on a phone', async () => {
    await page.goto('/accountability');
    await page.getByLabel('App language').first().selectOption('uk');
    await page.getByRole('heading', { name: 'Підзвітність' }).waitFor();
    await page.getByText('Показники').first().waitFor();
    await snap(page, 'accountability-08-uk-1280');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'accountability-09-uk-360');
    await page.goto(findingUrl);
    await page.getByText('Покращилося', { exact: false }).first().waitFor();
    await snap(page, 'accountability-10-uk-finding-360');
  });
});
