import { Type } from 'typebox';
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

/** A user's working hours as the API answers them (DESIGN §9). */
export const WorkingHoursSchema = Type.Object({
  timeZone: Nullable(
    Type.String({
      description: 'The zone the hours are read in; null: the user’s own, following its changes',
    }),
  ),
  weekly,
});

/** Working hours as PATCH /users/:id takes them: the zone may be left out (the user's own). */
export const WorkingHoursInputSchema = Type.Object(
  {
    timeZone: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    weekly,
  },
  { additionalProperties: false },
);

/** A user as the API shows it: never the password hash. */
export const UserSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  timeZone: Type.String(),
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
  phone: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
