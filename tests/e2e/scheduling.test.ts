import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidate } from '../../src/people/create-candidate.js';
import { createUser } from '../../src/people/create-user.js';
import { createSchedulingRequest } from '../../src/scheduling/create-scheduling-request.js';
import {
  a11yViolations,
  adminActor,
  freshPage,
  launchBrowser,
  linkInEmail,
  type Server,
  screenshot,
  signIn,
  startServer,
} from './browser.js';

// Candidate self-scheduling (issue 16 item 5), walked as the candidate on a phone: the link in
// the request email opens their page, they press a time, and land on their Interview Details
// page, confirmed.
describe('a candidate picks their interview time in a real browser', () => {
  let server: Server;
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
    await createSchedulingRequest({
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
    link = await linkInEmail(server, 'lucia@example.com', 's');
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
    expect(await a11yViolations(page)).toEqual([]);

    await first.click();
    await page.waitForURL(/\/i\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText('You have confirmed your attendance.').isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, '71-scheduling-booked');

    await page.goto(link);
    await expect(page.getByText('You have booked your interview.').isVisible()).resolves.toBe(true);
    expect(await a11yViolations(page)).toEqual([]);
    await context.close();
  });
});

// The coordinator's side of the same, walked through the app: Scheduling requests, Ask
// candidate to pick a time, the candidate booking on a phone, the request turning booked and
// opening its interview, and the interviewers confirming to Interview Scheduled.
describe('a coordinator asks a candidate to pick a time and follows it in the app', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext;
  const panel = [
    ['Ana Arias', 'ana@example.com'],
    ['Ben Brandt', 'ben@example.com'],
  ] as const;
  const interviewers = panel.map(([, email]) => email);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const db = server.database.db;
    for (const [name, email] of panel) {
      await createUser({ db, actor: undefined, name, email, timeZone: 'UTC', role: 'interviewer' });
    }
    const actor = await adminActor(server);
    await createCandidate({
      db,
      actor,
      firstName: 'Mateo',
      lastName: 'Quispe',
      email: 'mateo@example.com',
      timeZone: 'America/Lima',
    });
    ({ context, page } = await freshPage(browser));
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const table = () => page.getByRole('table', { name: 'Scheduling requests' });
  const row = (name: string) => table().getByRole('row').filter({ hasText: name });

  it('sends a request through Ask candidate to pick a time; it shows as Sent', async () => {
    await signIn(page, server.url);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Scheduling requests' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Scheduling requests' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('No scheduling requests yet').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Ask candidate to pick a time' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Ask candidate to pick a time' });
    await dialog.getByRole('textbox', { name: 'Candidate' }).fill('Mateo');
    await page.getByRole('option', { name: /Mateo Quispe/ }).click();
    await dialog.getByLabel('Interviewers').click();
    await page.getByRole('option', { name: 'Ana Arias' }).click();
    await page.getByRole('option', { name: 'Ben Brandt' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Interview title').fill('Panel interview');
    await dialog.getByRole('textbox', { name: 'Duration (minutes)' }).fill('45');
    await dialog.getByLabel('Meeting link').fill('https://meet.example.com/panel');
    await dialog.getByRole('combobox', { name: 'Candidate Invite' }).fill('Cand');
    await page.getByRole('option', { name: 'Candidate Invite' }).click();
    await dialog.getByRole('combobox', { name: 'Interviewer Invite' }).fill('Interv');
    await page.getByRole('option', { name: 'Interviewer Invite' }).click();
    // The only template holding the Scheduling Link is chosen to start with.
    await expect
      .poll(() => dialog.getByRole('combobox', { name: 'Request email' }).inputValue())
      .toBe('Scheduling Request');
    // Both work 09:00–18:00 UTC on weekdays: the coming week has free times.
    await expect
      .poll(() => dialog.getByText(/^\d+ free times in this window/).isVisible())
      .toBe(true);
    await dialog.getByRole('textbox', { name: 'Candidate' }).scrollIntoViewIfNeeded();
    await screenshot(page, '73-ask-candidate');
    expect(await a11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => row('Mateo Quispe').getByText('Sent', { exact: true }).isVisible())
      .toBe(true);
    expect(await row('Mateo Quispe').getByText('Ana Arias, Ben Brandt').isVisible()).toBe(true);
    await screenshot(page, '72-scheduling-requests');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('lets the candidate pick a time on a phone from the link in their email, confirmed at once', async () => {
    const link = await linkInEmail(server, 'mateo@example.com', 's');
    const { context: phoneContext, page: phone } = await freshPage(browser, true);
    await phone.goto(link);
    await expect
      .poll(() => phone.getByRole('heading', { name: 'Choose your interview time' }).isVisible())
      .toBe(true);
    await phone
      .getByRole('button', { name: /^\d\d:\d\d – \d\d:\d\d$/ })
      .first()
      .click();
    await phone.waitForURL(/\/i\/[A-Za-z0-9_-]{43}$/);
    await expect
      .poll(() => phone.getByText('You have confirmed your attendance.').isVisible())
      .toBe(true);
    await phoneContext.close();
  });

  it('shows the request as Booked, opening its interview: invites sent, the candidate confirmed', async () => {
    await page.reload();
    await expect
      .poll(() => row('Mateo Quispe').getByText('Booked', { exact: true }).isVisible())
      .toBe(true);
    expect(
      await row('Mateo Quispe')
        .getByRole('button', { name: /^Cancel/ })
        .count(),
    ).toBe(0);
    await screenshot(page, '74-scheduling-request-booked');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Open interview with Mateo Quispe' }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('Invites Sent').first().isVisible()).toBe(true);
    const participants = page.getByRole('table', { name: 'Participants' });
    await expect
      .poll(() =>
        participants
          .getByRole('row')
          .filter({ hasText: 'Mateo Quispe' })
          .getByText('Confirmed')
          .isVisible(),
      )
      .toBe(true);
    for (const name of ['Ana Arias', 'Ben Brandt']) {
      const person = participants.getByRole('row').filter({ hasText: name });
      expect(await person.getByText('Pending').isVisible()).toBe(true);
    }
  });

  it('reaches Interview Scheduled once both interviewers confirm from their own Interview Links', async () => {
    for (const email of interviewers) {
      const link = await linkInEmail(server, email, 'i');
      const { context: phoneContext, page: phone } = await freshPage(browser, true);
      await phone.goto(link);
      await phone.getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => phone.getByText('You have confirmed your attendance.').isVisible())
        .toBe(true);
      await phoneContext.close();
    }
    await page.reload();
    await expect.poll(() => page.getByText('Interview Scheduled').first().isVisible()).toBe(true);
    await screenshot(page, '75-interview-scheduled-from-request');
  });

  it('cancels an open request after asking, and filters the list by status', async () => {
    const db = server.database.db;
    const actor = await adminActor(server);
    const candidate = await createCandidate({
      db,
      actor,
      firstName: 'Ines',
      lastName: 'Ortega',
      email: 'ines@example.com',
      timeZone: 'UTC',
    });
    const people = await db
      .selectFrom('users')
      .select('id')
      .where('email', 'in', interviewers)
      .execute();
    const templates = await db.selectFrom('templates').select(['id', 'name']).execute();
    const id = (name: string) => templates.find((t) => t.name === name)?.id as string;
    await createSchedulingRequest({
      db,
      actor,
      settings: server.settings,
      input: {
        candidateId: candidate.id,
        interviewerIds: people.map((p) => p.id),
        title: 'Second round',
        durationMinutes: 30,
        from: new Date().toISOString(),
        to: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        timeZone: 'UTC',
        requestTemplateId: id('Scheduling Request'),
        candidate: { templateId: id('Candidate Invite') },
        interviewer: { templateId: id('Interviewer Invite') },
      },
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Scheduling requests' })
      .click();
    await expect
      .poll(() => row('Ines Ortega').getByText('Sent', { exact: true }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Cancel the request to Ines Ortega' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel this scheduling request?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    // Checked once faded in: half-way its red button reads as too faint.
    await expect
      .poll(() =>
        confirm.evaluate(
          (dialog) => dialog.ownerDocument.defaultView?.getComputedStyle(dialog).opacity,
        ),
      )
      .toBe('1');
    expect(await a11yViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel request' }).click();
    await expect
      .poll(() => row('Ines Ortega').getByText('Cancelled', { exact: true }).isVisible())
      .toBe(true);
    expect(
      await page.getByRole('button', { name: 'Cancel the request to Ines Ortega' }).count(),
    ).toBe(0);

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Booked' }).click();
    await expect.poll(() => row('Ines Ortega').count()).toBe(0);
    expect(await row('Mateo Quispe').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?status=booked');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Expired' }).click();
    await expect.poll(() => page.getByText('No expired requests').isVisible()).toBe(true);
  });

  it('keeps candidate, status and the row’s action in view on a phone, without scrolling sideways', async () => {
    const { context: phoneContext, page: phone } = await freshPage(browser, true);
    await signIn(phone, server.url);
    await phone.goto(`${server.url}/scheduling-requests`);
    const booked = phone
      .getByRole('table', { name: 'Scheduling requests' })
      .getByRole('row')
      .filter({ hasText: 'Mateo Quispe' });
    await expect.poll(() => booked.getByText('Booked', { exact: true }).isVisible()).toBe(true);
    expect(await booked.getByRole('link', { name: /^Open interview/ }).isVisible()).toBe(true);
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
      true,
    );
    await screenshot(phone, '76-scheduling-requests-phone');
    expect(await a11yViolations(phone)).toEqual([]);
    await phoneContext.close();
  });
});
