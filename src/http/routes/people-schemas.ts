import { Type } from 'typebox';
import { ROLES } from '../../domain/permissions.js';
import { Line, Nullable } from '../schemas.js';

export const RoleSchema = Type.Union([
  Type.Literal(ROLES[0]),
  Type.Literal(ROLES[1]),
  Type.Literal(ROLES[2]),
]);

const timeZoneField = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA zone, e.g. Europe/Berlin',
});

export const PasswordField = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'At least 12 characters, not only spaces, and hard to guess (zxcvbn score ≥ 3)',
});

export const UserSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  timeZone: Type.String(),
  role: RoleSchema,
  canSignIn: Type.Boolean(),
  active: Type.Boolean({ description: 'False once deactivated: no sign-in, sessions or API keys' }),
  deactivatedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const CreateUserBody = Type.Object(
  {
    name: Line(),
    email: Type.String({ minLength: 3, maxLength: 254 }),
    timeZone: timeZoneField,
    role: RoleSchema,
    password: Type.Optional(PasswordField),
  },
  { additionalProperties: false },
);

/** PATCH /users/:id: admins change anything here; a user only their own name and zone. */
export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Line()),
    timeZone: Type.Optional(timeZoneField),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(
      Type.Boolean({ description: 'false deactivates: sessions end and API keys are revoked' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

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

const candidateFields = {
  firstName: Line(),
  lastName: Line(),
  email: Type.String({ minLength: 3, maxLength: 254 }),
  timeZone: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
};

export const CreateCandidateBody = Type.Object(candidateFields, { additionalProperties: false });
export const UpdateCandidateBody = Type.Partial(CreateCandidateBody, {
  additionalProperties: false,
  minProperties: 1,
});
