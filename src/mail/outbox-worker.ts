import type { Db } from '../db/database.js';
import { recordEvent, recordEvents, SYSTEM } from '../db/events.js';
import { retryDelayMs, startPollLoop } from '../db/poll-loop.js';
import type { MessagesTable } from '../db/schema.js';
import type { Transport } from './transports.js';

export interface OutboxWorkerOptions {
  database: Db;
  transport: Transport;
  /** The envelope sender (MAIL_FROM). */
  from: string;
  log: {
    info(o: object, m: string): void;
    warn(o: object, m: string): void;
    error(o: object, m: string): void;
  };
  pollMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay; each later one doubles, up to an hour. */
  retryBaseMs?: number;
  /** How long a claimed message is reserved before another worker may take it over. */
  leaseMs?: number;
}

export interface OutboxWorker {
  /** Look for work now instead of at the next poll (called after a transaction queued mail). */
  wake(): void;
  /** Delivers everything due now and resolves when the outbox has nothing due. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/** The worker's lease and retry timing from the configuration. */
export function outboxTiming(config: {
  outboxLeaseSeconds: number;
  outboxRetrySeconds: number;
  outboxPollSeconds: number;
}) {
  return {
    leaseMs: config.outboxLeaseSeconds * 1000,
    retryBaseMs: config.outboxRetrySeconds * 1000,
    pollMs: config.outboxPollSeconds * 1000,
  };
}

type Claimed = Pick<
  MessagesTable,
  'id' | 'interview_id' | 'to_email' | 'raw' | 'attempts' | 'kind'
>;

/**
 * Delivers the outbox: claims due messages in batches (on PostgreSQL with FOR UPDATE SKIP
 * LOCKED, so several instances share the work), sends each, and records sent/failed with
 * retries and exponential backoff. A crash mid-send leaves the message claimed until its lease
 * ends, then it is sent again with the same Message-ID, which mail clients show once.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { pollMs = 1000, batchSize = 100 } = options;
  const loop = startPollLoop({
    pollMs,
    batch: async () => {
      const batch = await claim(options, batchSize);
      await deliverBatch(options, batch);
      return batch.length === batchSize;
    },
    onError: (error) => options.log.error({ err: error }, 'outbox pass failed'),
  });
  return {
    wake: loop.wake,
    drain: loop.drain,
    stop: async () => {
      await loop.stop();
      options.transport.close();
    },
  };
}

async function claim(options: OutboxWorkerOptions, limit: number): Promise<Claimed[]> {
  const { db, engine } = options.database;
  const now = new Date();
  const leaseEnds = new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000)).toISOString();
  let due = db
    .selectFrom('messages')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('next_attempt_at', '<=', now.toISOString())]),
        eb.and([eb('state', '=', 'sending'), eb('locked_until', '<', now.toISOString())]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit);
  if (engine === 'postgres') due = due.forUpdate().skipLocked();
  // On SQLite a statement that finds the write lock taken waits on a timer (database.ts), so
  // deliveries in flight keep going meanwhile.
  return db
    .updateTable('messages')
    .set((eb) => ({ state: 'sending', locked_until: leaseEnds, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returning(['id', 'interview_id', 'to_email', 'raw', 'attempts', 'kind'])
    .execute();
}

// Sends a claimed batch side by side over the pooled transport and records the successes in
// groups (one UPDATE and one event insert each) as they come in, rather than a transaction per
// message: a crash then re-sends at most one unrecorded group plus what was in flight, with the
// same Message-ID.
const RECORD_GROUP = 20;

async function deliverBatch(options: OutboxWorkerOptions, batch: Claimed[]): Promise<void> {
  if (batch.length === 0) return;
  let accepted: Array<{ message: Claimed; at: Date }> = [];
  let recording: Promise<void> = Promise.resolve();
  // A failed record (the database went away) must not be an unhandled rejection while the batch
  // is still sending: the chain never rejects, the first failure is thrown at the end, and the
  // messages it could not record are re-sent after their lease, with the same Message-ID.
  let failure: unknown;
  const record = () => {
    const group = accepted;
    accepted = [];
    if (group.length === 0) return;
    recording = recording.then(() =>
      recordSent(options, group).catch((error: unknown) => {
        failure ??= error;
      }),
    );
  };
  await Promise.all(
    batch.map(async (message) => {
      const at = new Date();
      try {
        await options.transport.send({
          from: options.from,
          to: message.to_email,
          raw: Buffer.from(message.raw, 'utf8'),
        });
      } catch (error) {
        await recordFailure(options, message, error, at);
        return;
      }
      accepted.push({ message, at });
      if (accepted.length >= RECORD_GROUP) record();
    }),
  );
  record();
  await recording;
  if (failure !== undefined) throw failure;
}

async function recordSent(
  options: OutboxWorkerOptions,
  sent: Array<{ message: Claimed; at: Date }>,
): Promise<void> {
  const { db } = options.database;
  const transport = options.transport.name;
  const dev = transport === 'dev';
  // One timestamp for the batch's row update (the last acceptance); each event keeps its own.
  const finished = new Date(Math.max(...sent.map((s) => s.at.getTime())));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('messages')
      // Once SMTP has it, the body (with its personal link) is dropped from the database; the
      // development mailbox keeps it, since showing it is its purpose.
      .set({
        state: 'sent',
        sent_at: finished.toISOString(),
        transport,
        locked_until: null,
        last_error: null,
        ...(dev ? {} : { raw: '' }),
      })
      .where(
        'id',
        'in',
        sent.map((s) => s.message.id),
      )
      .execute();
    await recordEvents(
      trx,
      sent.map(({ message, at }) => ({
        interviewId: message.interview_id,
        type: 'message.sent',
        actor: SYSTEM,
        data: { messageId: message.id, to: message.to_email, kind: message.kind, transport },
        at,
      })),
    );
  });
}

async function recordFailure(
  options: OutboxWorkerOptions,
  message: Claimed,
  error: unknown,
  now: Date,
): Promise<void> {
  const { db } = options.database;
  const text = describe(error);
  const code = (error as { responseCode?: number }).responseCode;
  const permanent = typeof code === 'number' && code >= 500 && code < 600;
  const giveUp = permanent || message.attempts >= (options.maxAttempts ?? 8);
  const base = options.retryBaseMs ?? 30_000;
  const delay = retryDelayMs(message.attempts, base, 3_600_000);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('messages')
      .set({
        state: giveUp ? 'failed' : 'queued',
        last_error: text,
        locked_until: null,
        next_attempt_at: new Date(now.getTime() + delay).toISOString(),
      })
      .where('id', '=', message.id)
      .execute();
    if (giveUp) {
      await recordEvent(trx, {
        interviewId: message.interview_id,
        type: 'message.failed',
        actor: SYSTEM,
        data: {
          messageId: message.id,
          to: message.to_email,
          kind: message.kind,
          error: text,
          attempts: message.attempts,
        },
        at: now,
      });
    }
  });
  const log = giveUp ? options.log.error : options.log.warn;
  log.call(
    options.log,
    { messageId: message.id, attempts: message.attempts, error: text },
    giveUp ? 'message failed for good' : 'message delivery failed, will retry',
  );
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[\r\n]+/g, ' ').slice(0, 500);
}
