import type { ApiKeysTable, UsersTable } from '../db/schema.js';
import type { ApiKey } from '../shapes/types.js';

export type KeyOwner = Pick<UsersTable, 'id' | 'name' | 'email'>;

/** Maps an api_keys row and its owner to the public shape. */
export function toApiKey(row: ApiKeysTable, owner: KeyOwner): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    owner: { id: owner.id, name: owner.name, email: owner.email },
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
