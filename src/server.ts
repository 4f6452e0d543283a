import pino from 'pino';
import { prepare } from './bootstrap.js';
import { startCalendarRefresher } from './calendars/calendar-refresher.js';
import { loadConfigOrExit } from './config.js';
import { secretBox } from './crypto/secret-box.js';
import { buildApp } from './http/app.js';
import { startReminderScheduler } from './invites/reminder-scheduler.js';
import { startReplyIntake } from './invites/start-reply-intake.js';
import { mailSettingsOf } from './mail/mail-settings.js';
import { outboxTiming, startOutboxWorker } from './mail/outbox-worker.js';
import { transportFor } from './mail/transports.js';
import { startSchedulingReminderScheduler } from './scheduling/scheduling-reminder-scheduler.js';
import { startWebhookWorker } from './webhooks/webhook-worker.js';

/** Entry point: read config, open the database, serve HTTP until told to stop. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { database, sessionSecret, createdAdmin } = await prepare(config);
  const logger = pino({ level: config.logLevel });
  const worker = config.runWorker
    ? startOutboxWorker({
        database,
        transport: transportFor(config.smtpUrl),
        from: config.mailFrom,
        log: logger,
        ...outboxTiming(config),
      })
    : undefined;
  const webhooks = config.runWorker
    ? startWebhookWorker({
        database,
        box: secretBox(sessionSecret),
        allowPrivate: config.allowPrivateNetwork,
        log: logger,
        pollMs: config.outboxPollSeconds * 1000,
      })
    : undefined;
  const reminders = config.runWorker
    ? startReminderScheduler({
        database,
        settings: mailSettingsOf(config),
        defaults: config.reminders,
        log: logger,
        onQueued: () => worker?.wake(),
      })
    : undefined;
  const schedulingReminders =
    config.runWorker && config.schedulingReminderHours !== null
      ? startSchedulingReminderScheduler({
          database,
          settings: mailSettingsOf(config),
          afterHours: config.schedulingReminderHours,
          log: logger,
          onQueued: () => worker?.wake(),
        })
      : undefined;
  const calendars = config.runWorker
    ? startCalendarRefresher({
        database,
        allowPrivate: config.allowPrivateNetwork,
        box: secretBox(sessionSecret),
        log: logger,
      })
    : undefined;
  const app = await buildApp({
    config: { ...config, sessionSecret },
    database,
    logger,
    outbox: worker,
  });
  if (createdAdmin)
    app.log.info({ email: config.adminEmail }, 'created the first admin from ADMIN_EMAIL');
  // Calendar replies, from the SMTP listener or the IMAP mailbox (one instance polls): applied,
  // then the worker woken for the notices they may have queued.
  const replies = await startReplyIntake({
    database,
    settings: app.mailSettings,
    log: logger,
    onHandled: () => worker?.wake(),
    ...(config.inboundSmtpPort === undefined
      ? {}
      : { smtp: { port: config.inboundSmtpPort, host: config.inboundSmtpHost } }),
    ...(config.imapUrl && config.runWorker
      ? {
          imap: {
            url: config.imapUrl,
            pollMs: config.imapPollSeconds * 1000,
            authservId: config.imapAuthservId,
          },
        }
      : {}),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await replies.stop();
    await reminders?.stop();
    await schedulingReminders?.stop();
    await calendars?.stop();
    await worker?.stop();
    await webhooks?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      url: config.publicUrl,
      database: database.engine,
      mail: config.smtpUrl ? 'smtp' : 'dev mailbox',
    },
    'Convene is running',
  );
}

main().catch((error: unknown) => {
  console.error('Convene failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
