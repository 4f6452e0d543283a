import { Type } from 'typebox';
import { ROLES } from '../domain/permissions.js';
import { Nullable, OneOf } from './common.js';

export const RoleSchema = OneOf(ROLES);

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
