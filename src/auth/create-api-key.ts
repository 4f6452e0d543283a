import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import { nowDbTime, toDbTime } from '../db/time.js';
import { AppError, invalid } from '../domain/errors.js';
import { isInstant } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { isSingleLine } from '../domain/text-rules.js';
import type { ApiKey } from '../shapes/types.js';
import { toApiKey } from './api-key-view.js';
import { API_KEY_PREFIX, type Authentication } from './authenticate.js';

export interface CreateApiKeyOptions {
  db: Queryable;
  actor: Actor;
  /** How the caller authenticated: a key may not make keys. */
  via: Authentication['via'];
  name: string;
  /** ISO 8601; after it the key answers 401. Undefined: it works until revoked. */
  expiresAt?: string | undefined;
}

/** Issues a key acting as the actor; the secret is returned once and stored only hashed. */
export async function createApiKey(
  options: CreateApiKeyOptions,
): Promise<ApiKey & { key: string }> {
  const { db, actor, name } = options;
  assertCan(actor, 'api_keys:manage');
  // A key that could mint keys would let a leaked key survive its own revocation.
  if (options.via === 'api_key') {
    throw new AppError('forbidden', 'An API key cannot create API keys: sign in to create one.');
  }
  if (!isSingleLine(name) || name.trim() === '') {
    invalid([{ field: 'name', message: 'must be a non-empty single line' }]);
  }
  const now = nowDbTime();
  const expiresAt = options.expiresAt === undefined ? null : futureTime(options.expiresAt, now);
  const key = newSecret(API_KEY_PREFIX);
  const row = {
    id: randomUUID(),
    user_id: actor.userId,
    name: name.trim(),
    prefix: key.slice(0, API_KEY_PREFIX.length + 6),
    key_hash: hashSecret(key),
    created_at: now,
    last_used_at: null,
    revoked_at: null,
    expires_at: expiresAt,
  };
  await db.insertInto('api_keys').values(row).execute();
  return { ...toApiKey(row, { id: actor.userId, name: actor.name, email: actor.email }), key };
}

// An expiry as stored (ISO UTC), or a 400 naming expiresAt.
function futureTime(value: string, now: string): string {
  if (!isInstant(value)) {
    invalid([
      {
        field: 'expiresAt',
        message: 'must be an ISO 8601 time with an offset, e.g. 2027-01-31T00:00:00Z',
      },
    ]);
  }
  const iso = toDbTime(new Date(Date.parse(value)));
  if (iso <= now) invalid([{ field: 'expiresAt', message: 'must be in the future' }]);
  return iso;
}
