import { Type } from 'typebox';
import { BUSY_SOURCES } from '../domain/availability-rules.js';
import { OneOf } from './common.js';

/** Each person's busy times in a window, and why (DESIGN §9). */
export const AvailabilitySchema = Type.Object({
  users: Type.Array(
    Type.Object({
      userId: Type.String(),
      busy: Type.Array(
        Type.Object({
          start: Type.String({ description: 'ISO 8601, UTC' }),
          end: Type.String({ description: 'ISO 8601, UTC' }),
          source: OneOf(BUSY_SOURCES),
        }),
      ),
    }),
  ),
});

/** Free slots, earliest first. */
export const SlotListSchema = Type.Object({
  slots: Type.Array(
    Type.Object({
      startsAt: Type.String({ description: 'ISO 8601, UTC' }),
      endsAt: Type.String({ description: 'ISO 8601, UTC' }),
    }),
    { maxItems: 500 },
  ),
});

/** A dry run's answer: what an interview at that time would run into, per interviewer. */
export const ConflictListSchema = Type.Object(
  {
    conflicts: Type.Array(
      Type.Object({
        userId: Type.String(),
        start: Type.String({ description: 'ISO 8601, UTC' }),
        end: Type.String({ description: 'ISO 8601, UTC' }),
        reason: OneOf(BUSY_SOURCES),
      }),
    ),
  },
  { description: 'The answer to `dryRun: true`: nothing was saved' },
);
