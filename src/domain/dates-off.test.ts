import { describe, expect, it } from 'vitest';
import {
  datesOffIssues,
  isDateOff,
  isPlainDate,
  MAX_DATES_OFF,
  normalizeDatesOff,
} from './dates-off.js';
import { workingHoursIssues } from './working-hours.js';

const at = 'workingHours.datesOff';

describe('dates off input', () => {
  it('accepts a two-week holiday with a note and a single day without one', () => {
    expect(
      datesOffIssues(
        [
          { from: '2026-08-03', to: '2026-08-14', note: 'Summer holiday' },
          { from: '2026-12-24', to: '2026-12-24' },
        ],
        at,
      ),
    ).toEqual([]);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-2-3', '03/02/2026', '', '2026-02-03T00:00'])(
    'refuses the date %j, naming the field',
    (date) => {
      expect(datesOffIssues([{ from: date, to: '2026-03-01' }], at)).toEqual([
        { field: `${at}.0.from`, message: 'must be a date written YYYY-MM-DD' },
      ]);
    },
  );

  it('refuses a last day before the first, a long note and one over two lines', () => {
    expect(
      datesOffIssues(
        [
          { from: '2026-08-14', to: '2026-08-03' },
          { from: '2026-08-03', to: '2026-08-03', note: 'x'.repeat(201) },
          { from: '2026-08-03', to: '2026-08-03', note: 'a\nb' },
        ],
        at,
      ).map((i) => i.field),
    ).toEqual([`${at}.0.to`, `${at}.1.note`, `${at}.2.note`]);
  });

  it(`refuses more than ${MAX_DATES_OFF} entries, as part of the hours`, () => {
    const many = Array.from({ length: MAX_DATES_OFF + 1 }, () => ({
      from: '2026-01-01',
      to: '2026-01-01',
    }));
    expect(
      workingHoursIssues({ weekly: [{ day: 1, start: '09:00', end: '17:00' }], datesOff: many }),
    ).toEqual([{ field: at, message: `must list at most ${MAX_DATES_OFF} dates off` }]);
  });

  it('keeps entries sorted by start, notes trimmed and empty ones left out', () => {
    expect(
      normalizeDatesOff([
        { from: '2026-12-24', to: '2026-12-26', note: '  ' },
        { from: '2026-08-03', to: '2026-08-14', note: ' Summer ' },
      ]),
    ).toEqual([
      { from: '2026-08-03', to: '2026-08-14', note: 'Summer' },
      { from: '2026-12-24', to: '2026-12-26' },
    ]);
  });

  it('counts both ends of a range as off', () => {
    const off = [{ from: '2026-08-03', to: '2026-08-14' }];
    expect(
      ['2026-08-02', '2026-08-03', '2026-08-14', '2026-08-15'].map((d) => isDateOff(d, off)),
    ).toEqual([false, true, true, false]);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2027-02-29')).toBe(false);
  });
});
