import { describe, expect, it } from 'vitest';
import { busyByDay } from './busy-days.js';

describe('busyByDay', () => {
  const names = new Map([
    ['nora', 'Nora York'],
    ['bernd', 'Bernd Berlin'],
  ]);
  const days = ['2030-01-14', '2030-01-15', '2030-01-16'];

  it('lists each person’s calendar and interview times by local day, and whole days off', () => {
    const lines = busyByDay(
      {
        users: [
          {
            userId: 'nora',
            busy: [
              {
                start: '2030-01-14T09:00:00.000Z',
                end: '2030-01-14T10:30:00.000Z',
                source: 'calendar',
              },
              {
                start: '2030-01-14T14:00:00.000Z',
                end: '2030-01-14T15:00:00.000Z',
                source: 'interview',
              },
              // Evening hours off are not listed; a whole day off is.
              {
                start: '2030-01-14T18:00:00.000Z',
                end: '2030-01-15T09:00:00.000Z',
                source: 'outside_working_hours',
              },
              {
                start: '2030-01-15T18:00:00.000Z',
                end: '2030-01-17T09:00:00.000Z',
                source: 'outside_working_hours',
              },
            ],
          },
          {
            userId: 'bernd',
            // 23:00 Berlin on the 14th to 01:00 on the 15th: on both days.
            busy: [
              {
                start: '2030-01-14T22:00:00.000Z',
                end: '2030-01-15T00:00:00.000Z',
                source: 'calendar',
              },
            ],
          },
        ],
      },
      names,
      days,
      'Europe/Berlin',
    );
    expect(lines.get('2030-01-14')).toEqual([
      { userId: 'nora', name: 'Nora York', busy: '10:00–11:30, 15:00–16:00' },
      { userId: 'bernd', name: 'Bernd Berlin', busy: '23:00–24:00' },
    ]);
    expect(lines.get('2030-01-15')).toEqual([
      { userId: 'bernd', name: 'Bernd Berlin', busy: '00:00–01:00' },
    ]);
    expect(lines.get('2030-01-16')).toEqual([{ userId: 'nora', name: 'Nora York', busy: null }]);
  });
});
