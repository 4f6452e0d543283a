import type { Db } from '../db/database.js';
import { startLeasedJob } from '../db/leases.js';
import { toDbTime } from '../db/time.js';
import { addressRule } from '../net/guarded-lookup.js';
import { syncCalendar } from './sync-calendar.js';

export interface CalendarRefresherOptions {
  database: Db;
  /** ALLOW_PRIVATE_NETWORK. */
  allowPrivate: boolean;
  log: { info(o: object, m: string): void; error(o: object, m: string): void };
  /** How often to look for stale calendars (default one minute). */
  intervalMs?: number;
  /** A calendar is read again once its last read (or failed attempt) is this old (15 min). */
  staleMs?: number;
  /** Calendars read per pass, side by side (default 5). */
  batchSize?: number;
  clock?: () => Date;
}

export interface CalendarRefresher {
  /** One pass now (if this instance holds the lease); resolves with the calendars read. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Reads again, every interval, the few calendars read longest ago whose last read or failed
 * attempt is older than `staleMs`, on one instance among those sharing the database (a lease,
 * like reminders). Each read has its own time limit and records its own failure, so a slow or
 * broken feed costs one slot of one pass and never stops the others or the loop.
 */
export function startCalendarRefresher(options: CalendarRefresherOptions): CalendarRefresher {
  const { database, staleMs = 15 * 60_000, batchSize = 5 } = options;
  const allowAddress = addressRule(options.allowPrivate);
  const job = startLeasedJob({
    database,
    name: 'calendars',
    intervalMs: options.intervalMs ?? 60_000,
    clock: options.clock,
    pass: async (now) => {
      const cutoff = toDbTime(new Date(now.getTime() - staleMs));
      const due = await database.db
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
        .limit(batchSize)
        .execute();
      const results = await Promise.allSettled(
        due.map(({ id }) => syncCalendar({ db: database.db, calendarId: id, allowAddress, now })),
      );
      for (const result of results) {
        if (result.status === 'rejected') {
          options.log.error({ err: result.reason }, 'calendar refresh failed');
        }
      }
      return due.length;
    },
    onError: (error) => options.log.error({ err: error }, 'calendar refresh pass failed'),
  });
  return { tick: job.run, stop: job.stop };
}
