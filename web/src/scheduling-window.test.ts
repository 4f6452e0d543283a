import { describe, expect, it } from 'vitest';
import { scheduling } from './i18n/en/scheduling.js';
import { translate } from './i18n/translate.js';
import { checkWindow as check, formatWindow, windowToIso } from './scheduling-window.js';

const checkWindow = (days: Parameters<typeof check>[0], today: string) =>
  check(days, today, translate(scheduling));

// Intl puts thin and narrow spaces around a range's dash: compared as plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('a scheduling request’s window of whole days in the coordinator’s zone', () => {
  it('runs from the first day’s midnight to the midnight after the last, in that zone', () => {
    expect(windowToIso({ fromDate: '2026-03-03', toDate: '2026-03-06' }, 'Europe/Berlin')).toEqual({
      from: '2026-03-02T23:00:00.000Z',
      to: '2026-03-06T23:00:00.000Z',
    });
  });

  it('keeps whole days across a clock change (New York springs forward on 8 March 2026)', () => {
    expect(
      windowToIso({ fromDate: '2026-03-07', toDate: '2026-03-08' }, 'America/New_York'),
    ).toEqual({ from: '2026-03-07T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' });
  });

  it('is nothing while a day is missing or the last comes before the first', () => {
    expect(windowToIso({ fromDate: '2026-03-03', toDate: null }, 'UTC')).toBeNull();
    expect(windowToIso({ fromDate: '2026-03-06', toDate: '2026-03-03' }, 'UTC')).toBeNull();
  });

  it('shows the days it covers, the last one inclusive, in the zone it was made in', () => {
    const { from, to } = windowToIso(
      { fromDate: '2026-03-03', toDate: '2026-03-06' },
      'Asia/Tokyo',
    ) ?? {
      from: '',
      to: '',
    };
    expect(plain(formatWindow(from, to, 'Asia/Tokyo'))).toBe('Tue, 3 Mar – Fri, 6 Mar 2026');
    expect(plain(formatWindow('2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z', 'UTC'))).toBe(
      'Tue, 3 Mar 2026',
    );
  });

  it('shows both instants of a window that does not start at midnight', () => {
    expect(plain(formatWindow('2026-03-03T09:00:00Z', '2026-03-03T17:00:00Z', 'UTC'))).toMatch(
      /^Tue,? 3 Mar 2026,? 09:00 – Tue,? 3 Mar 2026,? 17:00$/,
    );
  });

  it('asks for both days, in order, not over, and at most 62 of them', () => {
    const today = '2026-03-03';
    expect(checkWindow({ fromDate: null, toDate: null }, today)).toEqual({
      fromDate: 'Pick the first day',
    });
    expect(checkWindow({ fromDate: '2026-03-05', toDate: '2026-03-04' }, today)).toEqual({
      toDate: 'Pick a day on or after the first',
    });
    expect(checkWindow({ fromDate: '2026-02-01', toDate: '2026-02-02' }, today)).toEqual({
      toDate: 'Pick a day from today on',
    });
    expect(checkWindow({ fromDate: '2026-03-03', toDate: '2026-05-03' }, today)).toEqual({});
    expect(checkWindow({ fromDate: '2026-03-03', toDate: '2026-05-04' }, today)).toEqual({
      toDate: 'Pick at most 62 days',
    });
  });
});
