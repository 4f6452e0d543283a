import { describe, expect, it } from 'vitest';
import { groupSlotsByDay, isBookable, schedulingStatus } from './scheduling-rules.js';

const now = new Date('2026-03-03T12:00:00Z');

describe('schedulingStatus', () => {
  it('shows an open request whose window has ended as expired', () => {
    expect(schedulingStatus('sent', '2026-03-03T11:59:59Z', now)).toBe('expired');
    expect(schedulingStatus('opened', '2026-03-03T12:00:00Z', now)).toBe('expired');
  });

  it('keeps an open request with time left as stored', () => {
    expect(schedulingStatus('sent', '2026-03-04T00:00:00Z', now)).toBe('sent');
    expect(schedulingStatus('opened', '2026-03-04T00:00:00Z', now)).toBe('opened');
  });

  it('never turns a booked or cancelled request into expired', () => {
    expect(schedulingStatus('booked', '2026-03-01T00:00:00Z', now)).toBe('booked');
    expect(schedulingStatus('cancelled', '2026-03-01T00:00:00Z', now)).toBe('cancelled');
  });

  it('lets only sent and opened requests be booked', () => {
    expect(
      ['sent', 'opened', 'booked', 'expired', 'cancelled'].filter((s) => isBookable(s as never)),
    ).toEqual(['sent', 'opened']);
  });
});

describe('groupSlotsByDay', () => {
  const at = (iso: string) => Date.parse(iso);

  it('groups by the local date of the viewer, not by UTC', () => {
    const starts = [
      at('2026-03-03T22:00:00Z'),
      at('2026-03-03T23:30:00Z'),
      at('2026-03-04T09:00:00Z'),
    ];
    expect(groupSlotsByDay(starts, 'UTC').map((d) => [d.date, d.starts.length])).toEqual([
      ['2026-03-03', 2],
      ['2026-03-04', 1],
    ]);
    // In Tokyo (UTC+9) all three fall on the 4th.
    expect(groupSlotsByDay(starts, 'Asia/Tokyo').map((d) => [d.date, d.starts.length])).toEqual([
      ['2026-03-04', 3],
    ]);
  });

  it('gives no days for no slots', () => {
    expect(groupSlotsByDay([], 'Europe/Berlin')).toEqual([]);
  });
});
