import type { Kysely } from 'kysely';

/**
 * Removing access (issue 13): users can be deactivated, sessions say where they were opened,
 * API keys can expire. 0006 is another change's number; Kysely runs migrations by sorted
 * name, so the gap is harmless.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Null while the user may sign in; set when an admin deactivates them.
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  // What the person sees in their list of sessions, to tell their own from a stranger's.
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('client_address', 'text').execute();
  await db.schema
    .createIndex('sessions_user_idx')
    .on('sessions')
    .columns(['user_id', 'created_at', 'id'])
    .execute();
  // Null: the key works until it is revoked.
  await db.schema.alterTable('api_keys').addColumn('expires_at', 'text').execute();
  await db.schema
    .createIndex('api_keys_created_idx')
    .on('api_keys')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('api_keys_user_idx')
    .on('api_keys')
    .columns(['user_id', 'created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('api_keys_user_idx').execute();
  await db.schema.dropIndex('api_keys_created_idx').execute();
  await db.schema.alterTable('api_keys').dropColumn('expires_at').execute();
  await db.schema.dropIndex('sessions_user_idx').execute();
  await db.schema.alterTable('sessions').dropColumn('client_address').execute();
  await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
  await db.schema.alterTable('users').dropColumn('deactivated_at').execute();
}
