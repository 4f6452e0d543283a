import pino from 'pino';
import { prepare } from './bootstrap.js';
import { startCalendarRefresher } from './calendars/calendar-refresher.js';
import { loadConfigOrExit } from './config.js';
import { secretBox } from './crypto/secret-box.js';
import { startReminderScheduler } from './invites/reminder-scheduler.js';
import { mailSettingsOf } from './mail/mail-settings.js';
import { outboxTiming, startOutboxWorker } from './mail/outbox-worker.js';
import { transportFor } from './mail/transports.js';
import { startSchedulingReminderScheduler } from './scheduling/scheduling-reminder-scheduler.js';
import { startWebhookWorker } from './webhooks/webhook-worker.js';

/**
 * Entry point for a worker alone (`npm run worker`): delivers the outbox without serving HTTP.
 * Run any number beside servers started with RUN_WORKER=false; on PostgreSQL they share the
 * outbox without sending a message twice.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = pino({ level: config.logLevel });
  const { database, sessionSecret } = await prepare(config);
  const worker = startOutboxWorker({
    database,
    transport: transportFor(config.smtpUrl),
    from: config.mailFrom,
    log,
    ...outboxTiming(config),
  });
  const webhooks = startWebhookWorker({
    database,
    box: secretBox(sessionSecret),
    allowPrivate: config.allowPrivateNetwork,
    log,
    pollMs: config.outboxPollSeconds * 1000,
  });
  const reminders = startReminderScheduler({
    database,
    settings: mailSettingsOf(config),
    defaults: config.reminders,
    log,
    onQueued: () => worker.wake(),
  });
  const schedulingReminders =
    config.schedulingReminderHours === null
      ? undefined
      : startSchedulingReminderScheduler({
          database,
          settings: mailSettingsOf(config),
          afterHours: config.schedulingReminderHours,
          log,
          onQueued: () => worker.wake(),
        });
  const calendars = startCalendarRefresher({
    database,
    allowPrivate: config.allowPrivateNetwork,
    box: secretBox(sessionSecret),
    log,
  });
  log.info(
    {
      database: database.engine,
      mail: config.smtpUrl ? 'smtp' : 'dev mailbox',
      also: ['webhooks', 'reminders', 'scheduling reminders', 'calendars'],
    },
    'outbox worker running',
  );
  const stop = async () => {
    await reminders.stop();
    await schedulingReminders?.stop();
    await calendars.stop();
    await worker.stop();
    await webhooks.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error('Convene worker failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
