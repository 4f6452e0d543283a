import { simpleParser } from 'mailparser';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ReminderScheduler,
  startReminderScheduler,
} from '../../src/invites/reminder-scheduler.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { linkIn, sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

const HOUR = 3_600_000;

describe(`Reminders with a controllable clock (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let as: Credentials;
  let coordinatorEmail: string;
  let clock = new Date();
  const schedulers: ReminderScheduler[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      {
        SMTP_URL: sink.url,
        MAIL_FROM: 'interviews@example.com',
        REMINDER_PENDING_AFTER_HOURS: '24',
        REMINDER_PENDING_BEFORE_HOURS: '12',
      },
      { worker: true },
    );
    const coordinator = await t.signedIn('coordinator');
    as = coordinator.as;
    coordinatorEmail = coordinator.user.email;
  });
  afterAll(async () => {
    for (const s of schedulers) await s.stop();
    await t.close();
    await sink.close();
  });

  /** A scheduler as the server starts one, on the test clock; it never ticks by itself here. */
  const scheduler = () => {
    const s = startReminderScheduler({
      database: t.database,
      settings: t.app.mailSettings,
      defaults: t.config.reminders,
      log: pino({ level: 'silent' }),
      intervalMs: 24 * HOUR,
      clock: () => clock,
    });
    schedulers.push(s);
    return s;
  };
  const at = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
  const queuedReminders = async (interviewId: string) => {
    const rows = await t.database.db
      .selectFrom('messages')
      .select(['to_email', 'raw'])
      .where('interview_id', '=', interviewId)
      .where('kind', '=', 'reminder')
      .orderBy('created_at')
      .execute();
    return Promise.all(
      rows.map(async (r) => ({ to: r.to_email, raw: r.raw, parsed: await simpleParser(r.raw) })),
    );
  };
  const events = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as })).data
      .items as Array<{
      type: string;
      data: Record<string, unknown>;
    }>;

  async function invited(overrides: Record<string, unknown> = {}) {
    const { interview } = await setUpInterview(t, as, overrides);
    const sent = await sendSeededInvites(t, as, interview.id);
    await t.worker?.drain();
    return sent as { id: string; startsAt: string; version: number };
  }

  it('reminds each pending participant once per rule, none who answered, across a restart', async () => {
    const sentAt = new Date();
    const interview = await invited();
    const start = new Date(interview.startsAt);
    const first = scheduler();

    clock = at(sentAt, 23);
    expect(await first.tick()).toBe(0);
    clock = at(sentAt, 25);
    expect(await first.tick()).toBe(3);
    // Queued at the test clock's time, in the future for the worker: read from the outbox.
    const mails = await queuedReminders(interview.id);
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.parsed.subject).toMatch(/^Reminder: please answer: Technical interview/);
      // A plain email: no meeting request that would touch the calendar event.
      expect(mail.raw).not.toMatch(/text\/calendar/i);
      // Written by Convene itself: no out-of-office answers it; a typed reply reaches a person.
      expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.parsed.headers.get('x-auto-response-suppress')).toBe('All');
      expect(mail.parsed.replyTo?.value[0]?.address).toBe(coordinatorEmail);
    }
    // The candidate answers through the reminder's own link.
    const candidateMail = mails.find((m) => m.to.startsWith('kenji')) as (typeof mails)[number];
    const { token } = linkIn(candidateMail.parsed.text ?? '');
    const confirm = await t.call({ method: 'POST', url: `/api/v1/invitations/${token}/confirm` });
    expect(confirm.statusCode, confirm.body).toBe(200);

    clock = at(sentAt, 26);
    expect(await first.tick()).toBe(0);
    // Restart: the next instance carries on from what the database says was sent.
    await first.stop();
    const second = scheduler();
    clock = at(sentAt, 30);
    expect(await second.tick()).toBe(0);

    // 12 hours before the start: the two interviewers, still pending; not the candidate.
    clock = at(start, -11);
    expect(await second.tick()).toBe(2);
    expect(await second.tick()).toBe(0);
    const sent = (await events(interview.id)).filter((e) => e.type === 'reminder.sent');
    expect(sent).toHaveLength(5);
    await second.stop();
  });

  it('starts over after a reschedule and stops for a cancelled interview', async () => {
    const sentAt = new Date();
    const interview = await invited();
    const s = scheduler();
    clock = at(sentAt, 25);
    expect(await s.tick()).toBe(3);
    // Rescheduled: a new SEQUENCE; everyone must confirm the new time, so the rules start over.
    const moved = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${interview.id}`,
      as,
      payload: {
        version: interview.version,
        startsAt: at(new Date(interview.startsAt), 48).toISOString(),
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const movedAt = new Date();
    clock = at(movedAt, 23);
    expect(await s.tick()).toBe(0);
    clock = at(movedAt, 25);
    expect(await s.tick()).toBe(3);
    const cancel = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/cancel`,
      as,
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    clock = at(new Date(moved.data.startsAt), -11);
    expect(await s.tick()).toBe(0);
    await s.stop();
  });

  it('reminds everyone who has not declined before the start when the interview asks for it', async () => {
    const interview = await invited({
      reminders: { everyoneBeforeHours: 2, pendingAfterHours: null },
    });
    const start = new Date(interview.startsAt);
    const s = scheduler();
    clock = at(start, -30);
    expect(await s.tick()).toBe(0);
    clock = at(start, -1);
    // Everyone (3): the pending ones get "please answer" (pending rule at 12 h), the wording
    // for "everyone" only goes to those who answered; one message per person either way.
    expect(await s.tick()).toBe(3);
    expect(await s.tick()).toBe(0);
    await s.stop();
  });

  it('runs on one instance at a time when several share the database', async () => {
    const sentAt = new Date();
    await invited();
    const a = scheduler();
    const b = scheduler();
    clock = at(sentAt, 25);
    expect(await a.tick()).toBe(3);
    // b finds the lease held by a (until it expires) and does nothing.
    expect(await b.tick()).toBe(0);
    // a stops and gives the lease up; b takes over at once.
    await a.stop();
    clock = at(sentAt, 26);
    const lease = async () =>
      (await t.database.db.selectFrom('scheduler_leases').select('holder').execute()).length;
    expect(await b.tick()).toBe(0);
    expect(await lease()).toBe(1);
    await b.stop();
    expect(await lease()).toBe(0);
  });
});
