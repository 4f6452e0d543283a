import ICAL from 'ical.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarBusy } from '../../src/calendars/calendar-busy.js';
import { startCalendarRefresher } from '../../src/calendars/calendar-refresher.js';
import { syncCalendar } from '../../src/calendars/sync-calendar.js';
import { addressRule } from '../../src/net/guarded-lookup.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { GOOGLE, OUTLOOK, READ_AT, spans } from '../helpers/calendar-fixtures.js';
import { engine } from '../helpers/database.js';
import { fixtureFeed, startFeedServer } from '../helpers/feed-server.js';
import { hasRadicale, RADICALE, type Radicale, startRadicale } from '../helpers/radicale.js';

// The CalDAV tests need Debian's Radicale (`apt-get install radicale`, as .ci/run does); without
// it this file says so and is left out, like the IMAP tests without Dovecot.
if (!hasRadicale) console.warn(`CalDAV calendars left out: no Radicale at ${RADICALE}`);

// The fixture feeds' events, stored in Radicale: Google's weekly standup with an EXDATE and a
// moved occurrence, an all-day event, transparent and cancelled ones; Outlook's daily sync in
// "W. Europe Standard Time" across the change to summer time on 29 March, and an event in a
// zone of its own. They must read as exactly the busy times the feeds give.
// The owner's zone: Google's calendar has its own (New York, set on the collection), Outlook's
// events name theirs.
const OWNER_ZONE = 'Europe/Paris';

/**
 * A feed split as a CalDAV server stores it: one resource per event UID (a recurring event with
 * its overrides), each with the feed's time zones.
 */
function eventResources(feed: string): Map<string, string> {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  const zones = calendar.getAllSubcomponents('vtimezone');
  const byUid = new Map<string, ICAL.Component[]>();
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid'));
    byUid.set(uid, [...(byUid.get(uid) ?? []), event]);
  }
  const resources = new Map<string, string>();
  for (const [uid, events] of byUid) {
    const one = new ICAL.Component(['vcalendar', [], []]);
    one.addPropertyWithValue('version', '2.0');
    one.addPropertyWithValue('prodid', '-//Convene tests//EN');
    for (const zone of zones) one.addSubcomponent(new ICAL.Component(zone.toJSON()));
    for (const event of events) one.addSubcomponent(new ICAL.Component(event.toJSON()));
    resources.set(uid.replace(/[^\w-]/g, '_'), one.toString());
  }
  return resources;
}

