import type { SecretBox } from '../crypto/secret-box.js';
import type { Db, Queryable } from '../db/database.js';
import { startLeasedJob } from '../db/leases.js';
import { toDbTime } from '../db/time.js';
import { addressRule } from '../net/guarded-lookup.js';
import { syncCalendar } from './sync-calendar.js';

export interface CalendarRefresherOptions {
  database: Db;
  /** ALLOW_PRIVATE_NETWORK. */
  allowPrivate: boolean;
  /** Opens CalDAV calendars' sealed passwords. */
  box: SecretBox;
  log: { info(o: object, m: string): void; error(o: object, m: string): void };
  /** How often to look for stale calendars (default one minute). */
  intervalMs?: number;
  /** A calendar is read again once its last read (or failed attempt) is this old (15 min). */
  staleMs?: number;
  /** Calendars read side by side (default 5); a pass reads batch after batch while due. */
  batchSize?: number;
  clock?: () => Date;
}

export interface CalendarRefresher {
  /** One pass now (if this instance holds the lease); resolves with the calendars read. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Reads again, every interval, the calendars whose last read and last failed attempt are older
 * than `staleMs`, a few side by side, those read longest ago first, on one instance among those
 * sharing the database (a lease, like reminders). Each read has its own time limit and records
 * its own failure, so a slow or broken feed holds up one slot of one batch, is tried again only
 * once it is stale again, and never stops the others or the loop.
 */
export function startCalendarRefresher(options: CalendarRefresherOptions): CalendarRefresher {
  const { database, staleMs = 15 * 60_000, batchSize = 5, intervalMs = 60_000 } = options;
  const allowAddress = addressRule(options.allowPrivate);
  const readBatch = async (now: Date) => {
    const due = await dueCalendars(database.db, new Date(now.getTime() - staleMs), batchSize);
    const results = await Promise.allSettled(
      due.map(({ id }) =>
        syncCalendar({ db: database.db, calendarId: id, allowAddress, box: options.box, now }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    for (const { reason } of failed) options.log.error({ err: reason }, 'calendar refresh failed');
    return { read: due.length, failed: failed.length };
  };
  const job = startLeasedJob({
    database,
    name: 'calendars',
    intervalMs,
    clock: options.clock,
    // Batch after batch while full ones come back, for at most half an interval: a calendar that
    // could not even record its failure stays due, so such a batch ends the pass.
    pass: async (now) => {
      const started = Date.now();
      let total = 0;
      for (;;) {
        const { read, failed } = await readBatch(now);
        total += read;
        if (read < batchSize || failed > 0 || Date.now() - started > intervalMs / 2) return total;
      }
    },
    onError: (error) => options.log.error({ err: error }, 'calendar refresh pass failed'),
  });
  return { tick: job.run, stop: job.stop };
}

// Those read (or tried) longest ago first; never read at all before any.
function dueCalendars(db: Queryable, staleBefore: Date, limit: number) {
  const cutoff = toDbTime(staleBefore);
  return db
    .selectFrom('calendars')
    .select('id')
    .where((eb) =>
      eb.and([
        eb.or([eb('last_sync_at', 'is', null), eb('last_sync_at', '<', cutoff)]),
        eb.or([eb('last_error_at', 'is', null), eb('last_error_at', '<', cutoff)]),
      ]),
    )
    .orderBy((eb) => eb.fn.coalesce('last_sync_at', eb.val('')))
    .orderBy('id')
    .limit(limit)
    .execute();
}
