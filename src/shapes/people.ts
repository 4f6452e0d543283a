import { Type } from 'typebox';
import { MAX_DATE_OFF_NOTE, MAX_DATES_OFF } from '../domain/dates-off.js';
import { ROLES } from '../domain/permissions.js';
import { MAX_WORKING_RANGES } from '../domain/working-hours.js';
import { Nullable, OneOf } from './common.js';

export const RoleSchema = OneOf(ROLES);

/** One stretch of a working week; the same shape is sent and answered. */
export const WorkingRangeSchema = Type.Object(
  {
    day: Type.Integer({ minimum: 1, maximum: 7, description: 'Weekday: 1 Monday … 7 Sunday' }),
    start: Type.String({ maxLength: 5, description: 'Local start, "HH:MM" (inclusive)' }),
    end: Type.String({
      maxLength: 5,
      description: 'Local end, "HH:MM" up to "24:00" (exclusive); later than start',
    }),
  },
  { additionalProperties: false },
);

const weekly = Type.Array(WorkingRangeSchema, {
  maxItems: MAX_WORKING_RANGES,
  description: 'At least one range; ranges of one day may touch, not overlap',
});

/** Whole local days off, in the hours' zone; the same shape is sent and answered. */
export const DateOffSchema = Type.Object(
  {
    from: Type.String({ maxLength: 10, description: 'The first local date off, "YYYY-MM-DD"' }),
    to: Type.String({
      maxLength: 10,
      description: 'The last local date off (inclusive), "YYYY-MM-DD"; not before from',
    }),
    note: Type.Optional(
      Type.String({ maxLength: MAX_DATE_OFF_NOTE, description: 'One line, e.g. "Holiday"' }),
    ),
  },
  { additionalProperties: false },
);

const datesOff = Type.Array(DateOffSchema, {
  maxItems: MAX_DATES_OFF,
  description:
    'Dates off: whole local days in the hours’ zone with no working hours, whatever the week says (no slots, and an interview then is outside working hours). Sorted by start.',
});

/** A user's working hours as the API answers them (DESIGN §9). */
export const WorkingHoursSchema = Type.Object({
  timeZone: Nullable(
    Type.String({
      description: 'The zone the hours are read in; null: the user’s own, following its changes',
    }),
  ),
  weekly,
  datesOff,
});

/** Working hours as PATCH /users/:id takes them: the zone may be left out (the user's own). */
export const WorkingHoursInputSchema = Type.Object(
  {
    timeZone: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    weekly,
    datesOff: Type.Optional(datesOff),
  },
  { additionalProperties: false },
);

/** A user as the API shows it: never the password hash. */
export const UserSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  timeZone: Type.String(),
  locale: Nullable(
    Type.String({
      description:
        'BCP 47 language for their emails and Interview Link page, e.g. fr or pt-BR; null: their browser’s language, else DEFAULT_LOCALE',
    }),
  ),
  role: RoleSchema,
  canSignIn: Type.Boolean(),
  active: Type.Boolean({ description: 'False once deactivated: no sign-in, sessions or API keys' }),
  deactivatedAt: Nullable(Type.String()),
  workingHours: Nullable(WorkingHoursSchema, {
    description: 'Null: the default, Monday to Friday 09:00–18:00 in the user’s zone',
  }),
  createdAt: Type.String(),
});

export const CandidateSchema = Type.Object({
  id: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  email: Type.String(),
  timeZone: Nullable(Type.String()),
  locale: Nullable(
    Type.String({
      description:
        'BCP 47 language for their emails and Interview Link page, e.g. fr or pt-BR; null: their browser’s language, else DEFAULT_LOCALE',
    }),
  ),
  phone: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
