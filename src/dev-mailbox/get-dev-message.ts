import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { CalendarSummary, DevMessage } from '../shapes/types.js';

export interface GetDevMessageOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/** One development-mailbox message: its HTML and text as sent, and its calendar invite. */
export async function getDevMessage({
  db,
  actor,
  id,
}: GetDevMessageOptions): Promise<DevMessage & { raw: string }> {
  assertCan(actor, 'interviews:write');
  const row = await db
    .selectFrom('messages')
    .select(['id', 'message_id', 'to_email', 'subject', 'raw'])
    .where('id', '=', id)
    .where('transport', '=', 'dev')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No message with id ${id} in the development mailbox.`);
  const parsed = await simpleParser(row.raw);
  const ics = parsed.attachments.find(
    (a) => a.contentType === 'text/calendar' || a.filename === 'invite.ics',
  );
  return {
    id: row.id,
    messageId: row.message_id,
    to: row.to_email,
    subject: row.subject,
    html: typeof parsed.html === 'string' ? parsed.html : '',
    text: parsed.text ?? '',
    calendar: ics ? summarize(ics.content.toString('utf8')) : null,
    raw: row.raw,
  };
}

function summarize(text: string): CalendarSummary {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('calendar without an event');
  const value = (name: string) => event.getFirstPropertyValue(name);
  // An API value read from the message, not a time Convene stores.
  const time = (name: string) => (value(name) as ICAL.Time).toJSDate().toISOString(); // not stored
  return {
    method: String(calendar.getFirstPropertyValue('method') ?? ''),
    uid: String(value('uid') ?? ''),
    sequence: Number(value('sequence') ?? 0),
    summary: String(value('summary') ?? ''),
    startsAt: time('dtstart'),
    endsAt: time('dtend'),
    location: (value('location') as string | null) ?? null,
    organizer: String(value('organizer') ?? ''),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    status: (value('status') as string | null) ?? null,
  };
}
