import { Type } from 'typebox';
import { Nullable } from '../../shapes/common.js';
import { RoleSchema, WorkingHoursInputSchema } from '../../shapes/people.js';
import { Line } from '../schemas.js';

// What user and candidate routes take in; what they answer with is in shapes/ (ADR 011).

const timeZoneField = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA zone, e.g. Europe/Berlin',
});

const localeField = Nullable(
  Type.String({
    maxLength: 35,
    description:
      'BCP 47 language tag for their emails and Interview Link page, e.g. fr or pt-BR (shipped: en, fr, de, es, pt-BR, ja; others read the company default); null: none',
  }),
);

export const PasswordField = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'At least 12 characters, not only spaces, and hard to guess (zxcvbn score ≥ 3)',
});

export const CreateUserBody = Type.Object(
  {
    name: Line(),
    email: Type.String({ minLength: 3, maxLength: 254 }),
    timeZone: timeZoneField,
    locale: Type.Optional(localeField),
    role: RoleSchema,
    password: Type.Optional(PasswordField),
  },
  { additionalProperties: false },
);

/** PATCH /users/:id: admins change anything here; a user only their own name, zone and hours. */
export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Line()),
    timeZone: Type.Optional(timeZoneField),
    locale: Type.Optional(localeField),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(
      Type.Boolean({ description: 'false deactivates: sessions end and API keys are revoked' }),
    ),
    workingHours: Type.Optional(
      Nullable(WorkingHoursInputSchema, {
        description:
          'Weekly working hours and time off (datesOff: whole local days, inclusive ranges), written whole: left-out datesOff means none; null restores the default (Mon–Fri 09:00–18:00, no time off)',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

const candidateFields = {
  firstName: Line(),
  lastName: Line(),
  email: Type.String({ minLength: 3, maxLength: 254 }),
  timeZone: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
  locale: Type.Optional(localeField),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
};

export const CreateCandidateBody = Type.Object(candidateFields, { additionalProperties: false });
export const UpdateCandidateBody = Type.Partial(CreateCandidateBody, {
  additionalProperties: false,
  minProperties: 1,
});
