import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, todayIn, utcToZoned, zonedToUtc, zoneOffsetMinutes } from './zoned-time.js';

const iso = (date: string, time: string, zone: string) =>
  zonedToUtc(date, time, zone).toISOString();

describe('zoneOffsetMinutes', () => {
  it('knows standard and summer time', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00.999Z'), 'UTC')).toBe(0);
  });

  it('handles odd offsets', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Pacific/Kiritimati')).toBe(840);
  });
});

describe('zonedToUtc', () => {
  it('converts a wall time in the chosen zone, not the browser’s', () => {
    expect(iso('2026-03-03', '10:00', 'Europe/Berlin')).toBe('2026-03-03T09:00:00.000Z');
    expect(iso('2026-07-03', '10:00', 'Europe/Berlin')).toBe('2026-07-03T08:00:00.000Z');
    expect(iso('2026-03-03', '10:00', 'America/New_York')).toBe('2026-03-03T15:00:00.000Z');
    expect(iso('2026-03-03', '10:00', 'Asia/Kolkata')).toBe('2026-03-03T04:30:00.000Z');
    expect(iso('2026-03-03', '10:00', 'UTC')).toBe('2026-03-03T10:00:00.000Z');
  });

  it('crosses the date line', () => {
    expect(iso('2026-03-03', '01:00', 'Pacific/Kiritimati')).toBe('2026-03-02T11:00:00.000Z');
    expect(iso('2026-03-03', '23:30', 'Pacific/Honolulu')).toBe('2026-03-04T09:30:00.000Z');
  });

  it('moves a time inside a spring-forward gap forward by the gap', () => {
    // Berlin skips 02:00-03:00 on 29 March 2026: 02:30 becomes 03:30 CEST.
    expect(iso('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(iso('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the earlier of a time that occurs twice when clocks go back', () => {
    expect(iso('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles just around a transition', () => {
    expect(iso('2026-03-29', '01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:00.000Z');
    expect(iso('2026-03-29', '03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
    // Lord Howe moves by 30 minutes.
    expect(iso('2026-07-01', '10:00', 'Australia/Lord_Howe')).toBe('2026-06-30T23:30:00.000Z');
    expect(iso('2026-01-01', '10:00', 'Australia/Lord_Howe')).toBe('2025-12-31T23:00:00.000Z');
  });

  it('refuses malformed input', () => {
    expect(() => zonedToUtc('3/3/2026', '10:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedToUtc('2026-03-03', '10', 'UTC')).toThrow(RangeError);
  });

  it('round-trips every existing wall time', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2000-01-01T00:00:00Z'),
          max: Date.parse('2040-01-01T00:00:00Z'),
        }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const instant = Math.floor(ms / 60_000) * 60_000;
          const { date, time } = utcToZoned(instant, zone);
          const back = zonedToUtc(date, time, zone).getTime();
          // Equal, or the earlier twin of a repeated hour.
          expect(utcToZoned(back, zone)).toEqual({ date, time });
          expect(back).toBeLessThanOrEqual(instant);
        },
      ),
    );
  });
});

describe('utcToZoned, todayIn, addDays', () => {
  it('shows an instant as wall time', () => {
    expect(utcToZoned('2026-03-03T09:00:00Z', 'Europe/Berlin')).toEqual({
      date: '2026-03-03',
      time: '10:00',
    });
    expect(utcToZoned('2026-03-03T23:30:00Z', 'Asia/Tokyo')).toEqual({
      date: '2026-03-04',
      time: '08:30',
    });
  });

  it('knows the date in a zone', () => {
    const now = new Date('2026-03-03T23:30:00Z');
    expect(todayIn('Asia/Tokyo', now)).toBe('2026-03-04');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-03-03');
  });

  it('adds calendar days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
