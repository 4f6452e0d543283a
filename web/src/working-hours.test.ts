import { describe, expect, it } from 'vitest';
import { time } from './i18n/en/time.js';
import { translate } from './i18n/translate.js';
import { hoursSummary, localTime, outOfHoursWarning } from './working-hours.js';

const t = translate(time);

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
      timeOff: false,
    });
    expect(localTime(at, 90, 'Europe/Berlin')).toMatchObject({ start: 'Tue 16:00', end: '17:30' });
  });

  it('flags a time outside 09:00–18:00 Monday to Friday', () => {
    const tokyo = localTime(at, 90, 'Asia/Tokyo');
    expect(tokyo).toMatchObject({ start: 'Wed 00:00', end: '01:30', outside: true });
    expect(outOfHoursWarning('Kenji Sato', tokyo, t)).toBe(
      '00:00 for Kenji Sato, Asia/Tokyo — outside working hours',
    );
    // Ends after 18:00 in Berlin.
    expect(localTime(new Date('2030-01-15T16:30:00Z'), 60, 'Europe/Berlin').outside).toBe(true);
    // A Saturday, in hours otherwise: the warning names the day.
    const saturday = localTime(new Date('2030-01-19T10:00:00Z'), 60, 'UTC');
    expect(saturday.outside).toBe(true);
    expect(outOfHoursWarning('Ada', saturday, t)).toBe(
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

describe('a person’s own working hours', () => {
  const range = (day: number, start: string, end: string) => ({ day, start, end });

  it('replace the default: a Saturday worker is inside on Saturday, outside on Tuesday', () => {
    const saturdays = { timeZone: null, weekly: [range(6, '09:00', '13:00')] };
    const saturday = new Date('2030-01-19T10:00:00Z');
    expect(localTime(saturday, 60, 'UTC', saturdays)).toMatchObject({
      outside: false,
      offDay: false,
    });
    const tuesday = localTime(new Date('2030-01-15T10:00:00Z'), 60, 'UTC', saturdays);
    expect(tuesday).toMatchObject({ outside: true, offDay: true });
    expect(outOfHoursWarning('Ada', tuesday, t)).toBe(
      'Tue 10:00 for Ada, UTC — outside working hours',
    );
  });

  it('join touching ranges and keep gaps of a split day', () => {
    const split = {
      timeZone: null,
      weekly: [range(2, '09:00', '12:00'), range(2, '12:00', '13:00'), range(2, '14:00', '18:00')],
    };
    expect(localTime(new Date('2030-01-15T11:30:00Z'), 60, 'UTC', split).outside).toBe(false);
    expect(localTime(new Date('2030-01-15T12:30:00Z'), 60, 'UTC', split).outside).toBe(true);
    expect(localTime(new Date('2030-01-15T14:00:00Z'), 240, 'UTC', split).outside).toBe(false);
  });

  it('cross midnight when both days meet there', () => {
    const nights = {
      timeZone: null,
      weekly: [range(2, '20:00', '24:00'), range(3, '00:00', '04:00')],
    };
    expect(localTime(new Date('2030-01-15T22:30:00Z'), 120, 'UTC', nights).outside).toBe(false);
    expect(localTime(new Date('2030-01-15T22:30:00Z'), 120, 'UTC').outside).toBe(true);
  });

  it('are read in their own zone when they name one, shown in the person’s', () => {
    const newYork = { timeZone: 'America/New_York', weekly: [range(2, '09:00', '17:00')] };
    // 15:00–17:00 UTC is 10:00–12:00 in New York, 16:00–18:00 in Berlin.
    const time = localTime(new Date('2030-01-15T15:00:00Z'), 120, 'Europe/Berlin', newYork);
    expect(time).toMatchObject({ start: 'Tue 16:00', zone: 'Europe/Berlin', outside: false });
    expect(
      localTime(new Date('2030-01-15T15:00:00Z'), 120, 'Europe/Berlin', {
        ...newYork,
        timeZone: null,
      }).outside,
    ).toBe(true);
  });
});

describe('a week in one line', () => {
  it('joins runs of days with the same hours and says when they are the usual ones', () => {
    expect(hoursSummary(null, t)).toBe('Mon–Fri 09:00–18:00 (usual)');
    expect(
      hoursSummary(
        {
          timeZone: 'Asia/Tokyo',
          weekly: [
            { day: 1, start: '08:00', end: '12:00' },
            { day: 1, start: '13:00', end: '17:00' },
            { day: 2, start: '08:00', end: '12:00' },
            { day: 2, start: '13:00', end: '17:00' },
            { day: 4, start: '10:00', end: '14:00' },
            { day: 6, start: '10:00', end: '14:00' },
          ],
        },
        t,
      ),
    ).toBe('Mon–Tue 08:00–12:00, 13:00–17:00 · Thu 10:00–14:00 · Sat 10:00–14:00 (Asia/Tokyo)');
  });
});

describe('time off', () => {
  const week = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' }));
  const holiday = {
    timeZone: null,
    weekly: week,
    datesOff: [{ from: '2030-01-14', to: '2030-01-18' }],
  };

  it('puts a time in working hours outside them on a day off, and says why', () => {
    const tuesday = localTime(new Date('2030-01-15T10:00:00Z'), 60, 'UTC', holiday);
    expect(tuesday).toMatchObject({ outside: true, offDay: true, timeOff: true });
    expect(outOfHoursWarning('Ada', tuesday, t)).toBe('Tue 10:00 for Ada, UTC — on time off');
    // The Monday after is a working day again.
    expect(localTime(new Date('2030-01-21T10:00:00Z'), 60, 'UTC', holiday).outside).toBe(false);
  });

  it('reads the days off in the hours’ zone', () => {
    // 23:30 UTC on Sunday 13 January is already Monday 14 in Tokyo: a day off there.
    const tokyo = {
      ...holiday,
      timeZone: 'Asia/Tokyo',
      weekly: [...week, { day: 7, start: '00:00', end: '24:00' }],
    };
    expect(localTime(new Date('2030-01-13T23:30:00Z'), 30, 'UTC', tokyo).timeOff).toBe(true);
    expect(
      localTime(new Date('2030-01-13T23:30:00Z'), 30, 'UTC', { ...tokyo, timeZone: 'UTC' }).timeOff,
    ).toBe(false);
  });
});
