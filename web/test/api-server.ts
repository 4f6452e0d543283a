import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Window as HappyWindow } from 'happy-dom';
import { freePort, startConvene, until } from '../../tests/helpers/process.js';
import { setCsrfToken } from '../src/api.js';
import type { SignedIn } from '../src/types.js';

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real Convene server, as its own process on a fresh SQLite database, with the simulated
 * browser's page at its origin: components talk to it over HTTP exactly as in a browser,
 * cookie and CSRF header included. (In-process it would see happy-dom's `URL` and `fetch`
 * in place of Node's.) `env` adds settings, e.g. ADMIN_EMAIL and ADMIN_PASSWORD.
 */
export async function startApiServer(env: Record<string, string> = {}): Promise<ApiServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'convene-web-'));
  const server = startConvene('server', {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATABASE_URL: `sqlite:${join(dir, 'convene.db')}`,
    SESSION_SECRET: 'w'.repeat(40),
    RUN_WORKER: 'false',
    ...env,
  });
  (window as unknown as HappyWindow).happyDOM.setURL(`${url}/`);
  await until(
    () => answers(`${url}/readyz`),
    () => `the server at ${url}: ${server.output()}`,
    30_000,
  );
  return {
    url,
    close: async () => {
      await server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first admin of a server started by startAsAdmin. */
export const ADMIN = { email: 'carla@example.com', password: 'coordinator password' };

export type AdminServer = ApiServer & { session: SignedIn };

/**
 * A server with a first admin, signed in on the page; the app's writes send its CSRF token.
 * `env` adds settings, e.g. RUN_WORKER=true to deliver invites to the dev mailbox.
 */
export async function startAsAdmin(env: Record<string, string> = {}): Promise<AdminServer> {
  const server = await startApiServer({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  const session = await signIn(ADMIN.email, ADMIN.password);
  setCsrfToken(session.csrfToken);
  return { ...server, session };
}

/** Signs the page in as that user: the session cookie is kept by the page, as a browser's is. */
async function signIn(email: string, password: string): Promise<SignedIn> {
  const response = await fetch('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as SignedIn;
}

/** Whether the URL answers 200 yet (asked with Node's HTTP client, not the page's). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}
