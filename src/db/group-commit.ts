import { CompiledQuery } from 'kysely';
import type { RootDb, Transaction } from './database.js';

/** At most this many pieces of work share one transaction, so none waits long for its commit. */
const MAX_SHARED = 64;

const SAVEPOINT = CompiledQuery.raw('savepoint shared_work');
const RELEASE = CompiledQuery.raw('release shared_work');
const ROLLBACK_TO = CompiledQuery.raw('rollback to shared_work');

interface Pending {
  work: (trx: Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Queue {
  pending: Pending[];
  scheduled: boolean;
}

const queues = new WeakMap<RootDb, Queue>();

/**
 * Runs `work` in a write transaction that other work queued at the same moment shares, each in
 * a SAVEPOINT of its own: one BEGIN and one commit serve them all (ADR 007). Work that throws
 * rolls back its own savepoint only, and its caller gets the error; every caller's promise
 * settles only after the commit, so nothing is reported done before it is durable, and a
 * failed commit fails them all. For SQLite, where every transaction holds the one write lock
 * anyway (better-sqlite3 runs them one after another on one connection): work that arrives
 * while a transaction runs waits for the next, which takes everything queued by then.
 */
export function sharedTransaction<T>(
  db: RootDb,
  work: (trx: Transaction) => Promise<T>,
): Promise<T> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { pending: [], scheduled: false };
    queues.set(db, queue);
  }
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!q.scheduled) {
      q.scheduled = true;
      setImmediate(() => void flush(db, q));
    }
  });
}

async function flush(db: RootDb, queue: Queue): Promise<void> {
  const batch = queue.pending.splice(0, MAX_SHARED);
  try {
    const settle =
      batch.length === 1 ? await runAlone(db, batch[0] as Pending) : await runShared(db, batch);
    for (const done of settle) done();
  } catch (error) {
    // The transaction did not commit: none of the work happened.
    for (const item of batch) item.reject(error);
  } finally {
    if (queue.pending.length > 0) setImmediate(() => void flush(db, queue));
    else queue.scheduled = false;
  }
}

// Alone, the work needs no savepoint: its failure rolls back the whole transaction.
async function runAlone(db: RootDb, item: Pending): Promise<Array<() => void>> {
  let failure: { error: unknown } | undefined;
  let value: unknown;
  try {
    value = await db.transaction().execute((trx) => item.work(trx));
  } catch (error) {
    failure = { error };
  }
  return [() => (failure ? item.reject(failure.error) : item.resolve(value))];
}

async function runShared(db: RootDb, batch: Pending[]): Promise<Array<() => void>> {
  return db.transaction().execute(async (trx) => {
    const settle: Array<() => void> = [];
    for (const item of batch) {
      await trx.executeQuery(SAVEPOINT);
      try {
        const value = await item.work(trx);
        await trx.executeQuery(RELEASE);
        settle.push(() => item.resolve(value));
      } catch (error) {
        // If even this fails, the transaction is rolled back and every caller gets the error.
        await trx.executeQuery(ROLLBACK_TO);
        await trx.executeQuery(RELEASE);
        settle.push(() => item.reject(error));
      }
    }
    return settle;
  });
}
