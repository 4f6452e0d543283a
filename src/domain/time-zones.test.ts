import { describe, expect, it } from 'vitest';
import { isTimeZone } from './time-zones.js';

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
