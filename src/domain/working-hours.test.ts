import { describe, expect, it } from 'vitest';
import { withinWorkingHours } from './availability.js';
import { AppError } from './errors.js';
import {
  clockMinutes,
  DEFAULT_WORKING_HOURS,
  MAX_WORKING_RANGES,
  normalizeWorkingHours,
  type WorkingHours,
  workingHoursIssues,
} from './working-hours.js';

const range = (day: number, start: string, end: string) => ({ day, start, end });

describe('working hours input', () => {
  it('accepts split days, touching ranges and a day ending at 24:00', () => {
    const weekly = [
      range(1, '09:00', '12:00'),
      range(1, '12:00', '18:00'),
      range(6, '20:00', '24:00'),
    ];
    expect(workingHoursIssues({ weekly })).toEqual([]);
  });

  it.each(['9:00', '24:01', '25:00', '12:60', '12:00:00', '', 'noon'])(
    'refuses the time %j, naming the field',
    (end) => {
      expect(
        workingHoursIssues({ weekly: [range(1, '09:00', '12:00'), range(2, '09:00', end)] }),
      ).toEqual([
        {
          field: 'workingHours.weekly.1.end',
          message: 'must be a time from 00:00 to 24:00, written HH:MM',
        },
      ]);
    },
  );

  it('refuses an end that is not after the start', () => {
    expect(workingHoursIssues({ weekly: [range(3, '18:00', '09:00')] })).toEqual([
      { field: 'workingHours.weekly.0.end', message: 'must be later than the start (18:00)' },
    ]);
    expect(workingHoursIssues({ weekly: [range(3, '09:00', '09:00')] })).toHaveLength(1);
  });

  it.each([0, 8, 1.5, -1])('refuses the day %j', (day) => {
    expect(workingHoursIssues({ weekly: [range(day, '09:00', '10:00')] })).toEqual([
      {
        field: 'workingHours.weekly.0.day',
        message: 'must be a weekday from 1 (Monday) to 7 (Sunday)',
      },
    ]);
  });

  it('refuses ranges that overlap on one day, naming the later one', () => {
    const weekly = [
      range(2, '09:00', '13:00'),
      range(3, '09:00', '13:00'),
      range(2, '12:00', '18:00'),
    ];
    expect(workingHoursIssues({ weekly })).toEqual([
      {
        field: 'workingHours.weekly.2',
        message: 'overlaps range 0 (09:00–13:00 the same day)',
      },
    ]);
  });

  it('refuses more ranges than a split day every day, and none at all', () => {
    const many = Array.from({ length: MAX_WORKING_RANGES + 1 }, (_, i) =>
      range((i % 7) + 1, i < 7 ? '08:00' : '13:00', i < 7 ? '12:00' : '17:00'),
    );
    expect(workingHoursIssues({ weekly: many })).toEqual([
      { field: 'workingHours.weekly', message: `must list at most ${MAX_WORKING_RANGES} ranges` },
    ]);
    expect(workingHoursIssues({ weekly: [] })[0]?.field).toBe('workingHours.weekly');
  });

  it('refuses a zone that is not one', () => {
    expect(
      workingHoursIssues({ timeZone: 'Mars/Olympus', weekly: [range(1, '09:00', '17:00')] }),
    ).toEqual([
      { field: 'workingHours.timeZone', message: 'is not an IANA time zone (e.g. Europe/Berlin)' },
    ]);
  });

  it('keeps hours sorted, with the zone under its current name or null for the user’s own', () => {
    const hours = normalizeWorkingHours({
      timeZone: 'Asia/Calcutta',
      weekly: [range(5, '10:00', '16:00'), range(1, '13:00', '17:00'), range(1, '08:00', '12:00')],
    });
    expect(hours).toEqual({
      timeZone: 'Asia/Kolkata',
      weekly: [range(1, '08:00', '12:00'), range(1, '13:00', '17:00'), range(5, '10:00', '16:00')],
      datesOff: [],
    });
    expect(normalizeWorkingHours({ weekly: [range(1, '08:00', '12:00')] }).timeZone).toBeNull();
  });

  it('throws one validation error listing every problem', () => {
    const bad = () =>
      normalizeWorkingHours({ weekly: [range(9, '09:00', '08:00')] }, 'workingHours');
    expect(bad).toThrow(AppError);
    expect(bad).toThrow('workingHours.weekly.0.day: must be a weekday');
  });

  it('reads clock times from 00:00 to 24:00', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24:30')).toBeUndefined();
  });
});

