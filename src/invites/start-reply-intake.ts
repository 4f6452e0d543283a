import type { Db } from '../db/database.js';
import type { SenderCheck } from '../domain/reply-sender.js';
import { type ImapPoller, parseImapUrl, startImapPoller } from '../mail/imap-poller.js';
import { type InboundLimits, type InboundSmtp, startInboundSmtp } from '../mail/inbound-smtp.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { DnsResolver } from '../mail/verify-sender.js';
import { ingestReplyMail } from './ingest-reply-mail.js';

export interface ReplyIntakeOptions {
  database: Db;
  settings: MailSettings;
  /** Listen for replies by SMTP on this port (INBOUND_SMTP_PORT); undefined: no listener. */
  smtp?: {
    port: number;
    host: string;
    limits?: Partial<InboundLimits> | undefined;
    resolver?: DnsResolver | undefined;
  };
  /** Read replies from this mailbox (IMAP_URL), trusting this provider's verdicts. */
  imap?: { url: string; pollMs: number; authservId?: string | undefined };
  /** After a message was handled: the server wakes its outbox for the notices it may have queued. */
  onHandled?: () => void;
  log: { info(o: object, m: string): void; warn(o: object, m: string): void };
}

export interface ReplyIntake {
  inbound: InboundSmtp | undefined;
  imap: ImapPoller | undefined;
  stop(): Promise<void>;
}

/**
 * Starts whatever receives calendar replies, the SMTP listener and/or the IMAP poller, and
 * hands each message with its sender check to the one ingestion.
 */
export async function startReplyIntake(options: ReplyIntakeOptions): Promise<ReplyIntake> {
  const { database, settings, log } = options;
  // True when the mail held a calendar part: the IMAP poller leaves anything else unread.
  const onMessage = async (raw: Buffer, sender: SenderCheck) => {
    const outcomes = await ingestReplyMail({ db: database.db, raw, sender, settings, log });
    options.onHandled?.();
    return outcomes.length > 0;
  };
  const inbound = options.smtp
    ? await startInboundSmtp({ ...options.smtp, log, onMessage })
    : undefined;
  const imap = options.imap
    ? startImapPoller({
        mailbox: parseImapUrl(options.imap.url),
        database,
        intervalMs: options.imap.pollMs,
        authservId: options.imap.authservId,
        log,
        onMessage,
      })
    : undefined;
  return {
    inbound,
    imap,
    stop: async () => {
      await inbound?.close();
      await imap?.stop();
    },
  };
}
