import type { Delivery } from './counting-sink.js';

/** One outbox row as the fault tests compare it with the sink. */
export interface OutboxRow {
  message_id: string;
  to_email: string;
}

/** What arrived at the sink, held against what the outbox says it sent. */
export interface DeliveryReport {
  /** Mails received, repeats included. */
  received: number;
  /** Distinct Message-IDs received. */
  distinct: number;
  /** Receptions beyond the first of the same Message-ID (at-least-once repeats). */
  sameIdRepeats: number;
  /** Outbox Message-IDs that never arrived. */
  missing: string[];
  /** Message-IDs that arrived but are not in the outbox (a message built twice). */
  unknown: string[];
  /** Message-IDs that reached someone other than the outbox row's recipient. */
  misdirected: string[];
  /** Recipients that got two different Message-IDs for the one message meant for them. */
  recipientsWithTwoIds: string[];
}

const bare = (id: string | undefined) => (id ?? '').replace(/^<|>$/g, '').toLowerCase();

/**
 * Counts deliveries by Message-ID: a repeat with the same Message-ID is the unavoidable
 * at-least-once case (mail clients show it once); a second, different Message-ID for the same
 * outbox message, or one the outbox never made, is a real duplicate.
 */
export function compareDeliveries(mails: Delivery[], outbox: OutboxRow[]): DeliveryReport {
  const expected = new Map(outbox.map((row) => [bare(row.message_id), row.to_email.toLowerCase()]));
  const seen = new Map<string, number>();
  const misdirected = new Set<string>();
  const idsByRecipient = new Map<string, Set<string>>();
  for (const mail of mails) {
    const id = bare(mail.messageId);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    const to = mail.to.toLowerCase();
    if (expected.has(id) && expected.get(id) !== to) misdirected.add(id);
    idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(id));
  }
  // The fault tests give every recipient exactly one message, so two ids means two emails.
  const perRecipient = new Map<string, number>();
  for (const to of expected.values()) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
  return {
    received: mails.length,
    distinct: seen.size,
    sameIdRepeats: mails.length - seen.size,
    missing: [...expected.keys()].filter((id) => !seen.has(id)),
    unknown: [...seen.keys()].filter((id) => !expected.has(id)),
    misdirected: [...misdirected],
    recipientsWithTwoIds: [...idsByRecipient]
      .filter(([to, ids]) => ids.size > (perRecipient.get(to) ?? 0))
      .map(([to]) => to),
  };
}

/** The report with its lists cut short, for a readable failure message. */
export function summarize(report: DeliveryReport): string {
  return JSON.stringify(report, (_, value) =>
    Array.isArray(value) && value.length > 5 ? [...value.slice(0, 5), `…${value.length}`] : value,
  );
}
