import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Interval } from './availability.js';
import { busyFromICalendar, CalendarFeedError } from './calendar-busy.js';

const feed = (name: string) =>
  readFileSync(join(process.cwd(), 'tests', 'fixtures', 'calendars', name), 'utf8');
const spans = (list: Interval[]) =>
  list.map((i) => `${new Date(i.start).toISOString()}/${new Date(i.end).toISOString()}`);
const window = (from: string, to: string, timeZone = 'UTC') => ({
  from: Date.parse(from),
  to: Date.parse(to),
  timeZone,
});

describe('busy times from an iCalendar feed', () => {
  it('Google: a weekly series across the DST change, an EXDATE, a moved occurrence, all-day and free events', () => {
    const busy = busyFromICalendar(
      feed('google-feed.ics'),
      window('2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z', 'Europe/Paris'),
    );
    expect(spans(busy)).toEqual([
      // Mon 2 March 09:30 EST; Wed 4 March is an EXDATE.
      '2026-03-02T14:30:00.000Z/2026-03-02T15:00:00.000Z',
      '2026-03-02T20:00:00.000Z/2026-03-02T21:00:00.000Z',
      // Out of office all day 5 March in the feed's zone (New York), not the owner's fallback.
      '2026-03-05T05:00:00.000Z/2026-03-06T05:00:00.000Z',
      // Mon 9 March 09:30 EDT: the same wall time, an hour earlier in UTC.
      '2026-03-09T13:30:00.000Z/2026-03-09T14:00:00.000Z',
      // Wed 11 March moved to 15:00 EDT by its RECURRENCE-ID override.
      '2026-03-11T19:00:00.000Z/2026-03-11T19:30:00.000Z',
    ]);
  });

  it('Outlook: Windows zone names across Europe’s DST change, and a custom VTIMEZONE', () => {
    const busy = busyFromICalendar(
      feed('outlook-feed.ics'),
      window('2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'),
    );
    expect(spans(busy)).toEqual([
      // Daily sync 09:00 in "W. Europe Standard Time": 08:00Z in CET, 07:00Z in CEST.
      '2026-03-26T08:00:00.000Z/2026-03-26T08:15:00.000Z',
      '2026-03-27T08:00:00.000Z/2026-03-27T08:15:00.000Z',
      // 15:00 in a "Customized Time Zone" defined as +05:30.
      '2026-03-27T09:30:00.000Z/2026-03-27T10:30:00.000Z',
      '2026-03-30T07:00:00.000Z/2026-03-30T07:15:00.000Z',
      '2026-03-31T07:00:00.000Z/2026-03-31T07:15:00.000Z',
    ]);
  });

  it('clips to the window and merges what overlaps', () => {
    const busy = busyFromICalendar(
      feed('google-feed.ics'),
      window('2026-03-05T12:00:00Z', '2026-03-09T13:45:00Z', 'America/New_York'),
    );
    expect(spans(busy)).toEqual([
      '2026-03-05T12:00:00.000Z/2026-03-06T05:00:00.000Z',
      '2026-03-09T13:30:00.000Z/2026-03-09T13:45:00.000Z',
    ]);
  });

  it('without the feed’s own zone, floating and all-day times are the owner’s', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:test',
      'BEGIN:VEVENT',
      'UID:floating',
      'DTSTART:20260302T090000',
      'DTEND:20260302T100000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:all-day',
      'DTSTART;VALUE=DATE:20260303',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(
      spans(
        busyFromICalendar(
          text,
          window('2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z', 'Asia/Kolkata'),
        ),
      ),
    ).toEqual([
      '2026-03-02T03:30:00.000Z/2026-03-02T04:30:00.000Z',
      '2026-03-02T18:30:00.000Z/2026-03-03T18:30:00.000Z',
    ]);
  });

  it('refuses what is not iCalendar', () => {
    expect(() =>
      busyFromICalendar('<html>Sign in</html>', window('2026-03-01', '2026-03-02')),
    ).toThrow(CalendarFeedError);
  });
});
