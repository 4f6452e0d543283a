import { ImapFlow } from 'imapflow';
import type { Db } from '../db/database.js';
import { startLeasedJob } from '../db/leases.js';
import type { SenderCheck } from '../domain/reply-sender.js';
import { senderFromProvider } from './verify-sender.js';

export interface ImapMailbox {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
}

/** `imaps://user:password@host:993/INBOX` (or imap:// on 143); the path names the folder. */
export function parseImapUrl(value: string): ImapMailbox {
  const url = new URL(value);
  const secure = url.protocol === 'imaps:';
  if (!secure && url.protocol !== 'imap:') throw new Error('must be imap:// or imaps://');
  if (!url.username) throw new Error('must name the user: imaps://user:password@host/INBOX');
  const mailbox = decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(url.username),
    pass: decodeURIComponent(url.password),
    mailbox,
  };
}

export interface ImapPollerOptions {
  mailbox: ImapMailbox;
  database: Db;
  /**
   * The mailbox provider's authserv-id (IMAP_AUTHSERV_ID, e.g. `mx.google.com`): its
   * Authentication-Results header is taken as the sender check. None: not checked.
   */
  authservId?: string | undefined;
  /**
   * Handles one unread message with its sender check, and says whether it was a calendar
   * reply; when it throws, the message stays unread for the next poll.
   */
  onMessage(raw: Buffer, sender: SenderCheck): Promise<boolean>;
  log: { info(o: object, m: string): void; warn(o: object, m: string): void };
  intervalMs?: number;
}

// Marks mail Convene has read and left for a person (IMAP keywords are per mailbox, RFC 3501).
const NOT_A_REPLY = '$ConveneNotAReply';

export interface ImapPoller {
  /** One pass now (if this instance holds the lease): the number of messages handled. */
  poll(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls the organizer mailbox for calendar replies (opt-in with IMAP_URL): every unread message
 * is handed to `onMessage`, then a calendar reply is flagged \Seen, so it is read once; mail
 * that is not one (a person writing back) stays unread for whoever reads the mailbox and gets
 * the keyword $ConveneNotAReply, so Convene does not read it again. Mail the organizer reads by
 * hand first is skipped (it is no longer unread). One instance polls at a time (a lease in the
 * database), so two instances do not read the same message.
 */
export function startImapPoller(options: ImapPollerOptions): ImapPoller {
  const { mailbox } = options;
  const pass = async (): Promise<number> => {
    const client = new ImapFlow({
      host: mailbox.host,
      port: mailbox.port,
      secure: mailbox.secure,
      auth: { user: mailbox.user, pass: mailbox.pass },
      logger: false,
    });
    await client.connect();
    let handled = 0;
    try {
      const lock = await client.getMailboxLock(mailbox.mailbox);
      try {
        const unread =
          (await client.search({ seen: false, unKeyword: NOT_A_REPLY }, { uid: true })) || [];
        for (const uid of unread) {
          const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
          const source = message ? message.source : undefined;
          if (!source) continue; // expunged meanwhile
          let reply: boolean;
          try {
            reply = await options.onMessage(source, senderFromProvider(source, options.authservId));
          } catch (error) {
            options.log.warn({ err: error, uid }, 'reply mail not handled; left unread');
            continue;
          }
          await client.messageFlagsAdd(String(uid), [reply ? '\\Seen' : NOT_A_REPLY], {
            uid: true,
          });
          handled += 1;
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => undefined);
    }
    if (handled > 0) options.log.info({ handled }, 'reply mailbox read');
    return handled;
  };

  const job = startLeasedJob({
    database: options.database,
    name: 'imap-replies',
    intervalMs: options.intervalMs ?? 60_000,
    pass,
    onError: (error) => options.log.warn({ err: error }, 'reply mailbox poll failed'),
  });
  return { poll: job.run, stop: job.stop };
}