describe.runIf(hasRadicale)(`CalDAV calendars (${engine})`, () => {
  let t: TestApp;
  let dav: Radicale;
  let admin: Credentials;

  beforeAll(async () => {
    dav = await startRadicale();
    // Radicale is on loopback: this app allows private addresses.
    t = await startTestApp({ ALLOW_PRIVATE_NETWORK: 'true' });
    admin = (await t.signedIn('admin')).as;
    // Google's calendar is kept in New York time: its all-day event is that day there.
    await dav.makeCalendar('work', 'America/New_York');
    for (const feed of ['google-feed.ics', 'outlook-feed.ics']) {
      for (const [name, ics] of eventResources(fixtureFeed(feed))) {
        await dav.putEvent('work', name, ics);
      }
    }
    await dav.makeCalendar('empty');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await dav?.close();
  });

  const add = (userId: string, as: Credentials, payload: object) =>
    t.call({ method: 'POST', url: `/api/v1/users/${userId}/calendars`, as, payload });
  const caldav = (url: string, password = dav.password) => ({
    kind: 'caldav',
    url,
    username: dav.user,
    password,
  });
  const syncAt = (calendarId: string) =>
    syncCalendar({
      db: t.database.db,
      calendarId,
      allowAddress: addressRule(true),
      box: t.app.secretBox,
      now: READ_AT,
    });
  const busyOf = async (userId: string, window: { from: Date; to: Date }) =>
    spans((await calendarBusy(t.database.db, [userId], window.from, window.to)).get(userId));

  it('reads the events of a CalDAV calendar as busy times, exactly as the same events in a feed', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: OWNER_ZONE });
    const created = await add(user.id, as, caldav(dav.url('work/')));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({
      kind: 'caldav',
      url: dav.url('work/'),
      username: dav.user,
      lastError: null,
    });
    expect(created.data.lastSyncAt).not.toBeNull();

    const synced = await syncAt(created.data.id);
    expect(synced?.last_error).toBeNull();
    expect(await busyOf(user.id, GOOGLE)).toEqual(GOOGLE.busy);
    // In one calendar, Google's standup (Mondays and Wednesdays, 09:30 in New York, summer time
    // there since 8 March) goes on among Outlook's events.
    expect(await busyOf(user.id, OUTLOOK)).toEqual(
      [
        ...OUTLOOK.busy,
        '2026-03-23T13:30:00.000Z/2026-03-23T14:00:00.000Z',
        '2026-03-25T13:30:00.000Z/2026-03-25T14:00:00.000Z',
        '2026-03-30T13:30:00.000Z/2026-03-30T14:00:00.000Z',
        '2026-04-01T13:30:00.000Z/2026-04-01T14:00:00.000Z',
      ].sort(),
    );

    // The availability API lists them with their source.
    const answer = await t.call({
      method: 'GET',
      url: `/api/v1/availability?userIds=${user.id}&from=${GOOGLE.from.toISOString()}&to=${GOOGLE.to.toISOString()}`,
      as,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const fromCalendar = answer.data.users[0].busy
      .filter((b: { source: string }) => b.source === 'calendar')
      .map((b: { start: string; end: string }) => `${b.start}/${b.end}`);
    expect(fromCalendar.map(normalize)).toEqual(GOOGLE.busy);
  });

  it('an empty calendar is read with no busy times', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: OWNER_ZONE });
    const created = await add(user.id, as, caldav(dav.url('empty/')));
    expect(created.data.lastError).toBeNull();
    await syncAt(created.data.id);
    expect(await busyOf(user.id, GOOGLE)).toEqual([]);
  });

  it('records a refused sign-in and an address that is not a calendar as lastError, never 5xx', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const wrong = await add(user.id, as, caldav(dav.url('work/'), 'not-the-password'));
    expect(wrong.statusCode).toBe(201);
    expect(wrong.data.lastError).toBe('sign-in refused (check the user name and app password)');
    expect(wrong.data.lastSyncAt).toBeNull();

    const home = await add(user.id, as, caldav(dav.url()));
    expect(home.statusCode).toBe(201);
    expect(home.data.lastError).toBe(
      'not a calendar collection (give the address of one calendar)',
    );
    const missing = await add(user.id, as, caldav(dav.url('no-such-calendar/')));
    expect(missing.data.lastError).toMatch(/^HTTP 404$|not a calendar collection/);

    const refreshed = await t.call({
      method: 'POST',
      url: `/api/v1/calendars/${wrong.data.id}/refresh`,
      as,
    });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.data.lastError).toMatch(/sign-in refused/);
  });

  it('sends the sign-in only to the calendar’s own server, not where a redirect leads elsewhere', async () => {
    const first = await startFeedServer();
    const elsewhere = await startFeedServer();
    try {
      first.set('/dav/work/', { status: 307, location: elsewhere.url('/dav/work/') });
      const { user, as } = await t.signedIn('interviewer');
      const created = await add(user.id, as, caldav(first.url('/dav/work/')));
      expect(created.data.lastError).toBe('HTTP 404');
      expect(first.requests[0]?.headers.authorization).toMatch(/^Basic /);
      expect(elsewhere.requests).toHaveLength(1);
      expect(elsewhere.requests[0]?.headers.authorization).toBeUndefined();
    } finally {
      await first.close();
      await elsewhere.close();
    }
  });

  it('is read again by the scheduled refresher, which opens the sealed password', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: OWNER_ZONE });
    const created = await add(user.id, as, caldav(dav.url('work/')));
    const later = new Date(Date.now() + 16 * 60_000);
    const refresher = startCalendarRefresher({
      database: t.database,
      allowPrivate: true,
      box: t.app.secretBox,
      log: pino({ level: 'silent' }),
      intervalMs: 3_600_000,
      clock: () => later,
    });
    try {
      await refresher.tick();
    } finally {
      await refresher.stop();
    }
    const read = await t.call({ method: 'GET', url: `/api/v1/calendars/${created.data.id}`, as });
    expect(read.data).toMatchObject({ lastSyncAt: later.toISOString(), lastError: null });
  });

  it('never answers the password, and stores it sealed', async () => {
    const secret = 'app-password-1';
    const { user, as } = await t.signedIn('interviewer');
    const created = await add(user.id, as, caldav(dav.url('work/'), secret));
    const answers = [
      created,
      await t.call({ method: 'GET', url: `/api/v1/users/${user.id}/calendars`, as }),
      await t.call({ method: 'GET', url: `/api/v1/calendars/${created.data.id}`, as }),
      await t.call({ method: 'GET', url: `/api/v1/users/${user.id}/calendars`, as: admin }),
      await t.call({ method: 'POST', url: `/api/v1/calendars/${created.data.id}/refresh`, as }),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBeLessThan(300);
      expect(answer.body).not.toContain(secret);
      expect(answer.body).not.toMatch(/password/i);
    }
    const row = await t.database.db
      .selectFrom('calendars')
      .select(['password_box', 'username'])
      .where('id', '=', created.data.id)
      .executeTakeFirstOrThrow();
    expect(row.username).toBe(dav.user);
    expect(row.password_box).not.toContain(secret);
    expect(t.app.secretBox.open(row.password_box ?? '')).toBe(secret);
  });
});

// The availability API's times as ISO strings with milliseconds, as spans() writes them.
function normalize(span: string): string {
  return span
    .split('/')
    .map((time) => new Date(time).toISOString())
    .join('/');
}
