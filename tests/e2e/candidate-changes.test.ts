import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../../src/interviews/create-interview.js';
import { createUser } from '../../src/people/create-user.js';
import {
  a11yViolations,
  adminActor,
  freshPage,
  launchBrowser,
  screenshot,
  sendSeededInvites,
  startServer,
} from './browser.js';

// The candidate moves their interview, then cancels it, from their Interview Link (ADR 016),
// on a phone: the link opens Interview Details, "Choose another time" lists the free times, one
// press moves it, and the page shows the new time.
describe('a candidate reschedules and cancels from their Interview Link in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let link = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const db = server.database.db;
    const nora = await createUser({
      db,
      actor: undefined,
      name: 'Nora Utc',
      email: 'nora@example.com',
      timeZone: 'UTC',
      role: 'interviewer',
    });
    const actor = await adminActor(server);
    // Three days ahead or more, on a weekday at 10:00 UTC: well before the 24-hour cut-off.
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    while (startsAt.getUTCDay() === 0 || startsAt.getUTCDay() === 6) {
      startsAt.setUTCDate(startsAt.getUTCDate() + 1);
    }
    startsAt.setUTCHours(10, 0, 0, 0);
    const interview = await createInterview({
      db,
      actor,
      calendarHost: new URL(server.url).hostname,
      title: 'Technical interview',
      candidate: {
        firstName: 'Lucía',
        lastName: 'Fernández',
        email: 'lucia@example.es',
        timeZone: 'UTC',
      },
      interviewerIds: [nora.id],
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
      timeZone: 'UTC',
      meetingUrl: 'https://meet.example.com/abc',
    });
    await sendSeededInvites(server, interview.id);
    const mail = await db
      .selectFrom('messages')
      .select('raw')
      .where('interview_id', '=', interview.id)
      .where('to_email', '=', 'lucia@example.es')
      .executeTakeFirstOrThrow();
    const text = (await simpleParser(mail.raw)).text ?? '';
    link = new RegExp(`${server.url}/i/[A-Za-z0-9_-]{43}`).exec(text)?.[0] ?? '';
    expect(link).not.toBe('');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('moves the interview to another time from the phone page, then cancels it with a reason', async () => {
    const { context, page } = await freshPage(browser, true);
    await page.goto(link);
    await expect(
      page.getByRole('heading', { name: 'Need another time?' }).isVisible(),
    ).resolves.toBe(true);
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Choose another time' }).click();
    await expect(
      page.getByRole('heading', { name: 'Choose a new time' }).isVisible(),
    ).resolves.toBe(true);
    // Nothing runs off the side of a 390px phone.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await screenshot(page, '80-reschedule-page');
    expect(await a11yViolations(page)).toEqual([]);

    const choice = page.locator('button[name="startsAt"]').nth(3);
    const chosen = (await choice.getAttribute('value')) ?? '';
    const label = (await choice.textContent()) ?? '';
    expect(chosen).toMatch(/^\d{4}-\d\d-\d\dT/);
    await choice.click();
    await page.waitForURL(/\/i\/[A-Za-z0-9_-]{43}\?notice=rescheduled$/);
    await expect(
      page.getByText('Your interview has moved to the new time.').isVisible(),
    ).resolves.toBe(true);
    const when = page.locator('time[datetime]').first();
    expect(await when.getAttribute('datetime')).toBe(chosen);
    // The page shows the new time in the candidate's zone (UTC), as the button said.
    expect(await when.textContent()).toContain(label.split(' – ')[0] as string);
    await expect(page.getByText('You have confirmed your attendance.').isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, '81-rescheduled');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Cancel the interview' }).click();
    await expect(
      page.getByRole('heading', { name: 'Cancel your interview?' }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, '82-cancel-page');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByLabel('Reason (required)').fill('I accepted another offer.');
    await page.getByRole('button', { name: 'Cancel the interview' }).click();
    await page.waitForURL(/\?notice=cancelled$/);
    await expect(page.getByText('This interview has been cancelled.').isVisible()).resolves.toBe(
      true,
    );
    expect(await a11yViolations(page)).toEqual([]);
    await context.close();
  });
});
