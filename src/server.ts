import pino from 'pino';
import { secretBox } from './auth/secret-box.js';
import { prepare } from './bootstrap.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { buildApp, mailSettingsOf } from './http/app.js';
import { ingestReplyMail } from './invites/ingest-reply-mail.js';
import { startReminderScheduler } from './invites/reminder-scheduler.js';
import { parseImapUrl, startImapPoller } from './mail/imap-poller.js';
import { startInboundSmtp } from './mail/inbound-smtp.js';
import { outboxTiming, startOutboxWorker } from './mail/outbox-worker.js';
import { transportFor } from './mail/transports.js';
import { startWebhookWorker } from './webhooks/webhook-worker.js';

/** Entry point: read config, open the database, serve HTTP until told to stop. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    process.exit(1);
  }
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
        allowPrivate: config.webhookAllowPrivate,
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
  const app = await buildApp({
    config: { ...config, sessionSecret },
    database,
    logger,
    outbox: worker,
  });
  if (createdAdmin)
    app.log.info({ email: config.adminEmail }, 'created the first admin from ADMIN_EMAIL');
  // Calendar replies, from the SMTP listener or the IMAP mailbox: applied, then the worker woken
  // for the notices they may have queued.
  const onReplyMail = async (raw: Buffer) => {
    await ingestReplyMail({ db: database.db, raw, settings: app.mailSettings, log: logger });
    worker?.wake();
  };
  const inbound =
    config.inboundSmtpPort === undefined
      ? undefined
      : await startInboundSmtp({
          port: config.inboundSmtpPort,
          host: config.inboundSmtpHost,
          log: logger,
          onMessage: onReplyMail,
        });

  const imap =
    config.imapUrl && config.runWorker
      ? startImapPoller({
          mailbox: parseImapUrl(config.imapUrl),
          database,
          intervalMs: config.imapPollSeconds * 1000,
          log: logger,
          onMessage: onReplyMail,
        })
      : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await inbound?.close();
    await imap?.stop();
    await reminders?.stop();
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
