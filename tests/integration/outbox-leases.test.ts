import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OutboxWorker, startOutboxWorker } from '../../src/mail/outbox-worker.js';
import { transportFor } from '../../src/mail/transports.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { capturedLog } from '../helpers/captured-log.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { until } from '../helpers/process.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

const MAIL_FROM = 'interviews@example.com';
const MINUTE = 60_000;
const LEASE_MS = 5 * MINUTE;

// Two workers on one database, as two instances: each with its own SMTP connections and clock.
describe(`Outbox leases between two workers (${engine})`, () => {
  let sink: SmtpSink;
  let t: TestApp;
  let as: Credentials;
  const workers: OutboxWorker[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_FROM });
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    // A worker still waiting on a held message is let go first.
    await sink.releaseHeld(421);
    for (const worker of workers) await worker.stop();
    await t.close();
    await sink.close();
  });

  function startWorker(now: () => Date, retryBaseMs = 1) {
    const log = capturedLog();
    const worker = startOutboxWorker({
      database: t.database,
      transport: transportFor(sink.url),
      from: MAIL_FROM,
      log,
      pollMs: 3_600_000,
      leaseMs: LEASE_MS,
      retryBaseMs,
      now,
    });
    workers.push(worker);
    return { worker, log };
  }

  /** An interview whose invites are out, and one resent invite waiting in the outbox. */
  async function oneQueuedMessage() {
    const { interview } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    const { worker } = startWorker(() => new Date());
    await worker.drain();
    const details = await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as });
    const candidate = details.data.participants.find(
      (p: { role: string }) => p.role === 'candidate',
    );
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/invites/resend`,
      as,
      payload: { participantIds: [candidate.id] },
    });
    expect(resent.statusCode, resent.body).toBe(200);
    const [message] = await t.database.db
      .selectFrom('messages')
      .selectAll()
      .where('interview_id', '=', interview.id)
      .where('state', '=', 'queued')
      .execute();
    if (!message) throw new Error('expected one queued message');
    return message;
  }

  const row = (id: string) =>
    t.database.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const eventsOf = (interviewId: string) =>
    t.database.db
      .selectFrom('events')
      .selectAll()
      .where('interview_id', '=', interviewId)
      .orderBy('id')
      .execute();
  const atSink = (messageId: string) =>
    sink.received.filter((m) => m.parsed.messageId === messageId).length;

  it.each([
    ['accepted', undefined, 'sent'],
    ['refused for now (451)', 451, 'retry'],
    ['refused for good (550)', 550, 'failed'],
  ] as const)(
    'leaves a message as the worker that took it over left it when the stalled worker’s send is finally %s',
    async (_, code, outcome) => {
      const message = await oneQueuedMessage();
      sink.holdNext(1);
      const stalled = startWorker(() => new Date());
      const stalledPass = stalled.worker.drain();
      await until(() => sink.held() === 1, 'the stalled worker’s message held by the SMTP server');
      expect(await row(message.id)).toMatchObject({ state: 'sending', attempts: 1 });
      // Another worker, whose clock is past the stalled worker's lease (a worker starts with a
      // pass, so it is started only now).
      const takeover = startWorker(() => new Date(Date.now() + LEASE_MS + MINUTE));

      await takeover.worker.drain();
      const takenOver = await row(message.id);
      expect(takenOver).toMatchObject({ state: 'sent', attempts: 2, raw: '', last_error: null });
      expect(Date.parse(takenOver.sent_at ?? '')).toBeGreaterThan(Date.now() + LEASE_MS);
      expect(atSink(message.message_id)).toBe(1);
      const events = await eventsOf(message.interview_id as string);

      // The stalled worker's answer comes in at last; what it would record must not land.
      await sink.releaseHeld(code);
      await stalledPass;
      expect(await row(message.id)).toEqual(takenOver);
      expect(await eventsOf(message.interview_id as string)).toEqual(events);
      const about = (type: string) =>
        events.filter((e) => e.type === type && JSON.parse(e.data).messageId === message.id);
      expect(about('message.sent')).toHaveLength(1);
      expect(about('message.failed')).toHaveLength(0);
      expect(atSink(message.message_id)).toBe(code === undefined ? 2 : 1);
      expect(stalled.log.lines).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          fields: expect.objectContaining({ messageId: message.id, outcome }),
          message: expect.stringContaining('taken over by another worker'),
        }),
      );
      // Nothing else is due: the late answer requeued nothing.
      await takeover.worker.drain();
      expect(await row(message.id)).toEqual(takenOver);
    },
  );

  it('does not take over a message whose lease is still running, and does once it has ended', async () => {
    const message = await oneQueuedMessage();
    sink.holdNext(1);
    const stalled = startWorker(() => new Date());
    const stalledPass = stalled.worker.drain();
    await until(() => sink.held() === 1, 'the stalled worker’s message held by the SMTP server');

    let ahead = LEASE_MS - MINUTE;
    const other = startWorker(() => new Date(Date.now() + ahead));
    await other.worker.drain();
    expect(await row(message.id)).toMatchObject({ state: 'sending', attempts: 1 });
    expect(atSink(message.message_id)).toBe(0);

    ahead = LEASE_MS + MINUTE;
    await other.worker.drain();
    expect(await row(message.id)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(atSink(message.message_id)).toBe(1);
    await sink.releaseHeld(421);
    await stalledPass;
  });

  it('retries a message refused for now only when its backoff has passed on the worker’s clock', async () => {
    const message = await oneQueuedMessage();
    let ahead = 0;
    sink.failNext(1, 451);
    const { worker } = startWorker(() => new Date(Date.now() + ahead), MINUTE);
    await worker.drain();
    const refused = await row(message.id);
    expect(refused).toMatchObject({ state: 'queued', attempts: 1, locked_until: null });
    // A first retry waits one base delay, ±20 %.
    const wait = Date.parse(refused.next_attempt_at) - Date.now();
    expect(wait).toBeGreaterThan(0.8 * MINUTE - 5_000);
    expect(wait).toBeLessThanOrEqual(1.2 * MINUTE);

    ahead = 0.5 * MINUTE;
    await worker.drain();
    expect(await row(message.id)).toMatchObject({ state: 'queued', attempts: 1 });

    ahead = 1.5 * MINUTE;
    await worker.drain();
    expect(await row(message.id)).toMatchObject({ state: 'sent', attempts: 2, last_error: null });
    expect(atSink(message.message_id)).toBe(1);
  });
});
