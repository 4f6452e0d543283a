import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/permissions.js';
import { createCandidate } from '../../src/people/create-candidate.js';
import { createUser } from '../../src/people/create-user.js';
import { createSchedulingRequest } from '../../src/scheduling/create-scheduling-request.js';
import {
  ADMIN,
  freshPage,
  launchBrowser,
  screenshot,
  seriousA11yViolations,
  startServer,
} from './browser.js';

// Candidate self-scheduling (issue 16 item 5), walked as the candidate on a phone: the link in
// the request email opens their page, they press a time, and land on their Interview Details
// page, confirmed.
describe('a candidate picks their interview time in a real browser', () => {
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
    const admin = await db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'role'])
      .where('email', '=', ADMIN.email)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      userId: admin.id,
      role: admin.role,
      name: admin.name,
      email: admin.email,
    };
    const candidate = await createCandidate({
      db,
      actor,
      firstName: 'Lucía',
      lastName: 'Fernández',
      email: 'lucia@example.com',
      timeZone: 'UTC',
    });
    const templates = await db.selectFrom('templates').select(['id', 'name']).execute();
    const id = (name: string) => templates.find((t) => t.name === name)?.id as string;
    // The next weekday, the whole day (UTC): Nora works 09:00–18:00 there.
    const from = new Date(Date.now() + 2 * 86_400_000);
    while (from.getUTCDay() === 0 || from.getUTCDay() === 6) from.setUTCDate(from.getUTCDate() + 1);
    from.setUTCHours(0, 0, 0, 0);
    const request = await createSchedulingRequest({
      db,
      actor,
      settings: server.settings,
      input: {
        candidateId: candidate.id,
        interviewerIds: [nora.id],
        title: 'Technical interview',
        durationMinutes: 45,
        from: from.toISOString(),
        to: new Date(from.getTime() + 86_400_000).toISOString(),
        timeZone: 'UTC',
        meetingUrl: 'https://meet.example.com/abc',
        requestTemplateId: id('Scheduling Request'),
        candidate: { templateId: id('Candidate Invite') },
        interviewer: { templateId: id('Interviewer Invite') },
      },
    });
    const mail = await db
      .selectFrom('messages')
      .select('raw')
      .where('scheduling_request_id', '=', request.id)
      .executeTakeFirstOrThrow();
    const text = (await simpleParser(mail.raw)).text ?? '';
    link = new RegExp(`${server.url}/s/[A-Za-z0-9_-]{43}`).exec(text)?.[0] ?? '';
    expect(link).not.toBe('');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the free times by day, books the one pressed, and lands on the confirmed Interview Details', async () => {
    const { context, page } = await freshPage(browser, true);
    await page.goto(link);
    await expect(
      page.getByRole('heading', { name: 'Choose your interview time' }).isVisible(),
    ).resolves.toBe(true);
    const first = page.getByRole('button', { name: /^09:00 – 09:45$/ });
    expect(await first.count()).toBe(1);
    await screenshot(page, '70-scheduling-page');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await first.click();
    await page.waitForURL(/\/i\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText('You have confirmed your attendance.').isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, '71-scheduling-booked');

    await page.goto(link);
    await expect(page.getByText('You have booked your interview.').isVisible()).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
