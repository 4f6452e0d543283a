import { describe, expect, it } from 'vitest';
import { checkDatesOff, datesOffDraft, datesOffToSend, newDateOff } from './dates-off-draft.js';
import { people } from './i18n/en/people.js';
import { translate } from './i18n/translate.js';
import { draftOf, hoursToSend } from './week-draft.js';

describe('the time off list', () => {
  it('shows what was saved, and sends it back with empty notes left out', () => {
    const drafts = datesOffDraft({
      timeZone: null,
      weekly: [],
      datesOff: [{ from: '2030-08-05', to: '2030-08-16', note: 'Holiday' }],
    });
    expect(drafts).toEqual([{ from: '2030-08-05', to: '2030-08-16', note: 'Holiday' }]);
    expect(datesOffToSend([...drafts, { ...newDateOff('2030-12-24'), note: '  ' }])).toEqual([
      { from: '2030-08-05', to: '2030-08-16', note: 'Holiday' },
      { from: '2030-12-24', to: '2030-12-24' },
    ]);
  });

  it('says what the server would refuse', () => {
    const t = translate(people);
    expect(checkDatesOff([newDateOff('2030-01-01')], t)).toBeUndefined();
    expect(
      checkDatesOff([newDateOff('2030-01-01'), { from: '', to: '2030-01-02', note: '' }], t),
    ).toBe('Time off 2: choose the first and last day');
    expect(checkDatesOff([{ from: '2030-01-02', to: '2030-01-01', note: '' }], t)).toBe(
      'Time off 1: the last day must not come before the first',
    );
    expect(
      checkDatesOff(
        Array.from({ length: 101 }, () => newDateOff('2030-01-01')),
        t,
      ),
    ).toBe('At most 100 entries of time off');
  });

  it('keeps the usual week with time off as hours of their own, not the default', () => {
    expect(hoursToSend(draftOf(null), null)).toBeNull();
    expect(hoursToSend(draftOf(null), null, [newDateOff('2030-01-01')])).toMatchObject({
      timeZone: null,
      datesOff: [{ from: '2030-01-01', to: '2030-01-01' }],
    });
  });
});
