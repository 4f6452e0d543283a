import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../../src/interviews/create-interview.js';
import { createUser } from '../../src/people/create-user.js';
import {
  a11yViolations,
  adminActor,
  freshPage,
  launchBrowser,
  screenshot,
  sendSeededInvites,
  signIn,
  startServer,
} from './browser.js';

// Replacing a declined interviewer (issue 15, item 2), walked as a coordinator would: Bernd
// declines from his link, the coordinator swaps him for Ana on Interview Details; Bernd's calendar
// gets a cancellation, Ana an invite, and Nora's confirmation stays.
describe('a coordinator replaces a declined interviewer in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  let interviewId = '';

  // The Interview Link each address was last sent, read from the outbox.
  const linksByAddress = async () => {
    const rows = await server.database.db
      .selectFrom('messages')
      .select(['to_email', 'raw', 'calendar_method', 'kind'])
      .where('interview_id', '=', interviewId)
      .orderBy('created_at')
      .execute();
    const links = new Map<string, string>();
    for (const row of rows) {
      const text = (await simpleParser(row.raw)).text ?? '';
      const link = new RegExp(`${server.url}/i/[A-Za-z0-9_-]{43}`).exec(text)?.[0];
      if (link) links.set(row.to_email, link);
    }
    return { rows, links };
  };

  beforeAll(async () => {
    server = await startServer();
    const db = server.database.db;
    const people = [];
    for (const [name, email, timeZone] of [
      ['Nora York', 'nora@example.com', 'America/New_York'],
      ['Bernd Berlin', 'bernd@example.com', 'Europe/Berlin'],
      ['Ana Tanaka', 'ana@example.com', 'Asia/Tokyo'],
    ] as const) {
      people.push(
        await createUser({ db, actor: undefined, name, email, timeZone, role: 'interviewer' }),
      );
    }
    const actor = await adminActor(server);
    // The next weekday at 14:00 UTC: 09:00 in New York, 15:00 in Berlin, 23:00 in Tokyo.
    const startsAt = new Date(Date.now() + 86_400_000);
    while (startsAt.getUTCDay() === 0 || startsAt.getUTCDay() === 6) {
      startsAt.setUTCDate(startsAt.getUTCDate() + 1);
    }
    startsAt.setUTCHours(14, 0, 0, 0);
    const interview = await createInterview({
      db,
      actor,
      calendarHost: new URL(server.url).hostname,
      title: 'Onsite loop',
      candidate: {
        firstName: 'Lucía',
        lastName: 'Fernández',
        email: 'lucia@example.es',
        timeZone: 'Europe/Madrid',
      },
      interviewerIds: [people[0]?.id ?? '', people[1]?.id ?? ''],
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
      timeZone: 'Europe/Madrid',
      location: 'Room 2',
    });
    interviewId = interview.id;
    // Ana already sits on another interview at that time: Change interviewers says so.
    await createInterview({
      db,
      actor,
      calendarHost: new URL(server.url).hostname,
      title: 'Coding exercise',
      candidate: { firstName: 'Omar', lastName: 'Haddad', email: 'omar@example.com' },
      interviewerIds: [people[2]?.id ?? ''],
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      timeZone: 'UTC',
    });
    await sendSeededInvites(server, interviewId);
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-panel-${context.task.name.slice(0, 30)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the candidate and Nora confirm, Bernd declines, each from their own link', async () => {
    const { links } = await linksByAddress();
    for (const [email, answer] of [
      ['lucia@example.es', 'Confirm'],
      ['nora@example.com', 'Confirm'],
      ['bernd@example.com', 'Decline'],
    ] as const) {
      const { context, page: phone } = await freshPage(browser, true);
      await phone.goto(links.get(email) ?? '');
      if (answer === 'Decline') {
        await phone.getByText('Can’t make it?').click();
        await phone.getByLabel('Reason (optional)').fill('I am travelling that day');
      }
      await phone.getByRole('button', { name: answer }).click();
      const done =
        answer === 'Confirm'
          ? 'You have confirmed your attendance.'
          : 'You declined: I am travelling that day';
      await expect.poll(() => phone.getByText(done).isVisible()).toBe(true);
      await context.close();
    }
  });

  it('swaps Bernd for Ana on Interview Details, saying first who gets what', async () => {
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await expect.poll(() => page.getByText('Needs attention').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Change interviewers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change interviewers' });
    await dialog.getByLabel('Interviewers').click();
    await page.keyboard.type('tanaka');
    await page.getByRole('option', { name: /Ana Tanaka/ }).click();
    await page.keyboard.press('Escape');
    // Mantine's pill for Bernd has its remove button inside.
    await dialog
      .locator('.mantine-Pill-root', { hasText: 'Bernd Berlin' })
      .locator('button')
      .click();
    const plan = dialog.getByRole('group', { name: 'What happens' });
    await expect
      .poll(() => plan.getByText('Ana Tanaka: gets an invite to confirm').isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        plan
          .getByText('Bernd Berlin: gets a cancellation; the event leaves their calendar')
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => plan.getByText('Nora York: no message, their answer stands').isVisible())
      .toBe(true);
    // 14:00 UTC is 23:00 in Tokyo: flagged for the newcomer before saving.
    await expect
      .poll(() =>
        dialog.getByText(/23:00 for Ana Tanaka, Asia\/Tokyo — outside working hours/).isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        dialog
          .getByRole('status')
          .filter({ hasText: 'Conflicts' })
          .getByText(/^Ana Tanaka is on another interview .*14:00 – 14:30 \(UTC\)$/)
          .isVisible(),
      )
      .toBe(true);
    await screenshot(page, '60-change-interviewers');
    expect(await a11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Save interviewers' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const participants = page.getByRole('table', { name: /participants/i });
    await expect
      .poll(() => participants.getByRole('row', { name: /Ana Tanaka.*Pending/ }).isVisible())
      .toBe(true);
    await expect
      .poll(() => participants.getByRole('row', { name: /Nora York.*Confirmed/ }).isVisible())
      .toBe(true);
    expect(await participants.getByText('Bernd Berlin').count()).toBe(0);
    await expect.poll(() => page.getByText('Invites Sent').first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/changed the interviewers: added Ana Tanaka; removed Bernd Berlin/)
          .isVisible(),
      )
      .toBe(true);
    await screenshot(page, '61-interviewers-changed');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('Bernd’s calendar gets a CANCEL, Ana an invite she confirms, and the interview is scheduled', async () => {
    const { rows, links } = await linksByAddress();
    const last = (email: string) => rows.filter((r) => r.to_email === email).at(-1);
    expect(last('bernd@example.com')).toMatchObject({ kind: 'cancel', calendar_method: 'CANCEL' });
    expect(last('ana@example.com')).toMatchObject({ kind: 'invite', calendar_method: 'REQUEST' });
    // Nora and the candidate got nothing new: their last message is still the first invite.
    expect(last('nora@example.com')?.kind).toBe('invite');
    expect(rows.filter((r) => r.to_email === 'nora@example.com')).toHaveLength(1);

    const { context, page: phone } = await freshPage(browser, true);
    await phone.goto(links.get('ana@example.com') ?? '');
    await phone.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(() => phone.getByText('You have confirmed your attendance.').isVisible())
      .toBe(true);
    await context.close();
    await expect
      .poll(() => page.getByText('Interview Scheduled').first().isVisible(), { timeout: 15_000 })
      .toBe(true);
  });

  it('finds a time when Nora and Ana are both free, and picks it into Create interview', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Create interview' }).click();
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    await dialog.getByLabel('Interviewers').click();
    await page.keyboard.type('nora');
    await page.getByRole('option', { name: /Nora York/ }).click();
    await page.keyboard.type('ana');
    await page.getByRole('option', { name: /Ana Tanaka/ }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Find a time' }).click();
    const finder = page.getByRole('dialog', { name: 'Find a time' });
    await finder.getByRole('button', { name: 'Next week' }).click();
    // New York 09:00–18:00 and Tokyo 09:00–18:00 never meet on a weekday: no time at all.
    await expect
      .poll(() => finder.getByText(/No time this week when everyone is free/).isVisible())
      .toBe(true);
    // Under each day, who is busy or off: the weekend is off for both (in UTC, the admin's zone).
    const saturday = finder.getByRole('group').nth(5);
    await expect.poll(() => saturday.getByText('Nora York: not working').isVisible()).toBe(true);
    await expect.poll(() => saturday.getByText('Ana Tanaka: not working').isVisible()).toBe(true);
    await screenshot(page, '62-find-a-time-none');
    expect(await a11yViolations(page)).toEqual([]);
    await finder.getByRole('button', { name: 'Close' }).first().click();
    await finder.waitFor({ state: 'hidden' });

    // Without Ana: Nora alone, the week's first free hour.
    await dialog.locator('.mantine-Pill-root', { hasText: 'Ana Tanaka' }).locator('button').click();
    await dialog.getByRole('button', { name: 'Find a time' }).click();
    await finder.getByRole('button', { name: 'Next week' }).click();
    const monday = finder.getByRole('group').first();
    const first = monday.getByRole('button').first();
    await expect.poll(() => first.isVisible(), { timeout: 15_000 }).toBe(true);
    const picked = (await first.textContent()) ?? '';
    await screenshot(page, '62-find-a-time');
    expect(await a11yViolations(page)).toEqual([]);
    await first.click();
    await finder.waitFor({ state: 'hidden' });
    await expect.poll(() => dialog.getByLabel('Start time').inputValue()).toBe(picked);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  });
});
