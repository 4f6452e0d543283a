import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, until } from './process.js';

/** Debian's Radicale (`apt-get install radicale`); .ci/run installs it. */
export const RADICALE = process.env.RADICALE_PATH ?? '/usr/bin/radicale';
export const hasRadicale = existsSync(RADICALE);

/**
 * A CalDAV server of our own: Radicale on a free loopback port, a temporary storage folder and
 * one user signing in with a password (htpasswd, plain), as a Nextcloud or Fastmail account
 * would with an app password.
 */
export async function startRadicale(user = 'ann', password = 'app-password-1') {
  const dir = mkdtempSync(join(tmpdir(), 'convene-radicale-'));
  writeFileSync(join(dir, 'users'), `${user}:${password}\n`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    RADICALE,
    [
      '--config',
      '',
      '--server-hosts',
      `127.0.0.1:${port}`,
      '--storage-filesystem-folder',
      join(dir, 'collections'),
      '--auth-type',
      'htpasswd',
      '--auth-htpasswd-filename',
      join(dir, 'users'),
      '--auth-htpasswd-encryption',
      'plain',
      '--rights-type',
      'owner_only',
      '--logging-level',
      'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const dav = (method: string, path: string, body?: string, type = 'application/xml') =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: auth, ...(body ? { 'content-type': type } : {}) },
      body,
    });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await until(
      async () => (await dav('PROPFIND', `/${user}/`).catch(() => undefined))?.status === 207,
      () => `Radicale to answer on ${base}: ${log}`,
    );
  } catch (error) {
    await close();
    throw error;
  }
  return {
    base,
    user,
    password,
    /** The URL of a collection or resource under the user's home. */
    url: (path = '') => `${base}/${user}/${path}`,
    /** Creates a calendar collection (MKCALENDAR) `/user/name/`, in a zone when given one. */
    async makeCalendar(name: string, timeZone?: string) {
      const body = timeZone
        ? `<?xml version="1.0" encoding="utf-8"?>
<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
<c:calendar-timezone>BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene tests//EN\r\nBEGIN:VTIMEZONE\r\nTZID:${timeZone}\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n</c:calendar-timezone>
</d:prop></d:set></c:mkcalendar>`
        : undefined;
      const response = await dav('MKCALENDAR', `/${user}/${name}/`, body);
      if (response.status !== 201) throw new Error(`MKCALENDAR ${response.status}`);
    },
    /** Stores one event resource (a whole VCALENDAR) in a calendar. */
    async putEvent(calendar: string, name: string, ics: string) {
      const response = await dav('PUT', `/${user}/${calendar}/${name}.ics`, ics, 'text/calendar');
      if (response.status !== 201 && response.status !== 204) {
        throw new Error(`PUT ${name}: ${response.status} ${await response.text()}`);
      }
    },
    output: () => log,
    close,
  };
}

export type Radicale = Awaited<ReturnType<typeof startRadicale>>;
