import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import { Agent, request } from 'undici';
import type { SecretBox } from '../auth/secret-box.js';
import type { Db } from '../db/database.js';
import { retryDelayMs, startPollLoop } from '../db/poll-loop.js';
import type { WebhookDeliveriesTable } from '../db/schema.js';
import { isPublicAddress, webhookUrlIssues } from '../domain/webhook-url.js';
import { describeDeliveryError, nonPublicAddressError } from './delivery-error.js';
import { signWebhook } from './sign-webhook.js';

export interface WebhookWorkerOptions {
  database: Db;
  box: SecretBox;
  /** WEBHOOK_ALLOW_PRIVATE: let deliveries reach loopback and private networks. */
  allowPrivate: boolean;
  log: {
    info(o: object, m: string): void;
    warn(o: object, m: string): void;
    error(o: object, m: string): void;
  };
  pollMs?: number;
  batchSize?: number;
  /** Attempts before a delivery is marked failed (Standard Webhooks suggests about a day). */
  maxAttempts?: number;
  /** First retry delay; each later one doubles, up to six hours. */
  retryBaseMs?: number;
  leaseMs?: number;
  /** Per attempt, for the connection, the headers and the body. */
  timeoutMs?: number;
}

export interface WebhookWorker {
  /** Delivers everything due now and resolves when nothing is due. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

type Claimed = Pick<WebhookDeliveriesTable, 'id' | 'webhook_id' | 'payload' | 'attempts'>;

/**
 * Delivers queued webhook events: claims due deliveries (FOR UPDATE SKIP LOCKED on PostgreSQL,
 * so several instances share them), POSTs each with Standard Webhooks headers, and records the
 * outcome. A 2xx is delivered; anything else (or no answer within the timeout) is retried with
 * exponential backoff and jitter until `maxAttempts`, then marked failed with the last status
 * and error, visible in the subscription's delivery log. Redirects are not followed, and every
 * connection is checked against the address it resolved to (SSRF), not only the URL's name.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { pollMs = 1000, batchSize = 20 } = options;
  const agent = new Agent({
    connect: { lookup: guardedLookup(options.allowPrivate), timeout: options.timeoutMs ?? 10_000 },
  });
  const loop = startPollLoop({
    pollMs,
    batch: async () => {
      const batch = await claim(options, batchSize);
      await Promise.all(batch.map((delivery) => deliver(options, agent, delivery)));
      return batch.length === batchSize;
    },
    onError: (error) => options.log.error({ err: error }, 'webhook pass failed'),
  });
  return {
    drain: loop.drain,
    stop: async () => {
      await loop.stop();
      await agent.close();
    },
  };
}

async function claim(options: WebhookWorkerOptions, limit: number): Promise<Claimed[]> {
  const { db, engine } = options.database;
  const now = new Date();
  const leaseEnds = new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000)).toISOString();
  let due = db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('next_attempt_at', '<=', now.toISOString())]),
        eb.and([eb('state', '=', 'sending'), eb('locked_until', '<', now.toISOString())]),
      ]),
    )
    // A paused subscription's deliveries wait, queued, until it is resumed.
    .where('webhook_id', 'in', db.selectFrom('webhooks').select('id').where('active', '=', 1))
    .orderBy('next_attempt_at')
    .limit(limit);
  if (engine === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ state: 'sending', locked_until: leaseEnds, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returning(['id', 'webhook_id', 'payload', 'attempts'])
    .execute();
}

async function deliver(
  options: WebhookWorkerOptions,
  agent: Agent,
  delivery: Claimed,
): Promise<void> {
  const { db } = options.database;
  const webhook = await db
    .selectFrom('webhooks')
    .select(['url', 'secret_box'])
    .where('id', '=', delivery.webhook_id)
    .executeTakeFirst();
  let status: number | null = null;
  let error: string | null = null;
  if (!webhook) return; // deleted meanwhile: its deliveries went with it
  const refused = webhookUrlIssues(webhook.url, options.allowPrivate)[0];
  if (refused) {
    error = `url ${refused.message}`;
  } else {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const secret = options.box.open(webhook.secret_box);
      const response = await request(webhook.url, {
        method: 'POST',
        dispatcher: agent,
        body: delivery.payload,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Convene-Webhooks/1',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook({
            id: delivery.id,
            timestamp,
            body: delivery.payload,
            secret,
          }),
        },
        headersTimeout: options.timeoutMs ?? 10_000,
        bodyTimeout: options.timeoutMs ?? 10_000,
      });
      status = response.statusCode;
      await response.body.dump({ limit: 64 * 1024 });
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (caught) {
      error = describeDeliveryError(caught);
    }
  }
  const now = new Date();
  if (error === null) {
    await db
      .updateTable('webhook_deliveries')
      .set({
        state: 'delivered',
        last_status: status,
        last_error: null,
        locked_until: null,
        delivered_at: now.toISOString(),
      })
      .where('id', '=', delivery.id)
      .execute();
    return;
  }
  const giveUp = delivery.attempts >= (options.maxAttempts ?? 8);
  const base = options.retryBaseMs ?? 30_000;
  const delay = retryDelayMs(delivery.attempts, base, 6 * 3_600_000);
  await db
    .updateTable('webhook_deliveries')
    .set({
      state: giveUp ? 'failed' : 'queued',
      last_status: status,
      last_error: error,
      locked_until: null,
      next_attempt_at: new Date(now.getTime() + delay).toISOString(),
    })
    .where('id', '=', delivery.id)
    .execute();
  const log = giveUp ? options.log.error : options.log.warn;
  log.call(
    options.log,
    { deliveryId: delivery.id, webhookId: delivery.webhook_id, attempts: delivery.attempts, error },
    giveUp ? 'webhook delivery failed for good' : 'webhook delivery failed, will retry',
  );
}

// Resolves as usual, then refuses the connection when any address the name resolves to is not
// public: a DNS name cannot be used to reach loopback, private networks or cloud metadata.
function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: object,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const blocked = list.find((a) => !isPublicAddress(a.address));
      if (blocked && !allowPrivate) return callback(nonPublicAddressError(hostname), []);
      const wantsAll = (options as { all?: boolean }).all === true;
      if (wantsAll) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      return callback(null, first.address, first.family);
    });
  };
}
