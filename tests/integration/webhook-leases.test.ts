import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretBox } from '../../src/crypto/secret-box.js';
import { startWebhookWorker, type WebhookWorker } from '../../src/webhooks/webhook-worker.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { capturedLog } from '../helpers/captured-log.js';
import { engine } from '../helpers/database.js';
import { until } from '../helpers/process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

const MINUTE = 60_000;
const LEASE_MS = 5 * MINUTE;

// Two webhook workers on one database, as two instances, each with its own clock.
describe(`Webhook delivery leases between two workers (${engine})`, () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let admin: Credentials;
  const workers: WebhookWorker[] = [];

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    // The receiver is on loopback.
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(async () => {
    receiver.releaseHeld(503);
    for (const worker of workers) await worker.stop();
    await t.close();
    await receiver.close();
  });

  function startWorker(now: () => Date, retryBaseMs = 1) {
    const log = capturedLog();
    const worker = startWebhookWorker({
      database: t.database,
      box: secretBox(t.app.config.sessionSecret),
      allowPrivate: true,
      log,
      pollMs: 3_600_000,
      retryBaseMs,
      maxAttempts: 8,
      leaseMs: LEASE_MS,
      // Longer than the test: the held request is answered, late, by the test.
      timeoutMs: 10 * MINUTE,
      now,
    });
    workers.push(worker);
    return { worker, log };
  }

  /** A subscription at `path` with one test event queued for it. */
  async function oneQueuedDelivery(path: string) {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: { url: receiver.url(path), events: ['interview.cancelled'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const queued = await t.call({
      method: 'POST',
      url: `/api/v1/webhooks/${created.data.id}/test`,
      as: admin,
    });
    expect(queued.statusCode, queued.body).toBe(202);
    return queued.data.id as string;
  }

  const row = (id: string) =>
    t.database.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it.each([
    [200, 'delivered'],
    [500, 'retry'],
  ] as const)(
    'leaves a delivery as the worker that took it over left it when the stalled worker’s request is finally answered %i',
    async (status, outcome) => {
      const path = `/slow-${status}`;
      const id = await oneQueuedDelivery(path);
      receiver.holdNext(1);
      const stalled = startWorker(() => new Date());
      const stalledPass = stalled.worker.drain();
      await until(() => receiver.held() === 1, 'the stalled worker’s request held by the receiver');
      expect(await row(id)).toMatchObject({ state: 'sending', attempts: 1 });

      // Another worker, whose clock is past the stalled worker's lease.
      const takeover = startWorker(() => new Date(Date.now() + LEASE_MS + MINUTE));
      await takeover.worker.drain();
      const takenOver = await row(id);
      expect(takenOver).toMatchObject({
        state: 'delivered',
        attempts: 2,
        last_status: 200,
        last_error: null,
        locked_until: null,
      });
      expect(Date.parse(takenOver.delivered_at ?? '')).toBeGreaterThan(Date.now() + LEASE_MS);

      // The stalled worker's answer comes in at last; what it would record must not land.
      receiver.releaseHeld(status);
      await stalledPass;
      expect(await row(id)).toEqual(takenOver);
      const requests = receiver.at(path);
      expect(requests).toHaveLength(2);
      expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([id]));
      expect(stalled.log.lines).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          fields: expect.objectContaining({ deliveryId: id, outcome }),
          message: expect.stringContaining('taken over by another worker'),
        }),
      );
      // Nothing is due again: the late answer requeued nothing.
      await takeover.worker.drain();
      expect(receiver.at(path)).toHaveLength(2);
      expect(await row(id)).toEqual(takenOver);
    },
  );

  it('retries a failed delivery only when its backoff has passed on the worker’s clock', async () => {
    const id = await oneQueuedDelivery('/flaky');
    receiver.answer('/flaky', [503]);
    let ahead = 0;
    const { worker } = startWorker(() => new Date(Date.now() + ahead), MINUTE);
    await worker.drain();
    expect(await row(id)).toMatchObject({ state: 'queued', attempts: 1, last_status: 503 });

    ahead = 0.5 * MINUTE;
    await worker.drain();
    expect(receiver.at('/flaky')).toHaveLength(1);

    ahead = 1.5 * MINUTE;
    await worker.drain();
    expect(receiver.at('/flaky')).toHaveLength(2);
    expect(await row(id)).toMatchObject({ state: 'delivered', attempts: 2, last_status: 200 });
  });
});
