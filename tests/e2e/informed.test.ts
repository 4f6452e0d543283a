import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/people/create-user.js';
import type {
  DevMessage,
  Interview,
  Page as ListPage,
  SignedIn,
  Template,
} from '../../src/shapes/types.js';
import { thisMonday } from '../../web/src/week.js';
import { utcToZoned } from '../../web/src/zoned-time.js';
import { signInOver, until } from '../helpers/process.js';
import {
  ADMIN,
  a11yViolations,
  freshPage,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
} from './browser.js';

/** Picks an option of a segmented control: its radio is hidden under the visible label. */
async function choose(page: Page, option: string): Promise<void> {
  await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click();
  await expect.poll(() => page.getByRole('radio', { name: option }).isChecked()).toBe(true);
}

// Staying informed: the bell, the inbox, the week, and Interview Details on a phone.
describe('a coordinator stays informed of answers', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  let interview: Interview;
  let zone: string;

  beforeAll(async () => {
    server = await startServer();
    const ids: string[] = [];
    for (const [name, email, timeZone] of [
      ['Nora York', 'nora@example.com', 'America/New_York'],
      ['Bernd Berlin', 'bernd@example.com', 'Europe/Berlin'],
    ] as const) {
      const user = await createUser({
        db: server.database.db,
        actor: undefined,
        name,
        email,
        timeZone,
        role: 'interviewer',
      });
      ids.push(user.id);
    }
    const call = await signInOver(server.url, ADMIN.email, ADMIN.password);
    // The API as an ATS would use it: each answer's JSON, or the test stops with its error.
    const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await call(method, path, body);
      if (response.status >= 300)
        throw new Error(`${method} ${path}: ${JSON.stringify(response.data)}`);
      return response.data as T;
    };
    zone = (await api<SignedIn>('GET', '/session')).user.timeZone;
    // Tomorrow at 10:00 UTC: this week's or next week's, which the week view must find.
    const tomorrow = new Date(Date.now() + 86_400_000);
    tomorrow.setUTCHours(10, 0, 0, 0);
    interview = await api<Interview>('POST', '/interviews', {
      title: 'Final round',
      candidate: { firstName: 'Kenji', lastName: 'Sato', email: 'kenji@example.jp' },
      interviewerIds: ids,
      startsAt: tomorrow.toISOString(),
      durationMinutes: 60,
      timeZone: 'UTC',
    });
    const invites = await api<ListPage<Template>>('GET', '/templates?invitable=true');
    const pick = (audience: string) => invites.items.find((t) => t.audience === audience)?.id;
    await api('POST', `/interviews/${interview.id}/invites`, {
      candidate: { templateId: pick('candidate') },
      interviewer: { templateId: pick('interviewer') },
    });
    // Each participant's Interview Link, once the worker has delivered the invites.
    const links = new Map<string, string>();
    await until(async () => {
      const list = await api<ListPage<{ id: string; interviewId: string | null }>>(
        'GET',
        '/dev-mailbox?limit=100',
      );
      for (const item of list.items.filter((m) => m.interviewId === interview.id)) {
        const message = await api<DevMessage>('GET', `/dev-mailbox/${item.id}`);
        const link = /https?:\/\/\S+\/i\/[A-Za-z0-9_-]{43}/.exec(message.text ?? '')?.[0];
        if (link) links.set(message.to, link);
      }
      return links.size === 3;
    }, 'the three invites in the dev mailbox');

    browser = await launchBrowser();
    // Nora declines with a reason and Kenji confirms, each on their own phone.
    const shown = (locator: Locator) => until(() => locator.isVisible(), 'the answer shown');
    for (const [email, answer] of [
      ['nora@example.com', 'decline'],
      ['kenji@example.jp', 'confirm'],
    ] as const) {
      const { context, page: phone } = await freshPage(browser, true);
      await phone.goto(links.get(email) as string);
      if (answer === 'decline') {
        await phone.getByText('Can’t make it?').click();
        await phone.getByLabel('Reason (optional)').fill('I am travelling that day');
        await phone.getByRole('button', { name: 'Decline' }).click();
        await shown(phone.getByText(/You declined/));
      } else {
        await phone.getByRole('button', { name: 'Confirm' }).click();
        await shown(phone.getByText('You have confirmed your attendance.'));
      }
      await context.close();
    }
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-${context.task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the new answers on the bell after signing in', async () => {
    await signIn(page, server.url);
    const bell = page.getByRole('link', { name: 'Inbox: 2 new answers' });
    await expect.poll(() => bell.isVisible(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, '50-inbox-bell');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('opens the inbox, which lists the decline with its reason and clears the count', async () => {
    await page.getByRole('link', { name: /^Inbox/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Inbox' }).isVisible()).toBe(true);
    const answers = page.getByRole('list', { name: 'Answers' }).getByRole('listitem');
    await expect.poll(() => answers.count()).toBe(2);
    // Newest first: Kenji confirmed after Nora declined.
    const decline = answers.nth(1);
    expect(await decline.getByText('Declined').isVisible()).toBe(true);
    expect(await decline.getByText('Nora York').isVisible()).toBe(true);
    expect(await decline.getByText('“I am travelling that day”').isVisible()).toBe(true);
    expect(await answers.first().getByText('Kenji Sato').isVisible()).toBe(true);
    // Seen: the bell no longer counts them.
    await expect
      .poll(() => page.getByRole('link', { name: 'Inbox', exact: true }).isVisible())
      .toBe(true);
    await screenshot(page, '51-inbox');
    expect(await a11yViolations(page)).toEqual([]);

    await choose(page, 'Declines only');
    await expect.poll(() => answers.count()).toBe(1);
    await screenshot(page, '52-inbox-declines-only');
    expect(await a11yViolations(page)).toEqual([]);

    await answers.first().getByRole('link', { name: 'Final round' }).click();
    await page.waitForURL(`**/interviews/${interview.id}`);
    await expect
      .poll(() => page.getByText('Needs attention').first().isVisible(), { timeout: 10_000 })
      .toBe(true);
  });

  it('shows the interview on its day in the week view', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Manage Interviews' })
      .click();
    await choose(page, 'Week');
    const day = utcToZoned(interview.startsAt, zone).date;
    if (thisMonday(zone) !== thisMonday(zone, new Date(interview.startsAt))) {
      await page.getByRole('button', { name: 'Next week' }).click();
    }
    const column = page.locator(`section[aria-labelledby="week-day-${day}"]`);
    const entry = column.getByRole('link', { name: /Final round/ });
    await expect.poll(() => entry.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await entry.textContent()).toContain('Kenji Sato');
    expect(await entry.textContent()).toContain('Needs attention');
    await screenshot(page, '53-week-view');
    expect(await a11yViolations(page)).toEqual([]);
    await entry.click();
    await page.waitForURL(`**/interviews/${interview.id}`);
  });

  it('shows Interview Details on a phone without sideways scrolling, attendance in view', async () => {
    const { context, page: phone } = await freshPage(browser, true);
    await context.addCookies(await page.context().cookies());
    await phone.goto(`${server.url}/interviews/${interview.id}`);
    const table = phone.getByRole('table', { name: 'Participants' });
    await expect.poll(() => table.isVisible(), { timeout: 15_000 }).toBe(true);
    for (const attendance of ['Declined', 'Confirmed', 'Pending']) {
      const badge = table.getByText(attendance, { exact: true }).first();
      expect(await badge.isVisible()).toBe(true);
      const box = await badge.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await screenshot(phone, '54-interview-details-phone');
    expect(await a11yViolations(phone)).toEqual([]);

    // The week on a phone: the days stacked, still no sideways scroll.
    await phone.goto(server.url);
    await choose(phone, 'Week');
    await expect
      .poll(() => phone.getByRole('heading', { name: /^Week of/ }).isVisible())
      .toBe(true);
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await screenshot(phone, '55-week-view-phone');
    expect(await a11yViolations(phone)).toEqual([]);
    await context.close();
  });
});
