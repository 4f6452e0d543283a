import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isTimeZone } from './time-zones.js';

describe('time zone names', () => {
  it.each([
    'Europe/Berlin',
    'America/New_York',
    'Asia/Tokyo',
    'UTC',
    'Asia/Kolkata',
    'Europe/Kyiv',
  ])('accepts %s', (zone) => expect(isTimeZone(zone)).toBe(true));

  it.each(['Mars/Olympus', '', '+01:00', 'Europe/Berlin\r\n', 'europe/nowhere', '../etc/passwd'])(
    'refuses %j',
    (zone) => expect(isTimeZone(zone)).toBe(false),
  );
});

describe('canonical time zone names', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['America/Indianapolis', 'America/Indiana/Indianapolis'],
    ['US/Eastern', 'America/New_York'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Etc/UTC', 'UTC'],
    ['GMT', 'UTC'],
    ['UTC', 'UTC'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['America/Boise', 'America/Boise'],
  ])('stores %s as %s', (given, stored) => expect(canonicalTimeZone(given)).toBe(stored));

  it('maps every zone this runtime lists to a name it accepts, the same instant at the same wall time', () => {
    const at = new Date('2026-12-05T12:00:00Z');
    const wall = (zone: string) =>
      new Intl.DateTimeFormat('en', {
        timeZone: zone,
        dateStyle: 'short',
        timeStyle: 'long',
      }).format(at);
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const stored = canonicalTimeZone(zone);
      expect(isTimeZone(stored), `${zone} → ${stored}`).toBe(true);
      expect(wall(stored).replace(/ [A-Z][A-Za-z+\-0-9:]*$/, ''), `${zone} → ${stored}`).toBe(
        wall(zone).replace(/ [A-Z][A-Za-z+\-0-9:]*$/, ''),
      );
    }
  });
});
