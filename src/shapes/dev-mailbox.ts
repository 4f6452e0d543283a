import { Type } from 'typebox';
import { CALENDAR_METHODS, MESSAGE_KINDS } from '../domain/messages.js';
import { Nullable, OneOf } from './common.js';

/** A development-mailbox message in the list. */
export const DevMessageSummarySchema = Type.Object({
  id: Type.String(),
  interviewId: Nullable(Type.String(), {
    description: 'Null for a scheduling request email, sent before any interview exists',
  }),
  kind: OneOf(MESSAGE_KINDS),
  to: Type.String(),
  toName: Type.String(),
  subject: Type.String(),
  calendarMethod: Nullable(OneOf(CALENDAR_METHODS)),
  sequence: Nullable(Type.Integer()),
  sentAt: Nullable(Type.String()),
});

/** The calendar invite inside a message, summarized for people. */
export const CalendarSummarySchema = Type.Object({
  method: Type.String(),
  uid: Type.String(),
  sequence: Type.Integer(),
  summary: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Nullable(Type.String()),
  organizer: Type.String(),
  attendees: Type.Array(Type.String()),
  status: Nullable(Type.String()),
});

/** One development-mailbox message: its HTML and text as sent, and its calendar invite. */
export const DevMessageSchema = Type.Object({
  id: Type.String(),
  messageId: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
  calendar: Nullable(CalendarSummarySchema),
});
