import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { prepare } from '../../src/bootstrap.js';
import { type Config, loadConfig } from '../../src/config.js';
import { setPasswordWorkFactor } from '../../src/crypto/secrets.js';
import type { Db } from '../../src/db/database.js';
import type { Role } from '../../src/domain/permissions.js';
import { buildApp } from '../../src/http/app.js';
import { type OutboxWorker, startOutboxWorker } from '../../src/mail/outbox-worker.js';
import { transportFor } from '../../src/mail/transports.js';
import { createUser } from '../../src/people/create-user.js';
import type { User } from '../../src/people/views.js';
import { createTestDatabase } from './database.js';

/** How a test request proves who it is. */
export type Credentials = { cookie: string; csrfToken: string } | { apiKey: string } | undefined;

export interface TestApp {
  app: FastifyInstance;
  /** The outbox worker (started with `{ worker: true }`): drain() delivers everything due. */
  worker: OutboxWorker | undefined;
  database: Db;
  config: Config;
  /** Sends a request as `as`; JSON in, parsed JSON out. */
  call(
    options: InjectOptions & { as?: Credentials },
    // biome-ignore lint/suspicious/noExplicitAny: responses are JSON of every shape; tests assert on them.
  ): Promise<LightMyRequestResponse & { data: any }>;
  /** Creates a user with a password and signs them in. */
  signedIn(
    role?: Role,
    overrides?: Partial<{ name: string; email: string; timeZone: string }>,
  ): Promise<{ user: User; as: Credentials }>;
  close(): Promise<void>;
}

export const PASSWORD = 'a long enough password';
// Production hashes use N=2^17; tests verify the same code path with a cheaper factor.
setPasswordWorkFactor(12);
let counter = 0;

/** A Convene app on a fresh database of the suite's engine, with no mail server. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    worker?: boolean;
    retryBaseMs?: number;
    maxAttempts?: number;
    /** The worker's clock (tests/helpers/clock.ts), to pass backoffs and leases without sleeping. */
    now?: () => Date;
  } = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: testDb.url,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'x'.repeat(40),
    PUBLIC_URL: 'https://convene.test',
    COMPANY_NAME: 'Example Corp',
    ...env,
  });
  const { database, sessionSecret } = await prepare(config);
  // A very long poll: tests deliver with drain(), so nothing is sent behind their back.
  const worker = options.worker
    ? startOutboxWorker({
        database,
        transport: transportFor(config.smtpUrl),
        from: config.mailFrom,
        log: pino({ level: 'silent' }),
        pollMs: 3_600_000,
        retryBaseMs: options.retryBaseMs ?? 1,
        maxAttempts: options.maxAttempts ?? 8,
        ...(options.now ? { now: options.now } : {}),
      })
    : undefined;
  const app = await buildApp({ config: { ...config, sessionSecret }, database });
  await app.ready();

  const call: TestApp['call'] = async ({ as, headers, ...options }) => {
    const auth: Record<string, string> = {};
    if (as && 'apiKey' in as) auth.authorization = `Bearer ${as.apiKey}`;
    if (as && 'cookie' in as)
      Object.assign(auth, { cookie: as.cookie, 'x-csrf-token': as.csrfToken });
    const response = await app.inject({ ...options, headers: { ...auth, ...headers } });
    const type = String(response.headers['content-type'] ?? '');
    const data = type.includes('json') && response.body ? response.json() : response.body;
    return Object.assign(response, { data });
  };

  const signedIn: TestApp['signedIn'] = async (role = 'admin', overrides = {}) => {
    counter += 1;
    const email = overrides.email ?? `${role}${counter}@example.com`;
    const user = await createUser({
      db: database.db,
      actor: undefined,
      name: overrides.name ?? `Test ${role} ${counter}`,
      email,
      timeZone: overrides.timeZone ?? 'Europe/Berlin',
      role,
      password: PASSWORD,
    });
    const response = await call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return { user, as: { cookie, csrfToken: response.data.csrfToken } };
  };

  return {
    app,
    worker,
    database,
    config,
    call,
    signedIn,
    close: async () => {
      await app.close();
      await worker?.stop();
      await database.close();
      await testDb.drop();
    },
  };
}
