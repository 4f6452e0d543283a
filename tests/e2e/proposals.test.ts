import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../../src/interviews/create-interview.js';
import { proposeTimes } from '../../src/invites/propose-times.js';
import { createUser } from '../../src/people/create-user.js';
import {
  a11yViolations,
  adminActor,
  freshPage,
  launchBrowser,
  linkInEmail,
  screenshot,
  sendSeededInvites,
  signIn,
  startServer,
} from './browser.js';

// "Not then" (DESIGN §6): two interviewers proposed other times from their calendars (as a
// COUNTER records them); the coordinator declines one and accepts the other on Interview Details.
describe('a coordinator answers proposed times in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  let interviewId = '';
  // The next weekday at 14:00 UTC; Nora proposes the day after at 09:00, Bernd at 11:00.
  const startsAt = new Date(Date.now() + 86_400_000);
  while (startsAt.getUTCDay() === 0 || startsAt.getUTCDay() >= 5) {
    startsAt.setUTCDate(startsAt.getUTCDate() + 1);
  }
  startsAt.setUTCHours(14, 0, 0, 0);
  const nextDay = (hour: number) =>
    Date.UTC(startsAt.getUTCFullYear(), startsAt.getUTCMonth(), startsAt.getUTCDate() + 1, hour);

  beforeAll(async () => {
    server = await startServer();
    const db = server.database.db;
    const people = [];
    for (const [name, email] of [
      ['Nora York', 'nora@example.com'],
      ['Bernd Berlin', 'bernd@example.com'],
    ] as const) {
      people.push(
        await createUser({
          db,
          actor: undefined,
          name,
          email,
          timeZone: 'UTC',
          role: 'interviewer',
        }),
      );
    }
    const actor = await adminActor(server);
    const interview = await createInterview({
      db,
      actor,
      calendarHost: new URL(server.url).hostname,
      title: 'Onsite loop',
      candidate: { firstName: 'Lucía', lastName: 'Fernández', email: 'lucia@example.es' },
      interviewerIds: people.map((p) => p.id),
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
      timeZone: 'UTC',
    });
    interviewId = interview.id;
    await sendSeededInvites(server, interviewId);
    const participants = await db
      .selectFrom('participants')
      .selectAll()
      .where('interview_id', '=', interviewId)
      .execute();
    for (const [email, hour, comment] of [
      ['nora@example.com', 9, 'Mornings are better for me'],
      ['bernd@example.com', 11, null],
    ] as const) {
      const participant = participants.find((p) => p.email === email);
      if (!participant) throw new Error(`no participant ${email}`);
      await proposeTimes({
        db,
        participant,
        times: [{ start: nextDay(hour), end: nextDay(hour) + 3_600_000 }],
        comment,
        via: 'calendar',
        settings: server.settings,
      });
    }
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-proposals-${context.task.name.slice(0, 30)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the open proposals under the summary; Decline tells its author, Accept reschedules', async () => {
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${interviewId}`);
    const section = page.getByRole('region', { name: 'Proposed times' });
    await expect.poll(() => section.isVisible()).toBe(true);
    await expect
      .poll(() =>
        section
          .getByText('Nora York, from their calendar: “Mornings are better for me”')
          .isVisible(),
      )
      .toBe(true);
    expect(await section.getByRole('button', { name: /^Accept / }).count()).toBe(2);
    await screenshot(page, '77-proposed-times');
    expect(await a11yViolations(page)).toEqual([]);

    await section.getByRole('button', { name: /^Decline .*Bernd Berlin$/ }).click();
    await expect.poll(() => page.getByText('Proposed time declined').isVisible()).toBe(true);
    await expect.poll(() => section.getByRole('button', { name: /^Decline / }).count()).toBe(1);
    const declineCounter = await server.database.db
      .selectFrom('messages')
      .select(['to_email', 'calendar_method'])
      .where('interview_id', '=', interviewId)
      .where('kind', '=', 'declinecounter')
      .execute();
    expect(declineCounter).toEqual([
      { to_email: 'bernd@example.com', calendar_method: 'DECLINECOUNTER' },
    ]);

    await section.getByRole('button', { name: /^Accept .*Nora York$/ }).click();
    await expect.poll(() => page.getByText('Interview rescheduled').isVisible()).toBe(true);
    await expect.poll(() => section.isVisible()).toBe(false);
    const row = await server.database.db
      .selectFrom('interviews')
      .select(['starts_at', 'status'])
      .where('id', '=', interviewId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      starts_at: new Date(nextDay(9)).toISOString(),
      status: 'awaiting_confirmation',
    });
    await expect
      .poll(() => page.getByText(/rescheduled the interview to a proposed time/).isVisible())
      .toBe(true);
  });

  it('the candidate proposes another time from their Interview Link on a phone; it shows on Interview Details', async () => {
    const link = await linkInEmail(server, 'lucia@example.es', 'i');
    const { context, page: phone } = await freshPage(browser, true);
    await phone.goto(link);
    await phone.getByText('Can’t make it?').click();
    await phone.getByRole('link', { name: 'Propose other times instead' }).click();
    await expect
      .poll(() => phone.getByRole('heading', { name: 'Propose other times' }).isVisible())
      .toBe(true);
    const day = new Date(nextDay(9) + 86_400_000).toISOString().slice(0, 10);
    await phone.getByLabel('First choice').fill(`${day}T16:00`);
    await phone.getByLabel('Note for the organizer (optional)').fill('Afternoons suit me better');
    await screenshot(phone, '78-propose-times-phone');
    expect(await a11yViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Send proposed times' }).click();
    await expect
      .poll(() => phone.getByText('The organizer has your proposed times').isVisible())
      .toBe(true);
    await context.close();

    await page.goto(`${server.url}/interviews/${interviewId}`);
    const section = page.getByRole('region', { name: 'Proposed times' });
    await expect
      .poll(() =>
        section
          .getByText('Lucía Fernández, on their page: “Afternoons suit me better”')
          .isVisible(),
      )
      .toBe(true);
  });
});
