import { describe, expect, it } from 'vitest';
import {
  groupSlotsByDay,
  isBookable,
  pageOfTimes,
  type RemindableRequest,
  schedulingReminderDue,
  schedulingStatus,
  shortZoneList,
} from './scheduling-rules.js';

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

describe('schedulingReminderDue', () => {
  // Sent two days before `now`; its window closes three days after.
  const request: RemindableRequest = {
    status: 'sent',
    createdAt: '2026-03-01T12:00:00Z',
    expiresAt: '2026-03-06T12:00:00Z',
    remindedAt: null,
    minNoticeMinutes: 60,
  };
  const hoursAfter = (hours: number) => new Date(Date.parse(request.createdAt) + hours * 3_600_000);

  it('is due once the delay has passed since the request was sent, not before', () => {
    expect(schedulingReminderDue(request, 48, hoursAfter(47.9))).toBe(false);
    expect(schedulingReminderDue(request, 48, hoursAfter(48))).toBe(true);
    expect(schedulingReminderDue({ ...request, status: 'opened' }, 48, now)).toBe(true);
  });

  it('is never due when reminders are off or the one reminder went out', () => {
    expect(schedulingReminderDue(request, null, now)).toBe(false);
    expect(schedulingReminderDue({ ...request, remindedAt: '2026-03-03T00:00:00Z' }, 48, now)).toBe(
      false,
    );
  });

  it('is never due for a request booked, cancelled or expired', () => {
    for (const status of ['booked', 'cancelled'] as const) {
      expect(schedulingReminderDue({ ...request, status }, 48, now)).toBe(false);
    }
    expect(schedulingReminderDue({ ...request, expiresAt: '2026-03-03T11:00:00Z' }, 1, now)).toBe(
      false,
    );
  });

  it('is not due with less than 12 hours of the window left after the notice', () => {
    // 13 hours left, minus an hour of notice: exactly 12 remain.
    expect(schedulingReminderDue({ ...request, expiresAt: '2026-03-04T01:00:00Z' }, 48, now)).toBe(
      true,
    );
    expect(
      schedulingReminderDue(
        { ...request, expiresAt: '2026-03-04T01:00:00Z', minNoticeMinutes: 61 },
        48,
        now,
      ),
    ).toBe(false);
  });
});

describe('pageOfTimes', () => {
  const free = [1, 2, 3, 4, 5].map((n) => Date.parse(`2030-01-15T0${n}:00:00Z`));

  it('pages after the instant asked for, saying whether times come before and after', () => {
    expect(pageOfTimes(free, undefined, 2)).toEqual({
      slots: free.slice(0, 2),
      more: true,
      paged: false,
    });
    expect(pageOfTimes(free, '2030-01-15T02:00:00.000Z', 2)).toEqual({
      slots: free.slice(2, 4),
      more: true,
      paged: true,
    });
    expect(pageOfTimes(free, '2030-01-15T04:00:00.000Z', 2)).toEqual({
      slots: free.slice(4),
      more: false,
      paged: true,
    });
    // An unreadable instant starts from the first.
    expect(pageOfTimes(free, 'soon', 5)).toEqual({ slots: free, more: false, paged: false });
  });
});

describe('shortZoneList', () => {
  it('lists the shown zone first, then the others and UTC, each once', () => {
    expect(shortZoneList('Asia/Tokyo', 'Europe/Berlin', 'Asia/Tokyo', 'UTC')).toEqual([
      'Asia/Tokyo',
      'Europe/Berlin',
      'UTC',
    ]);
  });
});
