/**
 * The vocabulary of the outbox's messages: what each is for, where its delivery stands, which
 * transport took it and the calendar method it carries. The database types and the API schemas
 * are derived from these lists.
 */
export const MESSAGE_KINDS = [
  'invite',
  'update',
  'cancel',
  'notice',
  'reminder',
  'scheduling',
  'declinecounter',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/** A real SMTP server, or the development mailbox (no SMTP_URL). */
export const TRANSPORTS = ['smtp', 'dev'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

/**
 * The iMIP methods Convene sends: a meeting request, its cancellation, or the refusal of a time
 * an attendee proposed (RFC 5546 §3.2.8).
 */
export const CALENDAR_METHODS = ['REQUEST', 'CANCEL', 'DECLINECOUNTER'] as const;
export type CalendarMethod = (typeof CALENDAR_METHODS)[number];
