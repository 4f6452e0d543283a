import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/permissions.js';
import { cancelInterview } from '../../src/interviews/cancel-interview.js';
import { createInterview } from '../../src/interviews/create-interview.js';
import { type MailSettings, mailHost } from '../../src/mail/mail-settings.js';
import { createUser } from '../../src/people/create-user.js';
import {
  ADMIN,
  a11yViolations,
  freshPage,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
} from './browser.js';

// More open interviews than one page of Manage Interviews (25), and one cancelled among them.
const OPEN = 26;
const CANCELLED_AT = 3;
// Evaluated in the page: nothing sticks out sideways, so nothing scrolls sideways.
const FITS_WIDTH = 'document.documentElement.scrollWidth <= window.innerWidth';

describe('a coordinator sends invites for many interviews at once, and on a phone', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  let settings: MailSettings;
  let actor: Actor;
  const interviews: Array<{ id: string; title: string; candidate: string }> = [];

  beforeAll(async () => {
    server = await startServer();
    const { db } = server.database;
    settings = {
      from: 'interviews@example.com',
      companyName: 'Example Corp',
      publicUrl: server.url,
    };
    const admin = await db
      .selectFrom('users')
      .select(['id', 'name', 'email'])
      .where('email', '=', ADMIN.email)
      .executeTakeFirstOrThrow();
    actor = { userId: admin.id, role: 'admin', name: admin.name, email: admin.email };
    const panel: string[] = [];
    for (const [name, email] of [
      ['Nora York', 'nora@example.com'],
      ['Bernd Berlin', 'bernd@example.com'],
    ] as const) {
      const user = await createUser({
        db,
        actor: undefined,
        name,
        email,
        timeZone: 'Europe/Berlin',
        role: 'interviewer',
      });
      panel.push(user.id);
    }
    for (let n = 0; n <= OPEN; n += 1) {
      const candidate = `Cand${String(n).padStart(2, '0')} Hiring`;
      const interview = await createInterview({
        db,
        actor,
        calendarHost: mailHost(settings),
        title: `Hiring day slot ${n + 1}`,
        candidate: {
          firstName: candidate.split(' ')[0] as string,
          lastName: 'Hiring',
          email: `cand${n}@example.com`,
          timeZone: 'Europe/Berlin',
        },
        interviewerIds: panel,
        startsAt: new Date(Date.UTC(2031, 2, 3, 8) + n * 30 * 60_000).toISOString(),
        durationMinutes: 30,
        timeZone: 'Europe/Berlin',
      });
      if (n === CANCELLED_AT) {
        await cancelInterview({ db, actor, interviewId: interview.id, settings });
      }
      interviews.push({ id: interview.id, title: interview.title, candidate });
    }
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-bulk-${context.task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pageBox = () => page.getByRole('checkbox', { name: 'Select all on this page' });
  const rowBox = (i: number) => {
    const interview = interviews[i] as (typeof interviews)[number];
    return page.getByRole('checkbox', {
      name: `Select ${interview.candidate} – ${interview.title}`,
    });
  };

  it('chooses every open interview, page after page', async () => {
    await signIn(page, server.url);
    await expect.poll(() => page.getByText(`${OPEN + 1} interviews`).isVisible()).toBe(true);
    // A cancelled interview cannot be invited for: its row cannot be chosen.
    expect(await rowBox(CANCELLED_AT).isDisabled()).toBe(true);
    await pageBox().check();
    // 25 on the first page, one of them cancelled.
    await expect.poll(() => page.getByText('24 selected').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rowBox(OPEN).isVisible()).toBe(true);
    // The rows loaded later are not chosen yet: the page's box says "some".
    expect(await pageBox().evaluate((box) => Reflect.get(box, 'indeterminate'))).toBe(true);
    await pageBox().click();
    await expect.poll(() => page.getByText(`${OPEN} selected`).isVisible()).toBe(true);
    expect(await pageBox().isChecked()).toBe(true);
    // Unchoosing one row and choosing it again: the count follows.
    await rowBox(0).uncheck();
    await expect.poll(() => page.getByText(`${OPEN - 1} selected`).isVisible()).toBe(true);
    await rowBox(0).check();
    await expect
      .poll(() => page.getByRole('button', { name: `Send Invites (${OPEN})` }).isVisible())
      .toBe(true);
    await screenshot(page, '40-manage-interviews-selected');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('sends them with one pair of invites, the progress moving, and sums up what was skipped', async () => {
    // Someone else cancels a chosen interview before the send: it is skipped, with why.
    const late = interviews[OPEN] as (typeof interviews)[number];
    await cancelInterview({ db: server.database.db, actor, interviewId: late.id, settings });
    // Each request answers a little later, so the bar is seen between chunks.
    await page.route('**/api/v1/invites', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.getByRole('button', { name: `Send Invites (${OPEN})` }).click();
    const dialog = page.getByRole('dialog', { name: 'Send Invites' });
    await expect
      .poll(() => dialog.getByText(`Invites for ${OPEN} interviews`).isVisible())
      .toBe(true);
    expect(await dialog.getByText(`and ${OPEN - 5} more`).isVisible()).toBe(true);
    for (const audience of ['Candidate Invite', 'Interviewer Invite']) {
      await dialog.getByRole('combobox', { name: audience }).fill(audience.split(' ')[0] as string);
      await page.getByRole('option', { name: audience }).click();
    }
    await screenshot(page, '41-bulk-send-invites');
    expect(await a11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: `Send Invites (${OPEN})` }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Sending invites' });
    const progress = async () => Number(await bar.getAttribute('aria-valuenow'));
    await expect.poll(progress, { interval: 50 }).toBeGreaterThan(0);
    const midway = await progress();
    expect(midway).toBeLessThan(OPEN);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(new RegExp(`^Sent \\d+ of ${OPEN}$`));
    await screenshot(page, '42-bulk-sending');
    await expect.poll(progress, { timeout: 20_000 }).toBe(OPEN);

    const summary = dialog.getByRole('status', { name: `${OPEN - 1} sent, 1 skipped` });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.getByRole('listitem').textContent()).toBe(
      `${late.candidate} – ${late.title}: It was cancelled.`,
    );
    await screenshot(page, '43-bulk-summary');
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.unroute('**/api/v1/invites');
    // The choice is spent; the list shows the new statuses.
    expect(await page.getByText(/\d+ selected/).count()).toBe(0);
    await page.getByRole('search').getByLabel('Status', { exact: true }).click();
    await page.getByRole('option', { name: 'Invites Sent' }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByText(`${OPEN - 1} interviews match`).isVisible(), { timeout: 20_000 })
      .toBe(true);
  });

  it('queues every invite: one for each candidate and interviewer of the sent interviews', async () => {
    const { db } = server.database;
    const sentIds = interviews.filter((_, i) => i !== CANCELLED_AT && i !== OPEN).map((i) => i.id);
    await expect
      .poll(
        async () =>
          (
            await db
              .selectFrom('messages')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('kind', '=', 'invite')
              .where('state', '=', 'sent')
              .where('interview_id', 'in', sentIds)
              .executeTakeFirstOrThrow()
          ).n,
        { timeout: 30_000 },
      )
      .toBe(sentIds.length * 3);
    await page.getByRole('link', { name: 'Dev mailbox' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /Hiring day slot/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
  });

  it('keeps candidate, time, status and attendance in view on a phone, without scrolling sideways', async () => {
    const { context, page: phone } = await freshPage(browser, true);
    await signIn(phone, server.url);
    const table = phone.getByRole('table', { name: 'Interviews' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(10);
    const first = table.getByRole('row').nth(1);
    expect(await first.getByRole('link', { name: 'Cand00 Hiring' }).isVisible()).toBe(true);
    expect(
      await first.getByText(/Hiring day slot 1 · \w{3}, 3 Mar 2031, \d\d:\d\d/).isVisible(),
    ).toBe(true);
    expect(await first.getByText('Invites Sent').isVisible()).toBe(true);
    // Whole, not cut to "INVITE…" by a narrow column.
    expect(
      await first
        .getByText('Invites Sent')
        .evaluate((label) => label.scrollWidth <= label.clientWidth),
    ).toBe(true);
    expect(await first.getByText('0 of 3 confirmed').isVisible()).toBe(true);
    expect(await phone.evaluate(FITS_WIDTH)).toBe(true);
    await first.getByRole('checkbox').check();
    await expect
      .poll(() => phone.getByRole('button', { name: 'Send Invites (1)' }).isVisible())
      .toBe(true);
    expect(await phone.evaluate(FITS_WIDTH)).toBe(true);
    await screenshot(phone, '44-manage-interviews-phone');
    expect(await a11yViolations(phone)).toEqual([]);
    await context.close();
  });
});
