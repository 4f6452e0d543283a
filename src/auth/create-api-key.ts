import { randomUUID } from 'node:crypto';
import type { Transaction } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { isSingleLine } from '../domain/text-rules.js';
import { type ApiKey, toApiKey } from './api-key-view.js';
import { API_KEY_PREFIX } from './authenticate.js';
import { hashSecret, newSecret } from './secrets.js';

export interface CreateApiKeyOptions {
  db: Transaction;
  actor: Actor;
  name: string;
}

/** Issues a key acting as the actor; the secret is returned once and stored only hashed. */
export async function createApiKey(
  options: CreateApiKeyOptions,
): Promise<ApiKey & { key: string }> {
  const { db, actor, name } = options;
  assertCan(actor, 'api_keys:manage');
  if (!isSingleLine(name) || name.trim() === '') {
    invalid([{ field: 'name', message: 'must be a non-empty single line' }]);
  }
  const key = newSecret(API_KEY_PREFIX);
  const row = {
    id: randomUUID(),
    user_id: actor.userId,
    name: name.trim(),
    prefix: key.slice(0, API_KEY_PREFIX.length + 6),
    key_hash: hashSecret(key),
    created_at: nowDbTime(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_keys').values(row).execute();
  return { ...toApiKey(row), key };
}
