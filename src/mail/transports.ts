import type { TransportName } from '../domain/messages.js';
import { SmtpPool } from './smtp-pool.js';

/** Where composed messages go: a real SMTP server, or the development mailbox. */
export interface Transport {
  name: TransportName;
  /** Delivers the exact stored bytes; throws on failure (with `responseCode` from SMTP). */
  send(message: { from: string; to: string; raw: Buffer }): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer's SMTP connections, pooled so a bulk send reuses a few of them. */
export function smtpTransport(url: string): Transport {
  const pool = new SmtpPool(url, { maxConnections: 5, maxMessages: 500 });
  return {
    name: 'smtp',
    async send({ from, to, raw }) {
      await pool.send({ from, to: [to] }, raw);
    },
    close: () => pool.close(),
  };
}

/**
 * With no SMTP_URL, messages are "delivered" to the development mailbox: they stay in the
 * database, browsable in the app and downloadable as .eml, so the whole flow works offline.
 */
export function devMailboxTransport(): Transport {
  return { name: 'dev', send: async () => undefined, close: () => undefined };
}

/** SMTP when SMTP_URL is set, else the development mailbox. */
export function transportFor(smtpUrl: string | undefined): Transport {
  return smtpUrl ? smtpTransport(smtpUrl) : devMailboxTransport();
}
