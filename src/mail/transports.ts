import nodemailer from 'nodemailer';

/** Where composed messages go: a real SMTP server, or the development mailbox. */
export interface Transport {
  name: 'smtp' | 'dev';
  /** Delivers the exact stored bytes; throws on failure (with `responseCode` from SMTP). */
  send(message: { from: string; to: string; raw: Buffer }): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer, pooled so a bulk send reuses a few connections. */
export function smtpTransport(url: string): Transport {
  // Settings in the URL (e.g. ?pool=false) win over these defaults.
  const pool = nodemailer.createTransport({ url, pool: true, maxConnections: 5, maxMessages: 500 });
  return {
    name: 'smtp',
    async send({ from, to, raw }) {
      await pool.sendMail({ envelope: { from, to: [to] }, raw });
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
