import type { RootDb } from '../db/database.js';
import { parseCalendarReply } from '../domain/calendar-reply.js';
import type { SenderCheck } from '../domain/reply-sender.js';
import { calendarPartsOf } from '../mail/calendar-parts.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { type ReplyOutcome, recordCalendarReply } from './record-calendar-reply.js';

/**
 * Reads one email that reached the organizer mailbox (inbound SMTP or IMAP) and applies the
 * calendar reply in it. One message is one answer: the first readable REPLY is applied and any
 * further calendar in it is ignored, so one mail cannot answer many times. Mail without one
 * (out-of-office, a person writing back) is ignored. Each outcome is logged with its reason.
 */
export async function ingestReplyMail(options: {
  db: RootDb;
  raw: Buffer;
  /** What the listener or the mailbox provider found of the sender. */
  sender: SenderCheck;
  settings: MailSettings;
  log: { info(o: object, m: string): void };
  now?: Date;
}): Promise<ReplyOutcome[]> {
  const { db, raw, sender, settings, log, now } = options;
  const outcomes: ReplyOutcome[] = [];
  let answered = false;
  for (const part of await calendarPartsOf(raw)) {
    if (answered) {
      outcomes.push({ outcome: 'ignored', reason: 'one answer per message' });
      continue;
    }
    const parsed = parseCalendarReply(part.content, part.method);
    if (!parsed.ok) {
      const outcome: ReplyOutcome = { outcome: 'ignored', reason: parsed.reason };
      log.info(outcome, 'calendar part ignored');
      outcomes.push(outcome);
      continue;
    }
    answered = true;
    const { uid, sequence, answer } = parsed.reply;
    const outcome = await recordCalendarReply({ db, reply: parsed.reply, sender, settings, now });
    log.info(
      { ...outcome, uid, sequence, answer, dmarc: sender.dmarc, from: sender.from },
      `calendar reply ${outcome.outcome}`,
    );
    outcomes.push(outcome);
  }
  const extra = outcomes.filter(
    (o) => o.outcome === 'ignored' && o.reason === 'one answer per message',
  );
  if (extra.length > 0) log.info({ parts: extra.length }, 'further calendar parts ignored');
  return outcomes;
}
