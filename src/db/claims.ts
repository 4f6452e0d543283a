import { randomUUID } from 'node:crypto';
import type { Expression, Kysely, SqlBool, Updateable } from 'kysely';
import type { Db, Queryable } from './database.js';
import type { Database } from './schema.js';
import { toDbTime } from './time.js';

/** The queues workers empty: the mail outbox and the webhook deliveries. */
export type Queue = 'messages' | 'webhook_deliveries';

// What every queue row has. The claim and its completion are written against these columns
// only, so one routine serves both tables: typed as one table named `queue`, run against the
// real table's name (`asQueue`).
interface QueueRow {
  id: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  claim_id: string | null;
}
type QueueDb = Kysely<{ queue: QueueRow }>;
const asQueue = (queue: Queue) => queue as unknown as 'queue';

export interface ClaimOptions<Q extends Queue, C extends keyof Database[Q] & string> {
  queue: Q;
  /** The columns the worker needs of each claimed row. */
  columns: readonly C[];
  limit: number;
  /** The worker's time: what is due, and when the lease ends. */
  now: Date;
  /** How long the rows are reserved before another worker may take them over (5 minutes). */
  leaseMs?: number | undefined;
  /** A further condition on the rows that may be taken (a paused webhook's deliveries wait). */
  where?: Expression<SqlBool>;
}

// Longer than any one attempt should take; a worker that stalls past it (an SMTP socket times
// out only after 10 minutes) is fenced off by the claim id, not by the lease.
const DEFAULT_LEASE_MS = 5 * 60_000;

/** Rows a worker holds, and the claim id written on each of them. */
export interface Claim<Row> {
  id: string;
  rows: Row[];
}

/**
 * Claims up to `limit` due rows in one UPDATE: queued rows whose time has come, and rows still
 * `sending` whose lease has ended (their worker died or stalled). Each gets `state = 'sending'`,
 * a lease, one more attempt and a fresh random claim id. On PostgreSQL the rows are chosen
 * with FOR UPDATE SKIP LOCKED, so workers racing for the same rows each take different ones;
 * on SQLite the statement takes the one write lock (waiting on a timer if another process
 * holds it, database.ts), so claims run one after another.
 */
export async function claimDue<Q extends Queue, C extends keyof Database[Q] & string>(
  database: Db,
  options: ClaimOptions<Q, C>,
): Promise<Claim<Pick<Database[Q], C>>> {
  const db = database.db as unknown as QueueDb;
  const { queue, now } = options;
  const id = randomUUID();
  const at = toDbTime(now);
  let due = db
    .selectFrom(asQueue(queue))
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('next_attempt_at', '<=', at)]),
        eb.and([eb('state', '=', 'sending'), eb('locked_until', '<', at)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(options.limit);
  if (options.where) due = due.where(options.where);
  if (database.engine === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable(asQueue(queue))
    .set((eb) => ({
      state: 'sending',
      locked_until: toDbTime(new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS))),
      claim_id: id,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
    .returning(options.columns as unknown as Array<keyof QueueRow>)
    .execute();
  return { id, rows: rows as unknown as Array<Pick<Database[Q], C>> };
}

export interface FinishOptions<Q extends Queue> {
  queue: Q;
  /** The claim the worker holds (Claim.id). */
  claimId: string;
  ids: string[];
  /** The result to record (state, error, times); the lease and the claim id are cleared. */
  set: Updateable<Database[Q]>;
}

/**
 * Records a worker's result for rows of its claim, only where the row still carries that
 * claim. A row whose lease ran out while its worker stalled may have been taken over, and
 * sent, retried or failed by another worker since: the late result then changes nothing.
 * Returns which ids were recorded and which were lost to another claim.
 */
export async function finishClaimed<Q extends Queue>(
  db: Queryable,
  options: FinishOptions<Q>,
): Promise<{ recorded: string[]; lost: string[] }> {
  if (options.ids.length === 0) return { recorded: [], lost: [] };
  const rows = await (db as unknown as QueueDb)
    .updateTable(asQueue(options.queue))
    .set({ ...(options.set as Updateable<QueueRow>), locked_until: null, claim_id: null })
    .where('id', 'in', options.ids)
    .where('claim_id', '=', options.claimId)
    .returning('id')
    .execute();
  const recorded = new Set(rows.map((row) => row.id));
  return {
    recorded: options.ids.filter((id) => recorded.has(id)),
    lost: options.ids.filter((id) => !recorded.has(id)),
  };
}
