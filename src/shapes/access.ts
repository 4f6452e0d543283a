import { Type } from 'typebox';
import { Nullable } from './common.js';
import { UserSchema } from './people.js';

/** Signed in: the user, and the token their cookie-authenticated writes must send back. */
export const SignedInSchema = Type.Object({ user: UserSchema, csrfToken: Type.String() });

/** Whether the one-time setup of an empty database is still to be done. */
export const SetupStateSchema = Type.Object({ setupRequired: Type.Boolean() });

/** A signed-in session as listed: where and when it began, never its token. */
export const SessionSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  userAgent: Nullable(Type.String()),
  clientAddress: Nullable(Type.String()),
  current: Type.Boolean({ description: 'The session this request came with' }),
});

/** An API key as listed: its visible prefix and owner, never the secret or its hash. */
export const ApiKeySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  owner: Type.Object(
    { id: Type.String(), name: Type.String(), email: Type.String() },
    { description: 'The user the key acts as' },
  ),
  createdAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  expiresAt: Nullable(Type.String({ description: 'After this the key answers 401' })),
  revokedAt: Nullable(Type.String()),
});

/** A key just made: the only answer that holds its secret. */
export const NewApiKeySchema = Type.Intersect([
  ApiKeySchema,
  Type.Object({
    key: Type.String({ description: 'cvn_…: send it as a bearer token; shown only now' }),
  }),
]);
