import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from './config.js';
import { type Db, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { ensureFirstAdmin } from './people/ensure-first-admin.js';
import { seedDefaultTemplates } from './templates/seed-default-templates.js';
import { seedSchedulingTemplate } from './templates/seed-scheduling-template.js';

/** What every entry point (server, worker) needs before it starts work. */
export interface Prepared {
  database: Db;
  sessionSecret: string;
  createdAdmin: boolean;
}

/** Opens the database, brings its schema up to date and creates the first admin if asked. */
export async function prepare(config: Config): Promise<Prepared> {
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db, database.engine);
    const createdAdmin = await ensureFirstAdmin({
      db: database.db,
      email: config.adminEmail,
      password: config.adminPassword,
    });
    await seedDefaultTemplates(database.db);
    await seedSchedulingTemplate(database.db);
    const sessionSecret = config.sessionSecret ?? readOrCreateSecret(dataFolder(database));
    return { database, sessionSecret, createdAdmin };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function dataFolder(database: Db): string {
  return database.file ? dirname(database.file) : resolve('data');
}

// SESSION_SECRET unset: one is made on first start and kept beside the database, so sessions
// survive restarts. Several instances must share SESSION_SECRET instead (README, Operating).
function readOrCreateSecret(folder: string): string {
  const file = join(folder, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
