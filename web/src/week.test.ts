import { describe, expect, it } from 'vitest';
import { byDay, dayLabel, mondayOf, thisMonday, weekDays, weekLabel, weekRange } from './week.js';

describe('the calendar week', () => {
  it('starts on Monday, whatever day it is asked about', () => {
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // the Sunday after
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // across a year
  });

  it("takes today from the user's zone, not the browser's", () => {
    // Sunday 23:30 in UTC is already Monday in Tokyo.
    const now = new Date('2026-03-08T23:30:00Z');
    expect(thisMonday('UTC', now)).toBe('2026-03-02');
    expect(thisMonday('Asia/Tokyo', now)).toBe('2026-03-09');
  });

  it("is bounded by its Mondays' midnights in the zone, a clock change included", () => {
    // Berlin moves its clocks forward on Sunday 29 March 2026.
    expect(weekRange('2026-03-23', 'Europe/Berlin')).toEqual({
      from: '2026-03-22T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(weekDays('2026-03-23')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('puts each interview on the day it starts in the zone', () => {
    const late = { startsAt: '2026-03-03T23:30:00Z' };
    expect(byDay([late], 'UTC').get('2026-03-03')).toEqual([late]);
    expect(byDay([late], 'Asia/Tokyo').get('2026-03-04')).toEqual([late]);
  });

  it('names days and weeks as people read them', () => {
    expect(dayLabel('2026-03-02')).toBe('Mon 2 Mar');
    expect(weekLabel('2026-03-02')).toMatch(/^2\s*–\s*8 Mar 2026$/);
    expect(weekLabel('2025-12-29')).toMatch(/^29 Dec 2025\s*–\s*4 Jan 2026$/);
  });
});
