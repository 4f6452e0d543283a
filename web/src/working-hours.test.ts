import { describe, expect, it } from 'vitest';
import { localTime, outOfHoursWarning } from './working-hours.js';

describe('working hours', () => {
  // Tuesday 15 January 2030, 15:00 UTC, for 90 minutes.
  const at = new Date('2030-01-15T15:00:00Z');

  it('shows each person the interview in their zone', () => {
    expect(localTime(at, 90, 'America/New_York')).toEqual({
      start: 'Tue 10:00',
      end: '11:30',
      zone: 'America/New_York',
      outside: false,
      offDay: false,
    });
    expect(localTime(at, 90, 'Europe/Berlin')).toMatchObject({ start: 'Tue 16:00', end: '17:30' });
  });

  it('flags a time outside 09:00–18:00 Monday to Friday', () => {
    const tokyo = localTime(at, 90, 'Asia/Tokyo');
    expect(tokyo).toMatchObject({ start: 'Wed 00:00', end: '01:30', outside: true });
    expect(outOfHoursWarning('Kenji Sato', tokyo)).toBe(
      '00:00 for Kenji Sato, Asia/Tokyo — outside working hours',
    );
    // Ends after 18:00 in Berlin.
    expect(localTime(new Date('2030-01-15T16:30:00Z'), 60, 'Europe/Berlin').outside).toBe(true);
    // A Saturday, in hours otherwise: the warning names the day.
    const saturday = localTime(new Date('2030-01-19T10:00:00Z'), 60, 'UTC');
    expect(saturday.outside).toBe(true);
    expect(outOfHoursWarning('Ada', saturday)).toBe(
      'Sat 10:00 for Ada, UTC — outside working hours',
    );
    // Exactly 09:00 to 18:00 is inside.
    expect(localTime(new Date('2030-01-15T09:00:00Z'), 540, 'UTC').outside).toBe(false);
  });

  it('names the day an interview ends on when it runs past midnight', () => {
    expect(localTime(new Date('2030-01-15T22:30:00Z'), 120, 'UTC')).toMatchObject({
      start: 'Tue 22:30',
      end: 'Wed 00:30',
      outside: true,
    });
  });
});
