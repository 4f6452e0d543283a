import { expressionBuilder } from 'kysely';
import { Agent, request } from 'undici';
import type { SecretBox } from '../crypto/secret-box.js';
import { claimDue, finishClaimed } from '../db/claims.js';
import { type QueueWorkerOptions, retryDelayMs, startPollLoop } from '../db/poll-loop.js';
import type { Database, WebhookDeliveriesTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { webhookUrlIssues } from '../domain/webhook-url.js';
import { guardedLookup } from '../net/guarded-lookup.js';
import { describeRequestError } from '../net/request-error.js';
import { signWebhook } from './sign-webhook.js';

export interface WebhookWorkerOptions extends QueueWorkerOptions {
  box: SecretBox;
  /** ALLOW_PRIVATE_NETWORK (or WEBHOOK_ALLOW_PRIVATE): let deliveries reach private networks. */
  allowPrivate: boolean;
  /** Per attempt, for the connection, the headers and the body. */
  timeoutMs?: number;
}

export interface WebhookWorker {
  /** Delivers everything due now and resolves when nothing is due. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

const CLAIMED = ['id', 'webhook_id', 'payload', 'attempts'] as const;
type Claimed = Pick<WebhookDeliveriesTable, (typeof CLAIMED)[number]>;
type Worker = WebhookWorkerOptions & { now: () => Date };

// A paused subscription's deliveries wait, queued, until it is resumed.
const eb = expressionBuilder<Database, 'webhook_deliveries'>();
const activeSubscription = eb(
  'webhook_id',
  'in',
  eb.selectFrom('webhooks').select('id').where('active', '=', 1),
);

/**
 * Delivers queued webhook events: claims due deliveries (db/claims.ts: FOR UPDATE SKIP LOCKED
 * on PostgreSQL, so several instances share them), POSTs each with Standard Webhooks headers,
 * and records the outcome while the delivery is still under this worker's claim. A 2xx is
 * delivered; anything else (or no answer within the timeout) is retried with exponential
 * backoff and jitter until `maxAttempts`, then marked failed with the last status and error,
 * visible in the subscription's delivery log. Redirects are not followed, and every
 * connection is checked against the address it resolved to (SSRF), not only the URL's name.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { pollMs = 1000, batchSize = 20, now = () => new Date() } = options;
  const worker: Worker = { ...options, now };
  const agent = new Agent({
    connect: { lookup: guardedLookup(options.allowPrivate), timeout: options.timeoutMs ?? 10_000 },
  });
  const loop = startPollLoop({
    pollMs,
    batch: async () => {
      const claim = await claimDue(options.database, {
        queue: 'webhook_deliveries',
        columns: CLAIMED,
        limit: batchSize,
        now: now(),
        leaseMs: options.leaseMs,
        where: activeSubscription,
      });
      await Promise.all(claim.rows.map((delivery) => deliver(worker, agent, claim.id, delivery)));
      return claim.rows.length === batchSize;
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

interface Outcome {
  status: number | null;
  /** Null when the receiver answered 2xx. */
  error: string | null;
}

async function deliver(
  options: Worker,
  agent: Agent,
  claimId: string,
  delivery: Claimed,
): Promise<void> {
  const webhook = await options.database.db
    .selectFrom('webhooks')
    .select(['url', 'secret_box'])
    .where('id', '=', delivery.webhook_id)
    .executeTakeFirst();
  if (!webhook) return; // deleted meanwhile: its deliveries went with it
  const refused = webhookUrlIssues(webhook.url, options.allowPrivate)[0];
  const outcome = refused
    ? { status: null, error: `url ${refused.message}` }
    : await post(options, agent, delivery, webhook);
  await recordOutcome(options, claimId, delivery, outcome);
}

/** One attempt: the signed POST and what came of it. */
async function post(
  options: Worker,
  agent: Agent,
  delivery: Claimed,
  webhook: { url: string; secret_box: string },
): Promise<Outcome> {
  const timestamp = Math.floor(options.now().getTime() / 1000);
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
    const status = response.statusCode;
    await response.body.dump({ limit: 64 * 1024 });
    return { status, error: status < 200 || status >= 300 ? `HTTP ${status}` : null };
  } catch (caught) {
    return { status: null, error: describeRequestError(caught) };
  }
}

/** Delivered, retried later or failed for good: recorded only while the claim still holds. */
async function recordOutcome(
  options: Worker,
  claimId: string,
  delivery: Claimed,
  { status, error }: Outcome,
): Promise<void> {
  const now = options.now();
  const giveUp = error !== null && delivery.attempts >= (options.maxAttempts ?? 8);
  const delay = retryDelayMs(delivery.attempts, options.retryBaseMs ?? 30_000, 6 * 3_600_000);
  const { lost } = await finishClaimed(options.database.db, {
    queue: 'webhook_deliveries',
    claimId,
    ids: [delivery.id],
    set:
      error === null
        ? {
            state: 'delivered',
            last_status: status,
            last_error: null,
            delivered_at: toDbTime(now),
          }
        : {
            state: giveUp ? 'failed' : 'queued',
            last_status: status,
            last_error: error,
            next_attempt_at: toDbTime(new Date(now.getTime() + delay)),
          },
  });
  const facts = {
    deliveryId: delivery.id,
    webhookId: delivery.webhook_id,
    attempts: delivery.attempts,
  };
  if (lost.length > 0) {
    // Stalled past its lease (a slow receiver): another worker has taken the delivery over.
    const outcome = error === null ? 'delivered' : giveUp ? 'failed' : 'retry';
    options.log.warn(
      { ...facts, claimId, outcome, error },
      'webhook delivery was taken over by another worker after its lease ran out; this result is not recorded',
    );
    return;
  }
  if (error === null) return;
  const log = giveUp ? options.log.error : options.log.warn;
  log.call(
    options.log,
    { ...facts, error },
    giveUp ? 'webhook delivery failed for good' : 'webhook delivery failed, will retry',
  );
}