describe('inside working hours', () => {
  const at = (iso: string) => new Date(iso);

  it('uses Monday to Friday, 09:00 to 18:00 in the user’s zone by default', () => {
    expect(DEFAULT_WORKING_HOURS.weekly).toHaveLength(5);
    // Tuesday 2030-01-15, 10:00 in Berlin.
    expect(withinWorkingHours(null, 'Europe/Berlin', at('2030-01-15T09:00:00Z'))).toBe(true);
    // The same instant is 18:00 in Tokyo: the end is outside.
    expect(withinWorkingHours(null, 'Asia/Tokyo', at('2030-01-15T09:00:00Z'))).toBe(false);
    // Saturday.
    expect(withinWorkingHours(null, 'UTC', at('2030-01-19T10:00:00Z'))).toBe(false);
  });

  it('counts an interval that ends exactly when the day’s hours end', () => {
    expect(
      withinWorkingHours(null, 'UTC', at('2030-01-15T17:00:00Z'), at('2030-01-15T18:00:00Z')),
    ).toBe(true);
    expect(
      withinWorkingHours(null, 'UTC', at('2030-01-15T17:30:00Z'), at('2030-01-15T18:30:00Z')),
    ).toBe(false);
  });

  it('follows a user’s own hours, and their zone when the hours name one', () => {
    const evenings: WorkingHours = {
      datesOff: [],
      timeZone: null,
      weekly: [range(6, '18:00', '22:00')],
    };
    // Saturday 2030-01-19 19:00 in New York is 00:00 Sunday UTC.
    const start = at('2030-01-20T00:00:00Z');
    const end = at('2030-01-20T01:00:00Z');
    expect(withinWorkingHours(evenings, 'America/New_York', start, end)).toBe(true);
    expect(withinWorkingHours(evenings, 'UTC', start, end)).toBe(false);
    const inNewYork = { ...evenings, timeZone: 'America/New_York' };
    expect(withinWorkingHours(inNewYork, 'UTC', start, end)).toBe(true);
  });

  it('lets a split day hold a meeting across the join, not across the gap', () => {
    const split: WorkingHours = {
      datesOff: [],
      timeZone: null,
      weekly: [range(2, '09:00', '12:00'), range(2, '12:00', '13:00'), range(2, '14:00', '18:00')],
    };
    const tue = (h: string) => at(`2030-01-15T${h}:00Z`);
    expect(withinWorkingHours(split, 'UTC', tue('11:30'), tue('12:30'))).toBe(true);
    expect(withinWorkingHours(split, 'UTC', tue('12:30'), tue('14:30'))).toBe(false);
    expect(withinWorkingHours(split, 'UTC', tue('13:00'))).toBe(false);
    expect(withinWorkingHours(split, 'UTC', tue('14:00'))).toBe(true);
  });

  it('crosses midnight only when both days’ hours meet there', () => {
    const night: WorkingHours = {
      datesOff: [],
      timeZone: null,
      weekly: [range(1, '22:00', '24:00'), range(2, '00:00', '06:00')],
    };
    // Monday 2030-01-14 23:00 UTC to Tuesday 01:00.
    const start = at('2030-01-14T23:00:00Z');
    expect(withinWorkingHours(night, 'UTC', start, at('2030-01-15T01:00:00Z'))).toBe(true);
    expect(withinWorkingHours(night, 'UTC', start, at('2030-01-15T07:00:00Z'))).toBe(false);
    expect(withinWorkingHours(null, 'UTC', start, at('2030-01-15T01:00:00Z'))).toBe(false);
    // Ending at midnight needs nothing of the next day.
    const late: WorkingHours = {
      datesOff: [],
      timeZone: null,
      weekly: [range(1, '20:00', '24:00')],
    };
    expect(withinWorkingHours(late, 'UTC', start, at('2030-01-15T00:00:00Z'))).toBe(true);
  });

  it('reads the weekday on the zone’s own calendar across a DST change', () => {
    // Sunday 2030-03-31, Europe/Berlin moves to summer time at 02:00; 09:00 local is 07:00 UTC.
    const sunday: WorkingHours = {
      datesOff: [],
      timeZone: 'Europe/Berlin',
      weekly: [range(7, '09:00', '10:00')],
    };
    expect(
      withinWorkingHours(sunday, 'UTC', at('2030-03-31T07:00:00Z'), at('2030-03-31T08:00:00Z')),
    ).toBe(true);
    expect(withinWorkingHours(sunday, 'UTC', at('2030-03-31T08:00:00Z'))).toBe(false);
  });
});
