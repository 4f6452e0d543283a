import nodemailer from 'nodemailer';
import pino from 'pino';
import { expect } from 'vitest';
import { startReplyIntake } from '../../src/invites/start-reply-intake.js';
import type { InboundLimits } from '../../src/mail/inbound-smtp.js';
import type { DnsResolver } from '../../src/mail/verify-sender.js';
import type { TestApp } from './app.js';

/** Convene's calendar-reply listener on a free port, and a way to mail it as a calendar would. */
export interface ReplyListener {
  port: number;
  /** Mails `raw` from `from` (the envelope sender), and waits until it was handled. */
  deliver(raw: string, from: string, options?: { localAddress?: string }): Promise<void>;
  stop(): Promise<void>;
}

/** DNS served from a fixed zone: no name resolves unless listed (the machine has no DNS). */
export function dnsZone(records: Record<string, string[]> = {}): DnsResolver {
  return async (name, rrtype) => {
    const found = records[`${rrtype} ${name.toLowerCase()}`];
    if (found) return rrtype === 'TXT' ? found.map((r) => [r]) : found;
    throw Object.assign(new Error(`${name} not found`), { code: 'ENOTFOUND' });
  };
}

/**
 * Starts the listener as server.ts does when INBOUND_SMTP_PORT is set, on loopback. Every test
 * mails from loopback, so the per-address and per-sender limits are lifted unless given.
 */
export async function startReplyListener(
  t: TestApp,
  options: { resolver?: DnsResolver; limits?: Partial<InboundLimits> } = {},
): Promise<ReplyListener> {
  let handled = 0;
  const intake = await startReplyIntake({
    database: t.database,
    settings: t.app.mailSettings,
    smtp: {
      port: 0,
      host: '127.0.0.1',
      resolver: options.resolver ?? dnsZone(),
      limits: {
        perAddressMessagesPerHour: 100_000,
        perSenderMessagesPerHour: 100_000,
        ...options.limits,
      },
    },
    onHandled: () => {
      handled += 1;
    },
    log: pino({ level: 'silent' }),
  });
  const port = intake.inbound?.port as number;
  return {
    port,
    deliver: async (raw, from, { localAddress } = {}) => {
      const before = handled;
      const client = nodemailer.createTransport({ host: '127.0.0.1', port, localAddress });
      try {
        await client.sendMail({ envelope: { from, to: ['interviews@example.com'] }, raw });
      } finally {
        client.close();
      }
      await expect.poll(() => handled).toBeGreaterThan(before);
    },
    stop: intake.stop,
  };
}
