import { afterEach, describe, expect, it } from 'vitest';
import { formatWhen } from '../format.js';
import { dayLabel } from '../week.js';
import { dayName } from '../week-draft.js';
import { localTime } from '../working-hours.js';
import { dateLocale, setDateLocale, weekdayName } from './date-locale.js';

describe('dates in the app’s language', () => {
  // Tuesday 3 March 2026, 10:00 in Paris.
  const at = '2026-03-03T09:00:00Z';
  afterEach(() => setDateLocale('en'));

  it('are written in British English while the app is in English', () => {
    expect(dateLocale()).toBe('en-GB');
    expect(formatWhen(at, 'Europe/Paris')).toBe('Tue, 3 Mar 2026, 10:00');
    expect(dayLabel('2026-03-03')).toBe('Tue 3 Mar');
    setDateLocale('en');
    expect(formatWhen(at, 'Europe/Paris')).toBe('Tue, 3 Mar 2026, 10:00');
  });

  it('are written in French once the app is in French, and in English again after', () => {
    setDateLocale('fr');
    expect(formatWhen(at, 'Europe/Paris')).toBe('mar. 3 mars 2026, 10:00');
    expect(dayLabel('2026-03-03')).toBe('mar. 3 mars');
    expect(localTime(new Date(at), 60, 'Europe/Paris').start).toBe('mar. 10:00');
    expect(dayName(0)).toBe('lundi');
    setDateLocale('en');
    expect(formatWhen(at, 'Europe/Paris')).toBe('Tue, 3 Mar 2026, 10:00');
    expect(dayName(0)).toBe('Monday');
  });

  it('fall back to British English without a language', () => {
    setDateLocale('fr');
    setDateLocale(null);
    expect(dateLocale()).toBe('en-GB');
  });

  it('name the days as working hours count them, Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => weekdayName(day, 'short'))).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(weekdayName(7, 'long')).toBe('Sunday');
  });
});
