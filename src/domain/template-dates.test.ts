import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import {
  choosePresentation,
  DEFAULT_LOCALE,
  formatDate,
  formatDuration,
  formatTime,
} from './template-dates.js';

const berlin = { timeZone: 'Europe/Berlin', locale: DEFAULT_LOCALE };
const newYork = { timeZone: 'America/New_York', locale: DEFAULT_LOCALE };

describe('formatDate and formatTime', () => {
  it('write the weekday, day, month and year, and a 24-hour time with the zone named', () => {
    const start = new Date('2026-03-03T09:00:00Z');
    expect(formatDate(start, berlin)).toBe('Tuesday, 3 March 2026');
    expect(formatTime(start, berlin)).toBe('10:00 (Europe/Berlin)');
  });

  it('pad 24-hour times to two digits and leave 12-hour times as the locale writes them', () => {
    const morning = new Date('2026-03-03T08:05:00Z');
    expect(formatTime(morning, { timeZone: 'UTC', locale: 'en-GB' })).toBe('08:05 (UTC)');
    expect(formatTime(morning, { timeZone: 'UTC', locale: 'en-US' })).toBe('8:05 AM (UTC)');
    expect(formatTime(morning, { timeZone: 'UTC', locale: 'de' })).toBe('08:05 (UTC)');
  });

  it('use the recipient locale for the date', () => {
    const start = new Date('2026-03-03T09:00:00Z');
    expect(formatDate(start, { timeZone: 'Europe/Berlin', locale: 'de' })).toBe(
      'Dienstag, 3. März 2026',
    );
    expect(formatDate(start, { timeZone: 'America/New_York', locale: 'en-US' })).toBe(
      'Tuesday, March 3, 2026',
    );
  });

  it('follow each zone across the US daylight-saving change that Europe makes three weeks later', () => {
    const before = new Date('2026-03-06T15:00:00Z'); // New York on EST (UTC-5), Berlin on CET
    expect(formatTime(before, newYork)).toBe('10:00 (America/New_York)');
    expect(formatTime(before, berlin)).toBe('16:00 (Europe/Berlin)');
    const between = new Date('2026-03-09T14:00:00Z'); // New York on EDT since 8 March, Berlin still CET
    expect(formatTime(between, newYork)).toBe('10:00 (America/New_York)');
    expect(formatTime(between, berlin)).toBe('15:00 (Europe/Berlin)');
    const after = new Date('2026-03-30T14:00:00Z'); // Berlin on CEST since 29 March
    expect(formatTime(after, berlin)).toBe('16:00 (Europe/Berlin)');
  });

  it('refuse an invalid instant with a validation error', () => {
    expect(() => formatDate(new Date('nope'), berlin)).toThrow(AppError);
  });
});

describe('formatDuration', () => {
  it('writes hours and minutes in words, leaving out a zero part', () => {
    expect(formatDuration(90, 'en-GB')).toBe('1 hour 30 minutes');
    expect(formatDuration(45, 'en-GB')).toBe('45 minutes');
    expect(formatDuration(120, 'en-GB')).toBe('2 hours');
    expect(formatDuration(61, 'en-GB')).toBe('1 hour 1 minute');
    expect(formatDuration(0, 'en-GB')).toBe('0 minutes');
  });

  it('uses the locale for the unit words', () => {
    expect(formatDuration(90, 'de')).toBe('1 Stunde 30 Minuten');
  });
});

describe('choosePresentation', () => {
  it("prefers the recipient's zone and locale", () => {
    expect(choosePresentation('Europe/Berlin', 'Asia/Tokyo', 'ja')).toEqual({
      timeZone: 'Asia/Tokyo',
      locale: 'ja',
    });
  });

  it("falls back to the interview's zone and to British English", () => {
    expect(choosePresentation('Europe/Berlin', null, undefined)).toEqual(berlin);
    expect(choosePresentation('Europe/Berlin', 'Mars/Olympus', 'en_US')).toEqual(berlin);
  });

  it('accepts current zone names that Intl lists under their old alias', () => {
    expect(choosePresentation('Europe/Berlin', 'Asia/Kolkata').timeZone).toBe('Asia/Kolkata');
    expect(choosePresentation('Europe/Berlin', 'Europe/Kyiv').timeZone).toBe('Europe/Kyiv');
  });

  it('refuses an interview whose own zone is not a time zone', () => {
    expect(() => choosePresentation('Nowhere/Land')).toThrow(AppError);
  });
});
