import { hashSecret } from '../crypto/secrets.js';
import type { Queryable } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import type { Actor } from '../domain/permissions.js';

/** Who is calling, and how: a session also carries the CSRF token its writes must echo. */
export type Authentication =
  | { via: 'session'; actor: Actor; sessionId: string; csrfToken: string }
  | { via: 'api_key'; actor: Actor; apiKeyId: string };

export const API_KEY_PREFIX = 'cvn_';

/**
 * Resolves a session cookie's token to its user, or undefined when unknown, expired or the
 * user is deactivated. The role is read here on every request, so a changed role applies at once.
 */
export async function authenticateSession(
  db: Queryable,
  token: string,
): Promise<Authentication | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.csrf_token', 'sessions.expires_at'])
    .select(['users.id', 'users.role', 'users.name', 'users.email'])
    .where('sessions.token_hash', '=', hashSecret(token))
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.expires_at <= nowDbTime()) return undefined;
  const actor = { userId: row.id, role: row.role, name: row.name, email: row.email };
  return { via: 'session', actor, sessionId: row.sessionId, csrfToken: row.csrf_token };
}

/**
 * Resolves an `Authorization: Bearer cvn_…` key to its owner; undefined when unknown, revoked,
 * expired or its owner is deactivated.
 */
export async function authenticateApiKey(
  db: Queryable,
  key: string,
): Promise<Authentication | undefined> {
  if (!key.startsWith(API_KEY_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select(['api_keys.id as apiKeyId', 'api_keys.revoked_at', 'api_keys.last_used_at'])
    .select(['api_keys.expires_at', 'users.id', 'users.role', 'users.name', 'users.email'])
    .where('api_keys.key_hash', '=', hashSecret(key))
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.revoked_at) return undefined;
  if (row.expires_at && row.expires_at <= nowDbTime()) return undefined;
  await touchApiKey(db, row.apiKeyId, row.last_used_at);
  const actor = { userId: row.id, role: row.role, name: row.name, email: row.email };
  return { via: 'api_key', actor, apiKeyId: row.apiKeyId };
}

// "Last used" at minute precision: one write a minute per key, not one per request.
async function touchApiKey(db: Queryable, id: string, lastUsedAt: string | null): Promise<void> {
  const now = nowDbTime();
  if (lastUsedAt && Date.parse(now) - Date.parse(lastUsedAt) < 60_000) return;
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
}
