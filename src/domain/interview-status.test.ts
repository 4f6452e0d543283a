import { describe, expect, it } from 'vitest';
import {
  type Attendance,
  deriveStatus,
  effectiveStatus,
  isOpenForResponses,
} from './interview-status.js';

const people = (candidate: Attendance, ...interviewers: Attendance[]) => [
  { role: 'candidate' as const, attendance: candidate },
  ...interviewers.map((attendance) => ({ role: 'interviewer' as const, attendance })),
];
const sent = (participants: ReturnType<typeof people>) =>
  deriveStatus({ cancelled: false, invitesSent: true, participants });

describe('interview status', () => {
  it('is draft until invites are sent, whatever the attendance', () => {
    expect(
      deriveStatus({
        cancelled: false,
        invitesSent: false,
        participants: people('confirmed', 'confirmed'),
      }),
    ).toBe('draft');
  });

  it('awaits confirmation while anyone is pending', () => {
    expect(sent(people('pending', 'pending'))).toBe('awaiting_confirmation');
    expect(sent(people('confirmed', 'confirmed', 'pending'))).toBe('awaiting_confirmation');
    expect(sent(people('pending', 'confirmed', 'confirmed'))).toBe('awaiting_confirmation');
  });

  it('is scheduled only when the candidate and every interviewer confirmed', () => {
    expect(sent(people('confirmed', 'confirmed'))).toBe('scheduled');
    expect(sent(people('confirmed', 'confirmed', 'confirmed', 'confirmed'))).toBe('scheduled');
  });

  it('is never scheduled without an interviewer or without a candidate', () => {
    expect(sent(people('confirmed'))).toBe('awaiting_confirmation');
    expect(sent(people('confirmed', 'confirmed').slice(1))).toBe('awaiting_confirmation');
  });

  it('needs attention as soon as anyone declined, even if all others confirmed', () => {
    expect(sent(people('declined', 'confirmed'))).toBe('needs_attention');
    expect(sent(people('confirmed', 'confirmed', 'declined'))).toBe('needs_attention');
  });

  it('stays cancelled whatever happens to attendance', () => {
    expect(
      deriveStatus({
        cancelled: true,
        invitesSent: true,
        participants: people('confirmed', 'confirmed'),
      }),
    ).toBe('cancelled');
  });

  it('shows any interview that is not cancelled as completed after its end, and closes responses', () => {
    const end = new Date('2026-03-03T10:30:00Z');
    const before = new Date('2026-03-03T10:29:59Z');
    expect(effectiveStatus('scheduled', end, end)).toBe('completed');
    expect(effectiveStatus('awaiting_confirmation', end, before)).toBe('awaiting_confirmation');
    expect(effectiveStatus('cancelled', end, end)).toBe('cancelled');
    expect(isOpenForResponses('awaiting_confirmation', end, before)).toBe(true);
    expect(isOpenForResponses('awaiting_confirmation', end, end)).toBe(false);
    expect(isOpenForResponses('cancelled', end, before)).toBe(false);
  });
});
