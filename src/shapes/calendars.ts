import { Type } from 'typebox';
import { CALENDAR_KINDS } from '../domain/calendar-kinds.js';
import { Nullable, OneOf } from './common.js';

/** A calendar Convene reads to know when its owner is busy; never its password. */
export const CalendarSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  kind: OneOf(CALENDAR_KINDS),
  url: Type.String(),
  username: Nullable(Type.String()),
  label: Nullable(Type.String()),
  lastSyncAt: Nullable(
    Type.String({ description: 'When the calendar was last read (an unchanged feed counts)' }),
  ),
  lastError: Nullable(
    Type.String({
      description: 'What went wrong the last time it was read; null after a good read',
    }),
  ),
  lastErrorAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
