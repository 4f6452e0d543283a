import type { Transaction } from '../db/database.js';
import { parseCalendarReply } from '../domain/calendar-reply.js';
import { calendarPartsOf } from '../mail/calendar-parts.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { type ReplyOutcome, recordCalendarReply } from './record-calendar-reply.js';

/**
 * Reads one email that reached the organizer mailbox (inbound SMTP or IMAP) and applies every
 * calendar reply in it. Mail without one (out-of-office, a person writing back) is ignored.
 * Each outcome is logged: replies that change nothing say why.
 */
export async function ingestReplyMail(options: {
  db: Transaction;
  raw: Buffer;
  settings: MailSettings;
  log: { info(o: object, m: string): void };
  now?: Date;
}): Promise<ReplyOutcome[]> {
  const { db, raw, settings, log, now } = options;
  const outcomes: ReplyOutcome[] = [];
  for (const part of await calendarPartsOf(raw)) {
    const parsed = parseCalendarReply(part.content, part.method);
    if (!parsed.ok) {
      const outcome: ReplyOutcome = { outcome: 'ignored', reason: parsed.reason };
      log.info(outcome, 'calendar part ignored');
      outcomes.push(outcome);
      continue;
    }
    const { uid, sequence, answer } = parsed.reply;
    const outcome = await recordCalendarReply({ db, reply: parsed.reply, settings, now });
    log.info({ ...outcome, uid, sequence, answer }, `calendar reply ${outcome.outcome}`);
    outcomes.push(outcome);
  }
  return outcomes;
}
