import { simpleParser } from 'mailparser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSchedulingReminderScheduler } from '../../src/scheduling/scheduling-reminder-scheduler.js';
import { sendSchedulingReminders } from '../../src/scheduling/send-scheduling-reminders.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';
import { seededTemplates } from '../helpers/interviews.js';

const HOUR = 3_600_000;

// Reminders for scheduling requests the candidate has not booked (DESIGN §9, ADR 015): once,
// after SCHEDULING_REMINDER_HOURS, with a link of their own that opens the same page.
describe(`Scheduling request reminders (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let templates: { candidate: string; interviewer: string; request: string };
  const window = { from: '2030-01-15T00:00:00.000Z', to: '2030-01-16T00:00:00.000Z' };

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_REMINDER_HOURS: '24' });
    as = (await t.signedIn('coordinator')).as;
    const seeded = await seededTemplates(t, as);
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        name: 'Pick a time',
        audience: 'candidate',
        subject: 'Choose a time for {{ interview.title }}',
        body: '<p>Hello {{ candidate.first_name }},</p><p>Please <a href="{{ scheduling.link }}">choose a time</a>.</p>',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    templates = { ...seeded, request: created.data.id };
  });
  afterAll(() => t.close());

  /**
   * One pass of a scheduler as the server starts one, `hours` ahead of real time; it is stopped
   * at once, handing the lease back for the next.
   */
  const passAt = async (hours: number) => {
    const scheduler = startSchedulingReminderScheduler({
      database: t.database,
      settings: t.app.mailSettings,
      afterHours: t.config.schedulingReminderHours,
      log: pino({ level: 'silent' }),
      intervalMs: 24 * HOUR,
      clock: () => new Date(Date.now() + hours * HOUR),
    });
    try {
      return await scheduler.tick();
    } finally {
      await scheduler.stop();
    }
  };

  async function newRequest(overrides: Record<string, unknown> = {}) {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const candidate = await buildCandidate(t.database.db, { time_zone: null });
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/scheduling-requests',
      as,
      payload: {
        candidateId: candidate.id,
        interviewerIds: [nora.id],
        title: 'Technical interview',
        durationMinutes: 45,
        ...window,
        timeZone: 'UTC',
        requestTemplateId: templates.request,
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
        ...overrides,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.data as { id: string };
  }

  const messagesOf = (requestId: string, kind: 'scheduling' | 'reminder') =>
    t.database.db
      .selectFrom('messages')
      .selectAll()
      .where('scheduling_request_id', '=', requestId)
      .where('kind', '=', kind)
      .execute();

  /**
   * The scheduling link token in the request's email or its reminder, read from the composed
   * message (a reminder is queued at the scheduler's time, ahead of the worker's).
   */
  async function tokenIn(requestId: string, kind: 'scheduling' | 'reminder'): Promise<string> {
    const [row] = await messagesOf(requestId, kind);
    if (!row) throw new Error(`no ${kind} message for ${requestId}`);
    const { text } = await simpleParser(row.raw);
    const match = /https:\/\/convene\.test\/s\/([A-Za-z0-9_-]{43})/.exec(text ?? '');
    if (!match?.[1]) throw new Error(`no scheduling link in ${text}`);
    return match[1];
  }

  const page = (token: string) => t.call({ method: 'GET', url: `/s/${token}` });
  const offered = (html: string) =>
    [...html.matchAll(/name="startsAt" value="([^"]+)"/g)].map((m) => m[1] as string);
  const book = (token: string, startsAt: string) =>
    t.call({
      method: 'POST',
      url: `/s/${token}/book`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ startsAt }).toString(),
    });
  const getRequest = (id: string) =>
    t.call({ method: 'GET', url: `/api/v1/scheduling-requests/${id}`, as });

  it('reminds an unbooked candidate once, after the delay, with a link of its own that opens and books their page', async () => {
    const request = await newRequest();
    const first = await tokenIn(request.id, 'scheduling');

    await passAt(23);
    expect(await messagesOf(request.id, 'reminder')).toHaveLength(0);
    await passAt(25);
    await passAt(30);
    const reminders = await messagesOf(request.id, 'reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toBe('Reminder: Choose a time for Technical interview');
    expect(reminders[0]?.interview_id).toBeNull();
    expect(reminders[0]?.raw).toContain('Auto-Submitted: auto-generated');
    expect((await getRequest(request.id)).data.remindedAt).toEqual(expect.any(String));

    const second = await tokenIn(request.id, 'reminder');
    expect(second).not.toBe(first);
    const opened = await page(second);
    expect(opened.statusCode).toBe(200);
    const slots = offered(opened.body);
    expect(slots.length).toBeGreaterThan(0);
    // The first email's link still opens the same page.
    expect(offered((await page(first)).body)).toEqual(slots);

    const booked = await book(second, slots[0] as string);
    expect(booked.statusCode, booked.body).toBe(303);
    expect((await getRequest(request.id)).data.status).toBe('booked');
    expect((await page(first)).body).toContain('You have booked your interview.');
  });

  it('sends none for a request booked, cancelled, expired, or about to close', async () => {
    const booked = await newRequest();
    const token = await tokenIn(booked.id, 'scheduling');
    const slot = offered((await page(token)).body)[0] as string;
    expect((await book(token, slot)).statusCode).toBe(303);

    const cancelled = await newRequest();
    const cancel = await t.call({
      method: 'POST',
      url: `/api/v1/scheduling-requests/${cancelled.id}/cancel`,
      as,
    });
    expect(cancel.statusCode).toBe(200);

    const expired = await newRequest();
    const closing = await newRequest();
    const setExpiry = (id: string, at: Date) =>
      t.database.db
        .updateTable('scheduling_requests')
        .set({ expires_at: at.toISOString() })
        .where('id', '=', id)
        .execute();
    // The scheduler runs 25 hours ahead: one window ended an hour before, one ends 6 hours after.
    await setExpiry(expired.id, new Date(Date.now() + 24 * HOUR));
    await setExpiry(closing.id, new Date(Date.now() + 31 * HOUR));
    const open = await newRequest();

    await passAt(25);
    for (const closed of [booked, cancelled, expired, closing]) {
      expect(await messagesOf(closed.id, 'reminder'), closed.id).toHaveLength(0);
    }
    expect(await messagesOf(open.id, 'reminder')).toHaveLength(1);
  });

  it('sends none while an interviewer is deactivated (the booking would be refused)', async () => {
    const request = await newRequest();
    const row = await t.database.db
      .selectFrom('scheduling_requests')
      .select('interviewer_ids')
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('users')
      .set({ deactivated_at: new Date().toISOString() })
      .where('id', 'in', JSON.parse(row.interviewer_ids) as string[])
      .execute();
    await passAt(25);
    expect(await messagesOf(request.id, 'reminder')).toHaveLength(0);
  });

  it('words the reminder in Convene’s own words, with the link, when the template no longer carries one', async () => {
    const own = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        name: 'Edited later',
        audience: 'candidate',
        subject: 'Your interview',
        body: '<p><a href="{{ scheduling.link }}">Pick a time</a></p>',
      },
    });
    const request = await newRequest({ requestTemplateId: own.data.id });
    const edited = await t.call({
      method: 'PATCH',
      url: `/api/v1/templates/${own.data.id}`,
      as,
      payload: { body: '<p>We will write again.</p>' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    await passAt(25);
    const [reminder] = await messagesOf(request.id, 'reminder');
    expect(reminder?.subject).toBe('Reminder: Please choose a time: Technical interview');
    const token = await tokenIn(request.id, 'reminder');
    expect((await page(token)).statusCode).toBe(200);
  });

  it('sends one reminder when two passes run at once', async () => {
    const request = await newRequest();
    const now = new Date(Date.now() + 25 * HOUR);
    const pass = () =>
      sendSchedulingReminders({
        db: t.database.db,
        settings: t.app.mailSettings,
        afterHours: 24,
        now,
      });
    await Promise.all([pass(), pass(), pass()]);
    expect(await messagesOf(request.id, 'reminder')).toHaveLength(1);
  });

  it('sends none when reminders are off', async () => {
    const request = await newRequest();
    const queued = await sendSchedulingReminders({
      db: t.database.db,
      settings: t.app.mailSettings,
      afterHours: null,
      now: new Date(Date.now() + 1000 * HOUR),
    });
    expect(queued).toBe(0);
    expect(await messagesOf(request.id, 'reminder')).toHaveLength(0);
  });
});
