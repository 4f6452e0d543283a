import { Type } from 'typebox';
import { ROLES } from '../../domain/permissions.js';
import { Line, Nullable } from '../schemas.js';

export const RoleSchema = Type.Union([
  Type.Literal(ROLES[0]),
  Type.Literal(ROLES[1]),
  Type.Literal(ROLES[2]),
]);

export const UserSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  timeZone: Type.String(),
  role: RoleSchema,
  canSignIn: Type.Boolean(),
  createdAt: Type.String(),
});

export const CreateUserBody = Type.Object(
  {
    name: Line(),
    email: Type.String({ minLength: 3, maxLength: 254 }),
    timeZone: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'IANA zone, e.g. Europe/Berlin',
    }),
    role: RoleSchema,
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
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
