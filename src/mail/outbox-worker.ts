import { type Claim, claimDue, finishClaimed } from '../db/claims.js';
import { recordEvent, recordEvents, SYSTEM } from '../db/events.js';
import { type QueueWorkerOptions, retryDelayMs, startPollLoop } from '../db/poll-loop.js';
import type { MessagesTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import type { Transport } from './transports.js';

export interface OutboxWorkerOptions extends QueueWorkerOptions {
  transport: Transport;
  /** The envelope sender (MAIL_FROM). */
  from: string;
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

const CLAIMED = ['id', 'interview_id', 'to_email', 'raw', 'attempts', 'kind'] as const;
type Claimed = Pick<MessagesTable, (typeof CLAIMED)[number]>;

/**
 * Delivers the outbox: claims due messages in batches (db/claims.ts: on PostgreSQL with FOR
 * UPDATE SKIP LOCKED, so several instances share the work), sends each, and records sent/failed
 * with retries and exponential backoff, only while the message is still under this worker's
 * claim. A crash mid-send leaves the message claimed until its lease ends, then it is sent again
 * with the same Message-ID, which mail clients show once.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { pollMs = 1000, batchSize = 100, now = () => new Date() } = options;
  const loop = startPollLoop({
    pollMs,
    batch: async () => {
      // On SQLite a claim that finds the write lock taken waits on a timer (database.ts), so
      // deliveries in flight keep going meanwhile.
      const claim = await claimDue(options.database, {
        queue: 'messages',
        columns: CLAIMED,
        limit: batchSize,
        now: now(),
        leaseMs: options.leaseMs,
      });
      await deliverBatch({ ...options, now }, claim);
      return claim.rows.length === batchSize;
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

type Worker = OutboxWorkerOptions & { now: () => Date };

// Sends a claimed batch side by side over the pooled transport and records the successes in
// groups (one UPDATE and one event insert each) as they come in, rather than a transaction per
// message: a crash then re-sends at most one unrecorded group plus what was in flight, with the
// same Message-ID.
const RECORD_GROUP = 20;

async function deliverBatch(options: Worker, claim: Claim<Claimed>): Promise<void> {
  const batch = claim.rows;
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
      recordSent(options, claim.id, group).catch((error: unknown) => {
        failure ??= error;
      }),
    );
  };
  await Promise.all(
    batch.map(async (message) => {
      const at = options.now();
      try {
        await options.transport.send({
          from: options.from,
          to: message.to_email,
          raw: Buffer.from(message.raw, 'utf8'),
        });
      } catch (error) {
        await recordFailure(options, claim.id, message, error, options.now());
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
  options: Worker,
  claimId: string,
  sent: Array<{ message: Claimed; at: Date }>,
): Promise<void> {
  const { db } = options.database;
  const transport = options.transport.name;
  const dev = transport === 'dev';
  // One timestamp for the batch's row update (the last acceptance); each event keeps its own.
  const finished = new Date(Math.max(...sent.map((s) => s.at.getTime())));
  const lost = await db.transaction().execute(async (trx) => {
    const { recorded, lost } = await finishClaimed(trx, {
      queue: 'messages',
      claimId,
      ids: sent.map((s) => s.message.id),
      // Once SMTP has it, the body (with its personal link) is dropped from the database; the
      // development mailbox keeps it, since showing it is its purpose.
      set: {
        state: 'sent',
        sent_at: toDbTime(finished),
        transport,
        last_error: null,
        ...(dev ? {} : { raw: '' }),
      },
    });
    const mine = new Set(recorded);
    await recordEvents(
      trx,
      sent
        // A scheduling request's email belongs to no interview, so to no interview's timeline.
        .filter(({ message }) => mine.has(message.id) && message.interview_id !== null)
        .map(({ message, at }) => ({
          interviewId: message.interview_id as string,
          type: 'message.sent',
          actor: SYSTEM,
          data: { messageId: message.id, to: message.to_email, kind: message.kind, transport },
          at,
        })),
    );
    return lost;
  });
  for (const messageId of lost) reportLostClaim(options, messageId, claimId, 'sent');
}

async function recordFailure(
  options: Worker,
  claimId: string,
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
  const recorded = await db.transaction().execute(async (trx) => {
    const { lost } = await finishClaimed(trx, {
      queue: 'messages',
      claimId,
      ids: [message.id],
      set: {
        state: giveUp ? 'failed' : 'queued',
        last_error: text,
        next_attempt_at: toDbTime(new Date(now.getTime() + delay)),
      },
    });
    if (lost.length > 0) return false;
    if (giveUp && message.interview_id !== null) {
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
    return true;
  });
  if (!recorded) {
    reportLostClaim(options, message.id, claimId, giveUp ? 'failed' : 'retry', text);
    return;
  }
  const log = giveUp ? options.log.error : options.log.warn;
  log.call(
    options.log,
    { messageId: message.id, attempts: message.attempts, error: text },
    giveUp ? 'message failed for good' : 'message delivery failed, will retry',
  );
}

// A worker stalled past its lease (SMTP can take 10 minutes to time out; the lease is 5) comes
// back to find its message taken over: what it learnt is dropped, and said.
function reportLostClaim(
  options: Worker,
  messageId: string,
  claimId: string,
  outcome: 'sent' | 'failed' | 'retry',
  error?: string,
): void {
  options.log.warn(
    { messageId, claimId, outcome, ...(error === undefined ? {} : { error }) },
    'message was taken over by another worker after its lease ran out; this result is not recorded',
  );
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[\r\n]+/g, ' ').slice(0, 500);
}
