import type { Interval } from '../../src/domain/availability.js';

/** Busy intervals as ISO text, for exact comparisons. */
export const spans = (list: Interval[] | undefined) =>
  (list ?? []).map((i) => `${new Date(i.start).toISOString()}/${new Date(i.end).toISOString()}`);

// The busy times src/domain/calendar-busy.test.ts expects of each fixture feed
// (tests/fixtures/calendars) in its window, read as a feed or from a CalDAV server.
export const GOOGLE = {
  file: 'google-feed.ics',
  zone: 'Europe/Paris',
  from: new Date('2026-03-01T00:00:00Z'),
  to: new Date('2026-03-15T00:00:00Z'),
  busy: [
    '2026-03-02T14:30:00.000Z/2026-03-02T15:00:00.000Z',
    '2026-03-02T20:00:00.000Z/2026-03-02T21:00:00.000Z',
    '2026-03-05T05:00:00.000Z/2026-03-06T05:00:00.000Z',
    '2026-03-09T13:30:00.000Z/2026-03-09T14:00:00.000Z',
    '2026-03-11T19:00:00.000Z/2026-03-11T19:30:00.000Z',
  ],
};
export const OUTLOOK = {
  file: 'outlook-feed.ics',
  zone: 'UTC',
  from: new Date('2026-03-23T00:00:00Z'),
  to: new Date('2026-04-06T00:00:00Z'),
  busy: [
    '2026-03-26T08:00:00.000Z/2026-03-26T08:15:00.000Z',
    '2026-03-27T08:00:00.000Z/2026-03-27T08:15:00.000Z',
    '2026-03-27T09:30:00.000Z/2026-03-27T10:30:00.000Z',
    '2026-03-30T07:00:00.000Z/2026-03-30T07:15:00.000Z',
    '2026-03-31T07:00:00.000Z/2026-03-31T07:15:00.000Z',
  ],
};
// A read at this time covers both fixture windows (a day back, 60 days ahead).
export const READ_AT = new Date('2026-03-02T00:00:00Z');
