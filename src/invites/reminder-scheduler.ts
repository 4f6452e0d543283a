import type { Db } from '../db/database.js';
import { startLeasedJob } from '../db/leases.js';
import type { ReminderSettings } from '../domain/reminder-rules.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { sendDueReminders } from './send-reminders.js';

export interface ReminderSchedulerOptions {
  database: Db;
  settings: MailSettings;
  defaults: ReminderSettings;
  log: { info(o: object, m: string): void; error(o: object, m: string): void };
  /** How often to look for due reminders (default one minute). */
  intervalMs?: number;
  /** The time source; tests pass a controllable one. */
  clock?: () => Date;
  /** Called after a pass queued messages (to wake the outbox worker). */
  onQueued?: () => void;
}

export interface ReminderScheduler {
  /** One pass now, if this instance holds the lease; resolves with the messages queued. */
  tick(): Promise<number>;
  /** Stops and gives the lease up, so another instance (or this one restarted) takes over. */
  stop(): Promise<void>;
}

/**
 * Runs sendDueReminders every interval on exactly one instance among those sharing the
 * database: a lease row (`scheduler_leases`) names the holder until it expires (three
 * intervals); only the holder runs a pass, and it renews the lease each time. An instance that
 * dies loses the lease when it expires; one that stops gives it up at once. Nothing of the
 * schedule lives in memory: what was sent is in `reminders_sent`, so a restart carries on.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const job = startLeasedJob({
    database: options.database,
    name: 'reminders',
    intervalMs: options.intervalMs ?? 60_000,
    clock: options.clock,
    pass: async (now) => {
      const queued = await sendDueReminders({
        db: options.database.db,
        settings: options.settings,
        defaults: options.defaults,
        now,
      });
      if (queued > 0) {
        options.log.info({ queued }, 'reminders queued');
        options.onQueued?.();
      }
      return queued;
    },
    onError: (error) => options.log.error({ err: error }, 'reminder pass failed'),
  });
  return { tick: job.run, stop: job.stop };
}
