import type { Db } from '../db/database.js';
import { startLeasedJob } from '../db/leases.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { sendSchedulingReminders } from './send-scheduling-reminders.js';

export interface SchedulingReminderSchedulerOptions {
  database: Db;
  settings: MailSettings;
  /** SCHEDULING_REMINDER_HOURS; null: off (the job then queues nothing). */
  afterHours: number | null;
  log: { info(o: object, m: string): void; error(o: object, m: string): void };
  /** How often to look for due reminders (default one minute). */
  intervalMs?: number;
  /** The time source; tests pass a controllable one. */
  clock?: () => Date;
  /** Called after a pass queued messages (to wake the outbox worker). */
  onQueued?: () => void;
}

export interface SchedulingReminderScheduler {
  /** One pass now, if this instance holds the lease; resolves with the reminders queued. */
  tick(): Promise<number>;
  /** Stops and gives the lease up. */
  stop(): Promise<void>;
}

/**
 * Runs sendSchedulingReminders every interval on exactly one of the instances sharing the
 * database, under its own lease (`scheduling-reminders`), as the interview reminders run.
 * Nothing lives in memory: `reminded_at` records what was sent, so a restart carries on.
 */
export function startSchedulingReminderScheduler(
  options: SchedulingReminderSchedulerOptions,
): SchedulingReminderScheduler {
  const job = startLeasedJob({
    database: options.database,
    name: 'scheduling-reminders',
    intervalMs: options.intervalMs ?? 60_000,
    clock: options.clock,
    pass: async (now) => {
      const queued = await sendSchedulingReminders({
        db: options.database.db,
        settings: options.settings,
        afterHours: options.afterHours,
        now,
      });
      if (queued > 0) {
        options.log.info({ queued }, 'scheduling reminders queued');
        options.onQueued?.();
      }
      return queued;
    },
    onError: (error) => options.log.error({ err: error }, 'scheduling reminder pass failed'),
  });
  return { tick: job.run, stop: job.stop };
}
