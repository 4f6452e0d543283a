import { describe, expect, it } from 'vitest';
import { people } from './i18n/en/people.js';
import { translate } from './i18n/translate.js';
import { checkWeek, dayName, draftOf, MAX_RANGES } from './week-draft.js';

describe('the weekly hours editor', () => {
  const t = translate(people);

  it('names the week’s days Monday to Sunday', () => {
    expect(draftOf(null).map((_, index) => dayName(index))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
  });

  it('says what the server would refuse, naming the day', () => {
    const week = draftOf(null);
    expect(checkWeek(week, t)).toBeUndefined();
    expect(
      checkWeek(
        week.map((day) => ({ ...day, on: false })),
        t,
      ),
    ).toBe('Choose at least one day, or reset to the usual hours');
    const tuesday = (ranges: Array<{ start: string; end: string }>) =>
      week.map((day, i) => (i === 1 ? { on: true, ranges } : day));
    expect(checkWeek(tuesday([{ start: '', end: '18:00' }]), t)).toBe(
      'Tuesday: enter a start and an end time',
    );
    expect(checkWeek(tuesday([{ start: '18:00', end: '09:00' }]), t)).toBe(
      'Tuesday: the end must come after the start',
    );
    expect(
      checkWeek(
        tuesday([
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ]),
        t,
      ),
    ).toBe('Tuesday: the hours overlap');
    const split = {
      on: true,
      ranges: [0, 1, 2].map((h) => ({ start: `0${h}:00`, end: `0${h}:30` })),
    };
    expect(
      checkWeek(
        Array.from({ length: 7 }, () => split),
        t,
      ),
    ).toBe(`At most ${MAX_RANGES} ranges in a week`);
  });
});
