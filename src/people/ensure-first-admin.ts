import type { RootDb } from '../db/database.js';
import { createUser } from './create-user.js';

export interface EnsureFirstAdminOptions {
  db: RootDb;
  email: string | undefined;
  password: string | undefined;
  timeZone?: string;
}

/**
 * On an empty database, creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD. Does nothing
 * once any user exists, so a restart never resets a changed password.
 */
export async function ensureFirstAdmin(options: EnsureFirstAdminOptions): Promise<boolean> {
  const { db, email, password } = options;
  if (!email || !password) return false;
  return db.transaction().execute(async (trx) => {
    const any = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (any) return false;
    const name = email.split('@')[0] ?? 'Admin';
    await createUser({
      db: trx,
      actor: undefined,
      name,
      email,
      password,
      role: 'admin',
      timeZone: options.timeZone ?? 'UTC',
    });
    return true;
  });
}
