import type { Queryable, RootDb } from '../db/database.js';
import { isUniqueViolation } from '../db/errors.js';
import { nowDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';
import type { User } from '../shapes/types.js';
import { createUser } from './create-user.js';

export interface CompleteSetupOptions {
  db: RootDb;
  name: string;
  email: string;
  password: string;
  timeZone: string;
}

const ALREADY = 'Convene is already set up: sign in instead.';

/** True while the database has no user: the web app then shows its one-time setup page. */
export async function isSetupRequired(db: Queryable): Promise<boolean> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !any;
}

/**
 * Creates the first admin on an empty database, once. A settings row acts as the lock, so two
 * simultaneous setups (even on two instances) cannot both succeed.
 */
export async function completeSetup(options: CompleteSetupOptions): Promise<User> {
  const { db, ...fields } = options;
  return db.transaction().execute(async (trx) => {
    if (!(await isSetupRequired(trx))) throw new AppError('conflict', ALREADY);
    try {
      await trx
        .insertInto('settings')
        .values({ key: 'setup_completed_at', value: nowDbTime() })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', ALREADY);
      throw error;
    }
    return createUser({ db: trx, actor: undefined, role: 'admin', ...fields });
  });
}
