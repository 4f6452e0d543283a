import { hostname } from 'node:os';
import pino from 'pino';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretBox } from '../../src/crypto/secret-box.js';
import {
  newParticipantTokens,
  saveParticipantTokens,
} from '../../src/messages/participant-tokens.js';
import { startWebhookWorker, type WebhookWorker } from '../../src/webhooks/webhook-worker.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { testClock } from '../helpers/clock.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import {
  type ReceivedWebhook,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../helpers/webhook-receiver.js';

describe(`Webhooks (${engine})`, () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let worker: WebhookWorker;
  const clock = testClock();
  let admin: Credentials;
  let coordinator: Credentials;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    // The receiver is on loopback, so this app allows private targets; SSRF is tested below.
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    worker = startWebhookWorker({
      database: t.database,
      box: secretBox(t.app.config.sessionSecret),
      allowPrivate: true,
      log: pino({ level: 'silent' }),
      pollMs: 3_600_000,
      retryBaseMs: 1,
      maxAttempts: 3,
      now: clock.now,
    });
    admin = (await t.signedIn('admin')).as;
    coordinator = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await worker.stop();
    await t.close();
    await receiver.close();
  });

  const subscribe = async (path: string, events: string[]) => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url: receiver.url(path), events, description: `Receiver ${path}` },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    return created.data as { id: string; secret: string };
  };
  const deliveries = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/webhooks/${id}/deliveries`, as: admin })).data
      .items as Array<{
      id: string;
      event: string;
      state: string;
      attempts: number;
      lastStatus: number | null;
      lastError: string | null;
    }>;
  /** Runs the worker until nothing is due, moving its clock past each retry's backoff. */
  const deliverAll = async () => {
    for (let i = 0; i < 5; i++) {
      clock.advance(1_000);
      await worker.drain();
    }
  };

  it('delivers subscribed events, signed so an independent Standard Webhooks check accepts them', async () => {
    const hook = await subscribe('/ats', ['interview.invites_sent', 'interview.cancelled']);
    const { interview } = await setUpInterview(t, coordinator);
    await sendSeededInvites(t, coordinator, interview.id);
    const cancel = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/cancel`,
      as: coordinator,
      payload: { reason: 'Position filled' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    await deliverAll();

    const requests = receiver.at('/ats');
    // status.changed (awaiting_confirmation, cancelled) is not subscribed: two events only.
    expect(requests).toHaveLength(2);
    const verifier = new StandardWebhook(hook.secret);
    const payloads = requests.map((r) =>
      verifier.verify(r.body, {
        'webhook-id': String(r.headers['webhook-id']),
        'webhook-timestamp': String(r.headers['webhook-timestamp']),
        'webhook-signature': String(r.headers['webhook-signature']),
      }),
    ) as Array<{ type: string; timestamp: string; data: Record<string, unknown> }>;
    // Webhooks promise no order (Standard Webhooks): each event's timestamp says when.
    const byType = Object.fromEntries(payloads.map((p) => [p.type, p]));
    expect(Object.keys(byType).sort()).toEqual(['interview.cancelled', 'interview.invites_sent']);
    for (const payload of payloads) expect(payload.data.interviewId).toBe(interview.id);
    expect(byType['interview.cancelled']?.data.reason).toBe('Position filled');
    expect(Date.parse(String(byType['interview.invites_sent']?.timestamp))).toBeLessThanOrEqual(
      Date.parse(String(byType['interview.cancelled']?.timestamp)),
    );
    // A forged or altered body fails the same independent check.
    const first = requests.find((r) => r.body.includes('invites_sent')) as ReceivedWebhook;
    expect(() =>
      verifier.verify(first.body.replace('invites_sent', 'scheduled'), {
        'webhook-id': String(first.headers['webhook-id']),
        'webhook-timestamp': String(first.headers['webhook-timestamp']),
        'webhook-signature': String(first.headers['webhook-signature']),
      }),
    ).toThrow();
    const log = await deliveries(hook.id);
    expect(log.map((d) => [d.event, d.state, d.lastStatus]).sort()).toEqual([
      ['interview.cancelled', 'delivered', 200],
      ['interview.invites_sent', 'delivered', 200],
    ]);
  });

  it('queues a delivery for each answer and for the status it brings, to matching active subscriptions only', async () => {
    const hook = await subscribe('/answers', ['participant.confirmed', 'interview.scheduled']);
    const other = await subscribe('/declines', ['participant.declined']);
    const paused = await subscribe('/answers-paused', ['participant.confirmed']);
    await t.call({
      method: 'PATCH',
      url: `/api/v1/webhooks/${paused.id}`,
      as: admin,
      payload: { active: false },
    });
    const { interview } = await setUpInterview(t, coordinator);
    await sendSeededInvites(t, coordinator, interview.id);
    const participants = await t.database.db
      .selectFrom('participants')
      .select(['id', 'role'])
      .where('interview_id', '=', interview.id)
      .orderBy('position')
      .execute();
    const tokens = newParticipantTokens(participants.map((p) => p.id));
    await saveParticipantTokens(t.database.db, tokens);
    // Through the page's form and the JSON API alike; the last confirmation schedules it.
    for (const [i, { token }] of tokens.entries()) {
      const answered = await t.app.inject({
        method: 'POST',
        url: i % 2 === 0 ? `/i/${token}/confirm` : `/api/v1/invitations/${token}/confirm`,
      });
      expect([200, 303]).toContain(answered.statusCode);
    }
    // A repeat press changes nothing and queues nothing.
    await t.app.inject({ method: 'POST', url: `/i/${tokens[0]?.token}/confirm` });
    const queued = await t.database.db
      .selectFrom('webhook_deliveries')
      .select(['id', 'webhook_id', 'event_type', 'payload', 'state', 'attempts'])
      .where('webhook_id', 'in', [hook.id, other.id, paused.id])
      .execute();
    expect(queued.map((d) => [d.webhook_id, d.event_type]).sort()).toEqual(
      [
        ...participants.map(() => [hook.id, 'participant.confirmed']),
        [hook.id, 'interview.scheduled'],
      ].sort(),
    );
    for (const delivery of queued) {
      expect(delivery.id).toMatch(/^msg_[0-9a-f]{32}$/);
      expect([delivery.state, delivery.attempts]).toEqual(['queued', 0]);
    }
    const events = await t.database.db
      .selectFrom('events')
      .select(['id', 'type', 'actor_id'])
      .where('interview_id', '=', interview.id)
      .where('type', 'in', ['participant.confirmed', 'status.changed'])
      .execute();
    await deliverAll();
    const verifier = new StandardWebhook(hook.secret);
    const payloads = receiver.at('/answers').map((r) =>
      verifier.verify(r.body, {
        'webhook-id': String(r.headers['webhook-id']),
        'webhook-timestamp': String(r.headers['webhook-timestamp']),
        'webhook-signature': String(r.headers['webhook-signature']),
      }),
    ) as Array<{ type: string; timestamp: string; data: Record<string, unknown> }>;
    expect(payloads).toHaveLength(participants.length + 1);
    for (const payload of payloads) {
      expect(payload.data.interviewId).toBe(interview.id);
      const event = events.find((e) => e.id === payload.data.eventId);
      expect(event?.type).toBe(
        payload.type === 'interview.scheduled' ? 'status.changed' : 'participant.confirmed',
      );
      expect(payload.data.actor).toMatchObject({ type: 'participant', id: event?.actor_id });
    }
    const scheduled = payloads.find((p) => p.type === 'interview.scheduled');
    expect(scheduled?.data).toMatchObject({ from: 'awaiting_confirmation', to: 'scheduled' });
    const confirmations = payloads.filter((p) => p.type === 'participant.confirmed');
    expect(confirmations.map((p) => p.data.role).sort()).toEqual(
      participants.map((p) => p.role).sort(),
    );
    for (const p of confirmations) expect(p.data).toMatchObject({ via: 'link', reason: null });
    expect(receiver.at('/declines')).toHaveLength(0);
    expect(receiver.at('/answers-paused')).toHaveLength(0);
  });

  it('retries a 500 with the same webhook-id until it is accepted', async () => {
    const hook = await subscribe('/flaky', ['interview.cancelled']);
    receiver.answer('/flaky', [500, 503]);
    const test = await t.call({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.id}/test`,
      as: admin,
    });
    expect(test.statusCode, test.body).toBe(202);
    expect(test.data).toMatchObject({ event: 'webhook.test', state: 'queued' });
    await deliverAll();
    const attempts = receiver.at('/flaky');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['webhook-id']))).toEqual(new Set([test.data.id]));
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 3, lastStatus: 200 });
  });

  it('gives up after the attempt limit and shows the failure in the delivery log', async () => {
    const hook = await subscribe('/down', ['interview.cancelled']);
    receiver.answer('/down', [500, 500, 500, 500, 500]);
    await t.call({ method: 'POST', url: `/api/v1/webhooks/${hook.id}/test`, as: admin });
    await deliverAll();
    expect(receiver.at('/down')).toHaveLength(3);
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({
      state: 'failed',
      attempts: 3,
      lastStatus: 500,
      lastError: 'HTTP 500',
    });
  });

  it('signs with a secret the subscriber chose, and refuses a weak one', async () => {
    const own = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url: receiver.url('/own'), events: ['interview.cancelled'], secret: own },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data.secret).toBe(own);
    await t.call({ method: 'POST', url: `/api/v1/webhooks/${created.data.id}/test`, as: admin });
    await deliverAll();
    const [request] = receiver.at('/own');
    expect(request).toBeDefined();
    const payload = new StandardWebhook(own).verify(request?.body ?? '', {
      'webhook-id': String(request?.headers['webhook-id']),
      'webhook-timestamp': String(request?.headers['webhook-timestamp']),
      'webhook-signature': String(request?.headers['webhook-signature']),
    }) as { type: string };
    expect(payload.type).toBe('webhook.test');
    const weak = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: {
        url: receiver.url('/weak'),
        events: ['interview.cancelled'],
        secret: 'whsec_c2hvcnQ=',
      },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.data.error.details.issues[0].field).toBe('secret');
  });

  it('pausing stops deliveries, queued ones wait for the resume; only admins manage webhooks; bad input is named', async () => {
    const hook = await subscribe('/paused', ['interview.cancelled']);
    const paused = await t.call({
      method: 'PATCH',
      url: `/api/v1/webhooks/${hook.id}`,
      as: admin,
      payload: { active: false },
    });
    expect(paused.data.active).toBe(false);
    const { interview } = await setUpInterview(t, coordinator);
    await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/cancel`,
      as: coordinator,
    });
    await deliverAll();
    expect(receiver.at('/paused')).toHaveLength(0);

    // A delivery queued before the pause waits for the resume, then goes out once.
    const held = await subscribe('/held', ['interview.cancelled']);
    const second = await setUpInterview(t, coordinator);
    await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${second.interview.id}/cancel`,
      as: coordinator,
    });
    const setActive = (active: boolean) =>
      t.call({
        method: 'PATCH',
        url: `/api/v1/webhooks/${held.id}`,
        as: admin,
        payload: { active },
      });
    expect((await setActive(false)).statusCode).toBe(200);
    await deliverAll();
    expect(receiver.at('/held')).toHaveLength(0);
    expect((await deliveries(held.id)).map((d) => [d.state, d.attempts])).toEqual([['queued', 0]]);
    expect((await setActive(true)).statusCode).toBe(200);
    await deliverAll();
    expect(receiver.at('/held')).toHaveLength(1);
    expect((await deliveries(held.id)).map((d) => d.state)).toEqual(['delivered']);

    const forbidden = await t.call({ method: 'GET', url: '/api/v1/webhooks', as: coordinator });
    expect(forbidden.statusCode).toBe(403);
    const badEvent = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url: 'https://ats.example.com/hook', events: ['interview.exploded'] },
    });
    expect(badEvent.statusCode).toBe(400);
    expect(badEvent.data.error.details.issues[0].field).toBe('events.0');
    const badScheme = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url: 'file:///etc/passwd', events: ['interview.cancelled'] },
    });
    expect(badScheme.statusCode).toBe(400);
    expect(badScheme.data.error.details.issues[0].field).toBe('url');
    const list = await t.call({ method: 'GET', url: '/api/v1/webhooks', as: admin });
    expect(JSON.stringify(list.data)).not.toContain('whsec_');
  });
});

describe(`Webhooks refuse private targets unless allowed (SSRF, ${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp({});
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://[::1]/hook',
    'http://10.1.2.3/hook',
    'http://192.168.0.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::127.0.0.1]/hook',
    'http://[64:ff9b::a9fe:a9fe]/latest/meta-data',
    'http://0.0.0.0/hook',
    'http://localhost:3000/hook',
    'https://user:pass@ats.example.com/hook',
  ])('refuses %s', async (url) => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url, events: ['interview.cancelled'] },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.data.error.details.issues[0].field).toBe('url');
  });

  it('checks the address a host name resolves to at delivery, not only the name', async () => {
    // This machine's own name resolves to a loopback address.
    const receiver = await startWebhookReceiver();
    try {
      const created = await t.call({
        method: 'POST',
        url: '/api/v1/webhooks',
        as: admin,
        payload: {
          url: `http://${hostname()}:${receiver.port}/internal`,
          events: ['interview.cancelled'],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const worker = startWebhookWorker({
        database: t.database,
        box: secretBox(t.app.config.sessionSecret),
        allowPrivate: false,
        log: pino({ level: 'silent' }),
        pollMs: 3_600_000,
        maxAttempts: 1,
      });
      await t.call({ method: 'POST', url: `/api/v1/webhooks/${created.data.id}/test`, as: admin });
      await worker.drain();
      await worker.stop();
      expect(receiver.received).toHaveLength(0);
      const log = await t.call({
        method: 'GET',
        url: `/api/v1/webhooks/${created.data.id}/deliveries`,
        as: admin,
      });
      expect(log.data.items[0].state).toBe('failed');
      expect(log.data.items[0].lastError).toMatch(/non-public address/);
    } finally {
      await receiver.close();
    }
  });

  /** Delivers a test event to `url` once and returns what its delivery log says. */
  async function deliverOnce(url: string, allowPrivate: boolean) {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url, events: ['interview.cancelled'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const worker = startWebhookWorker({
      database: t.database,
      box: secretBox(t.app.config.sessionSecret),
      allowPrivate,
      log: pino({ level: 'silent' }),
      pollMs: 3_600_000,
      maxAttempts: 1,
    });
    await t.call({ method: 'POST', url: `/api/v1/webhooks/${created.data.id}/test`, as: admin });
    await worker.drain();
    await worker.stop();
    const log = await t.call({
      method: 'GET',
      url: `/api/v1/webhooks/${created.data.id}/deliveries`,
      as: admin,
    });
    return log.data.items[0] as { state: string; lastError: string };
  }

  // Addresses, loopback or private, as the delivery log must never show them.
  const ADDRESS = /\b127\.\d|\b\d{1,3}(\.\d{1,3}){3}\b|::1\b|\[?[0-9a-f]*:[0-9a-f:]+\]?/i;

  it('logs a delivery refused for the address its name resolves to without that address', async () => {
    const item = await deliverOnce(`http://${hostname()}:9/internal`, false);
    expect(item.state).toBe('failed');
    expect(item.lastError).toBe(`${hostname()} resolves to a non-public address`);
    expect(item.lastError).not.toMatch(ADDRESS);
  });

  it('logs a failed connection without the address it was made to', async () => {
    // Allowed to go private (as on-premise), to a port where nothing listens.
    const receiver = await startWebhookReceiver();
    const port = receiver.port;
    await receiver.close();
    const item = await deliverOnce(`http://${hostname()}:${port}/gone`, true);
    expect(item.state).toBe('failed');
    expect(item.lastError).toMatch(/connection refused/);
    expect(item.lastError).not.toMatch(ADDRESS);
  });
});
