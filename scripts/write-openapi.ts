/**
 * Writes the OpenAPI document the server serves at /api/v1/openapi.json to a file (the first
 * argument), for `npm run lint:openapi`: the app is built on an in-memory database, with no
 * network, and its document read as GET /api/v1/openapi.json would answer it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/write-openapi.ts <file.json>');
const config = loadConfig({
  DATABASE_URL: 'sqlite::memory:',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'https://convene.example.org',
});
const database = openDatabase(config.databaseUrl);
const app = await buildApp({ config: { ...config, sessionSecret: 'x'.repeat(40) }, database });
await app.ready();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.close();
