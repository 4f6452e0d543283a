import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarBusy } from '../../src/calendars/calendar-busy.js';
import { startCalendarRefresher } from '../../src/calendars/calendar-refresher.js';
import { syncCalendar } from '../../src/calendars/sync-calendar.js';
import { busyFromICalendar } from '../../src/domain/calendar-busy.js';
import { guardedGet, OutboundError } from '../../src/net/fetch-guarded.js';
import { addressRule } from '../../src/net/guarded-lookup.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { GOOGLE, OUTLOOK, READ_AT, spans } from '../helpers/calendar-fixtures.js';
import { engine } from '../helpers/database.js';
import { type FeedServer, fixtureFeed, startFeedServer } from '../helpers/feed-server.js';

describe(`Calendars (${engine})`, () => {
  let t: TestApp;
  let feeds: FeedServer;
  let admin: Credentials;

  beforeAll(async () => {
    feeds = await startFeedServer();
    // The feed server is on loopback: this app allows private addresses; the refusal is below.
    t = await startTestApp({ ALLOW_PRIVATE_NETWORK: 'true' });
    admin = (await t.signedIn('admin')).as;
    feeds.set('/google.ics', { body: fixtureFeed(GOOGLE.file), etag: '"g1"' });
    feeds.set('/outlook.ics', {
      body: fixtureFeed(OUTLOOK.file),
      lastModified: 'Mon, 02 Mar 2026 00:00:00 GMT',
    });
    feeds.set('/html', { body: '<html>Sign in</html>', type: 'text/html' });
    feeds.set('/moved', { status: 302, location: '/google.ics' });
    feeds.set('/loop', { status: 302, location: '/loop' });
    feeds.set('/to-metadata', { status: 302, location: 'http://169.254.169.254/latest/' });
    feeds.set('/to-private', { status: 301, location: 'http://10.1.2.3/feed.ics' });
    feeds.set('/slow', { hang: true });
    feeds.set('/big', { body: 'x'.repeat(4096) });
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  const add = (userId: string, as: Credentials, payload: object) =>
    t.call({ method: 'POST', url: `/api/v1/users/${userId}/calendars`, as, payload });
  const get = (id: string, as: Credentials) =>
    t.call({ method: 'GET', url: `/api/v1/calendars/${id}`, as });
  const refresh = (id: string, as: Credentials) =>
    t.call({ method: 'POST', url: `/api/v1/calendars/${id}/refresh`, as });
  const syncAt = (calendarId: string, now = READ_AT) =>
    syncCalendar({
      db: t.database.db,
      calendarId,
      allowAddress: addressRule(true),
      box: t.app.secretBox,
      now,
    });
  const busyOf = async (userId: string, window: { from: Date; to: Date }) =>
    spans((await calendarBusy(t.database.db, [userId], window.from, window.to)).get(userId));

  it('reads a feed the moment an interviewer adds it, and never shows a password', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: GOOGLE.zone });
    const before = Date.now();
    const response = await add(user.id, as, { kind: 'ics', url: feeds.url('/google.ics') });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.data).toMatchObject({
      userId: user.id,
      kind: 'ics',
      url: feeds.url('/google.ics'),
      lastError: null,
      lastErrorAt: null,
    });
    expect(Date.parse(response.data.lastSyncAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(response.body).not.toMatch(/password/i);
    const listed = await t.call({ method: 'GET', url: `/api/v1/users/${user.id}/calendars`, as });
    expect(listed.data.items).toEqual([response.data]);
    expect((await get(response.data.id, as)).data).toEqual(response.data);
  });

  it('stores exactly the busy times of Google and Outlook feeds, merged per user', async () => {
    const google = await t.signedIn('interviewer', { timeZone: GOOGLE.zone });
    const outlook = await t.signedIn('interviewer', { timeZone: OUTLOOK.zone });
    const a = await add(google.user.id, google.as, { kind: 'ics', url: feeds.url('/google.ics') });
    const b = await add(outlook.user.id, outlook.as, {
      kind: 'ics',
      url: feeds.url('/outlook.ics'),
    });
    await syncAt(a.data.id);
    await syncAt(b.data.id);
    expect(await busyOf(google.user.id, GOOGLE)).toEqual(GOOGLE.busy);
    expect(await busyOf(outlook.user.id, OUTLOOK)).toEqual(OUTLOOK.busy);

    // A second calendar of the same user: its busy times merge with the first's.
    await add(outlook.user.id, outlook.as, { kind: 'ics', url: feeds.url('/outlook.ics') });
    const both = await calendarBusy(
      t.database.db,
      [outlook.user.id, google.user.id, 'no-such-user'],
      OUTLOOK.from,
      OUTLOOK.to,
    );
    expect(spans(both.get(outlook.user.id))).toEqual(OUTLOOK.busy);
    // Asked together, each user gets their own: Google's weekly series goes on into this window.
    const googleThen = busyFromICalendar(fixtureFeed(GOOGLE.file), {
      from: OUTLOOK.from.getTime(),
      to: OUTLOOK.to.getTime(),
      timeZone: GOOGLE.zone,
    });
    expect(googleThen.length).toBeGreaterThan(0);
    expect(spans(both.get(google.user.id))).toEqual(spans(googleThen));
    expect(both.get('no-such-user')).toEqual([]);
  });

  it('sends the ETag and Last-Modified back: an unchanged feed answers 304, keeps its busy times and counts as read', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: GOOGLE.zone });
    const created = await add(user.id, as, { kind: 'ics', url: feeds.url('/google.ics') });
    await syncAt(created.data.id);
    const later = new Date(READ_AT.getTime() + 20 * 60_000);
    const synced = await syncAt(created.data.id, later);
    const last = feeds.to('/google.ics').at(-1);
    expect(last?.headers['if-none-match']).toBe('"g1"');
    expect(last?.status).toBe(304);
    expect(synced?.last_sync_at).toBe(later.toISOString());
    expect(await busyOf(user.id, GOOGLE)).toEqual(GOOGLE.busy);

    const outlook = await t.signedIn('interviewer', { timeZone: OUTLOOK.zone });
    const o = await add(outlook.user.id, outlook.as, {
      kind: 'ics',
      url: feeds.url('/outlook.ics'),
    });
    await refresh(o.data.id, outlook.as);
    expect(feeds.to('/outlook.ics').at(-1)?.headers['if-modified-since']).toBe(
      'Mon, 02 Mar 2026 00:00:00 GMT',
    );
  });

  it('saves a calendar that cannot be read with its lastError, and keeps the busy times read before', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: GOOGLE.zone });
    const missing = await add(user.id, as, { kind: 'ics', url: feeds.url('/gone.ics') });
    expect(missing.statusCode).toBe(201);
    expect(missing.data).toMatchObject({ lastError: 'HTTP 404', lastSyncAt: null });
    expect(missing.data.lastErrorAt).not.toBeNull();
    const html = await add(user.id, as, { kind: 'ics', url: feeds.url('/html') });
    expect(html.data.lastError).toBe('not an iCalendar feed');

    feeds.set('/flaky.ics', { body: fixtureFeed(GOOGLE.file) });
    const flaky = await add(user.id, as, { kind: 'ics', url: feeds.url('/flaky.ics') });
    const good = await syncAt(flaky.data.id);
    feeds.set('/flaky.ics', { status: 500 });
    const failed = await refresh(flaky.data.id, as);
    expect(failed.statusCode).toBe(200);
    expect(failed.data.lastError).toBe('HTTP 500');
    expect(failed.data.lastSyncAt).toBe(good?.last_sync_at);
    expect(await busyOf(user.id, GOOGLE)).toEqual(GOOGLE.busy);

    // Fixed at the source: the next read clears the error.
    feeds.set('/flaky.ics', { body: fixtureFeed(GOOGLE.file) });
    const fixed = await refresh(flaky.data.id, as);
    expect(fixed.data).toMatchObject({ lastError: null, lastErrorAt: null });
  });

  it('follows up to 3 redirects, and accepts webcal:// as https', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const moved = await add(user.id, as, { kind: 'ics', url: feeds.url('/moved') });
    expect(moved.data.lastError).toBeNull();
    const loop = await add(user.id, as, { kind: 'ics', url: feeds.url('/loop') });
    expect(loop.data.lastError).toBe('too many redirects');
    expect(feeds.to('/loop')).toHaveLength(4);

    const webcal = await add(user.id, as, {
      kind: 'ics',
      url: `webcal://127.0.0.1:${feeds.port}/google.ics`,
    });
    expect(webcal.statusCode).toBe(201);
    expect(webcal.data.url).toBe(`https://127.0.0.1:${feeds.port}/google.ics`);
    // The feed server speaks plain http, so the TLS handshake fails: recorded, not thrown.
    expect(webcal.data.lastError).toEqual(expect.any(String));
  });

  it('refuses a redirect to an address outside the rule, before connecting to it', async () => {
    // The rule as it is with private networks off, but for this test's own feed server.
    const onlyTheFeedServer = (address: string) =>
      address === '127.0.0.1' || addressRule(false)(address);
    for (const path of ['/to-metadata', '/to-private']) {
      await expect(
        guardedGet(feeds.url(path), { allowAddress: onlyTheFeedServer }),
      ).rejects.toThrow(new OutboundError('address not allowed'));
    }
    // And with private networks off, the feed server itself (on loopback) is refused too.
    await expect(
      guardedGet(feeds.url('/google.ics'), { allowAddress: addressRule(false) }),
    ).rejects.toThrow(new OutboundError('address not allowed'));
    await expect(
      guardedGet(`http://localhost:${feeds.port}/google.ics`, { allowAddress: addressRule(false) }),
    ).rejects.toThrow(new OutboundError('address not allowed'));
  });

  it('gives up on a feed that does not answer in time or is too large', async () => {
    await expect(
      guardedGet(feeds.url('/slow'), { allowAddress: addressRule(true), timeoutMs: 300 }),
    ).rejects.toThrow(new OutboundError('timed out'));
    await expect(
      guardedGet(feeds.url('/big'), { allowAddress: addressRule(true), maxBytes: 1000 }),
    ).rejects.toThrow(new OutboundError('larger than 1000 bytes'));
    const fits = await guardedGet(feeds.url('/big'), { allowAddress: addressRule(true) });
    expect(fits).toMatchObject({ notModified: false, body: 'x'.repeat(4096) });
  });

  it('lets only the user themselves and admins see and change their calendars', async () => {
    const owner = await t.signedIn('interviewer');
    const other = await t.signedIn('interviewer');
    const coordinator = await t.signedIn('coordinator');
    const payload = { kind: 'ics', url: feeds.url('/google.ics') };
    for (const as of [other.as, coordinator.as]) {
      expect((await add(owner.user.id, as, payload)).statusCode).toBe(403);
      const list = await t.call({
        method: 'GET',
        url: `/api/v1/users/${owner.user.id}/calendars`,
        as,
      });
      expect(list.statusCode).toBe(403);
    }
    const byAdmin = await add(owner.user.id, admin, payload);
    expect(byAdmin.statusCode).toBe(201);
    const id = byAdmin.data.id as string;
    for (const as of [other.as, coordinator.as]) {
      expect((await get(id, as)).statusCode).toBe(403);
      expect((await refresh(id, as)).statusCode).toBe(403);
      expect(
        (await t.call({ method: 'DELETE', url: `/api/v1/calendars/${id}`, as })).statusCode,
      ).toBe(403);
    }
    expect((await get(id, owner.as)).statusCode).toBe(200);
    expect((await refresh(id, admin)).statusCode).toBe(200);
    expect(
      (
        await t.call({
          method: 'GET',
          url: '/api/v1/calendars/0b6a1c9e-0000-4000-8000-000000000000',
          as: admin,
        })
      ).statusCode,
    ).toBe(404);
    expect((await add('0b6a1c9e-0000-4000-8000-000000000000', admin, payload)).statusCode).toBe(
      404,
    );
    expect((await t.call({ method: 'GET', url: `/api/v1/calendars/${id}` })).statusCode).toBe(401);
  });

  it('forgets a deleted calendar and its busy times', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: GOOGLE.zone });
    const created = await add(user.id, as, { kind: 'ics', url: feeds.url('/google.ics') });
    await syncAt(created.data.id);
    expect(await busyOf(user.id, GOOGLE)).toEqual(GOOGLE.busy);
    const deleted = await t.call({
      method: 'DELETE',
      url: `/api/v1/calendars/${created.data.id}`,
      as,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await get(created.data.id, as)).statusCode).toBe(404);
    expect(await busyOf(user.id, GOOGLE)).toEqual([]);
  });

  it('refuses what is not a calendar URL, or a CalDAV calendar without its sign-in, with a 400 naming the field', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const issues = async (payload: object) => {
      const response = await add(user.id, as, payload);
      expect(response.statusCode).toBe(400);
      return response.data.error.details?.issues?.map((i: { field: string }) => i.field);
    };
    expect(await issues({ kind: 'ics', url: 'ftp://calendar.example.com/feed.ics' })).toEqual([
      'url',
    ]);
    expect(await issues({ kind: 'ics', url: 'not a url' })).toEqual(['url']);
    // The body matches neither kind: the schema names `kind` among the fields of both.
    expect(await issues({ kind: 'google', url: 'https://calendar.example.com/' })).toContain(
      'kind',
    );
    expect(
      await issues({
        kind: 'caldav',
        url: 'https://caldav.example.com/',
        username: ' ',
        password: 'p',
      }),
    ).toEqual(['username']);
    expect(
      await issues({
        kind: 'caldav',
        url: 'webcal://caldav.example.com/',
        username: 'u',
        password: 'p',
      }),
    ).toEqual(['url']);
    expect(
      await issues({ kind: 'caldav', url: 'https://caldav.example.com/', username: 'u' }),
    ).toContain('password');
  });

  it('refuses private and loopback addresses unless ALLOW_PRIVATE_NETWORK is on', async () => {
    const strict = await startTestApp();
    try {
      const { user, as } = await strict.signedIn('interviewer');
      for (const url of [
        feeds.url('/google.ics'),
        'http://10.0.0.5/feed.ics',
        'http://169.254.169.254/latest/meta-data',
        'https://localhost/feed.ics',
      ]) {
        const response = await strict.call({
          method: 'POST',
          url: `/api/v1/users/${user.id}/calendars`,
          as,
          payload: { kind: 'ics', url },
        });
        expect(response.statusCode, url).toBe(400);
        expect(response.data.error.details.issues[0].field).toBe('url');
      }
    } finally {
      await strict.close();
    }
  });

  it('refreshes on a schedule the calendars not read for 15 minutes, a few at a time', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: GOOGLE.zone });
    // Every calendar so far was read now; these are the only ones this test will see go stale.
    feeds.set('/sched-ok.ics', { body: fixtureFeed(GOOGLE.file) });
    const ok = await add(user.id, as, { kind: 'ics', url: feeds.url('/sched-ok.ics') });
    feeds.set('/sched-ok.ics', { status: 503 });
    let offset = 0;
    const refresher = startCalendarRefresher({
      database: t.database,
      allowPrivate: true,
      box: t.app.secretBox,
      log: pino({ level: 'silent' }),
      intervalMs: 3_600_000,
      // Smaller than the calendars gone stale by then, all read in one pass all the same.
      batchSize: 2,
      clock: () => new Date(Date.now() + offset),
    });
    const reads = () => feeds.to('/sched-ok.ics').length;
    try {
      const before = reads();
      // Read a moment ago: not due (calendars read earlier in this file at READ_AT may be).
      await refresher.tick();
      expect(reads()).toBe(before);
      offset = 16 * 60_000;
      expect(await refresher.tick()).toBeGreaterThan(2);
      expect(reads()).toBe(before + 1);
      expect((await get(ok.data.id, as)).data.lastError).toBe('HTTP 503');
      // The failure counts as an attempt: not read again until another 15 minutes have passed.
      await refresher.tick();
      expect(reads()).toBe(before + 1);
      feeds.set('/sched-ok.ics', { body: fixtureFeed(GOOGLE.file) });
      offset = 32 * 60_000;
      await refresher.tick();
      expect(reads()).toBe(before + 2);
      expect((await get(ok.data.id, as)).data.lastError).toBeNull();
    } finally {
      await refresher.stop();
    }
  });
});
