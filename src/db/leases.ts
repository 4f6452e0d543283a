import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from './database.js';
import { toDbTime } from './time.js';

/**
 * Takes or renews a named lease until `expiresAt`, if it is free, expired or already ours:
 * how a periodic job runs on exactly one of several instances sharing the database. Returns
 * whether `holder` holds it now.
 */
export async function acquireLease(
  db: Queryable,
  lease: { name: string; holder: string; now: Date; expiresAt: Date },
): Promise<boolean> {
  const { name, holder } = lease;
  const expires = toDbTime(lease.expiresAt);
  const row = await db
    .insertInto('scheduler_leases')
    .values({ name, holder, expires_at: expires })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: expires })
        .where((eb) =>
          eb.or([
            eb('scheduler_leases.holder', '=', holder),
            eb('scheduler_leases.expires_at', '<', toDbTime(lease.now)),
          ]),
        ),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

/** Gives a lease up at once (on a clean stop), so another instance need not wait for it. */
export async function releaseLease(db: Queryable, name: string, holder: string): Promise<void> {
  await db
    .deleteFrom('scheduler_leases')
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

export interface LeasedJob {
  /** One pass now, if this instance holds the lease (else 0); passes never overlap. */
  run(): Promise<number>;
  /** Stops the timer, waits for a pass in progress and gives the lease up. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` every `intervalMs` on exactly one of the instances sharing the database: the
 * lease lasts three intervals and the holder renews it at each pass, so an instance that dies
 * hands over once it expires, and one that stops hands over at once. `clock` is the job's time,
 * for the lease as for the pass (tests pass a controllable one).
 */
export function startLeasedJob(options: {
  database: Db;
  name: string;
  intervalMs: number;
  clock?: () => Date;
  pass(now: Date): Promise<number>;
  onError(error: unknown): void;
}): LeasedJob {
  const { database, name, intervalMs, clock = () => new Date() } = options;
  const holder = randomUUID();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  const attempt = async (): Promise<number> => {
    const now = clock();
    const expiresAt = new Date(now.getTime() + 3 * intervalMs);
    if (!(await acquireLease(database.db, { name, holder, now, expiresAt }))) return 0;
    return options.pass(now);
  };
  const run = () => {
    running = running.then(attempt, attempt);
    return running;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      run().catch(options.onError).finally(schedule);
    }, intervalMs);
    timer.unref?.();
  };
  schedule();
  return {
    run,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => 0);
      await releaseLease(database.db, name, holder);
    },
  };
}
