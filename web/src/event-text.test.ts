import { describe, expect, it } from 'vitest';
import { describeEvent as sentence } from './event-text.js';
import { interviewDetails } from './i18n/en/interview-details.js';
import { interviews } from './i18n/en/interviews.js';
import { translate } from './i18n/translate.js';
import type { InterviewEvent, Participant } from './types.js';

const describeEvent = (event: InterviewEvent, participants: Participant[]) =>
  sentence(event, participants, translate(interviewDetails), translate(interviews));

const event = (type: string, data: Record<string, unknown>): InterviewEvent => ({
  id: 'e1',
  type,
  actor: { type: 'participant', id: 'p1', name: 'Kenji Sato' },
  data,
  at: '2030-01-01T00:00:00Z',
});

const kenji: Participant = {
  id: 'p1',
  role: 'candidate',
  name: 'Kenji Sato',
  email: 'kenji@example.jp',
  timeZone: 'Asia/Tokyo',
  attendance: 'pending',
  respondedAt: null,
  declineReason: null,
  lastOpenedAt: null,
  delivery: null,
};

describe('describeEvent for answers', () => {
  it('says when an answer came from the calendar, and quotes a decline reason', () => {
    expect(describeEvent(event('participant.confirmed', { via: 'calendar' }), []).text).toBe(
      'Kenji Sato confirmed from their calendar',
    );
    expect(describeEvent(event('participant.confirmed', { via: 'link' }), []).text).toBe(
      'Kenji Sato confirmed',
    );
    expect(
      describeEvent(event('participant.declined', { via: 'calendar', reason: 'Travelling' }), [])
        .text,
    ).toBe('Kenji Sato declined from their calendar: “Travelling”');
  });

  it('shows a calendar "maybe" as still pending, with its comment', () => {
    const line = describeEvent(event('participant.tentative', { comment: 'May be late' }), []);
    expect(line.text).toBe(
      'Kenji Sato answered “maybe” from their calendar: “May be late” (still pending)',
    );
  });

  it('names who a reminder was for', () => {
    const line = describeEvent(
      {
        id: 'e2',
        type: 'reminder.sent',
        actor: { type: 'system', id: null, name: 'Convene' },
        data: { participantId: 'p1', to: 'kenji@example.jp' },
        at: '2030-01-01T00:00:00Z',
      },
      [kenji],
    );
    expect(line.text).toBe('Reminder queued for Kenji Sato');
  });

  it('says which invite an ignored calendar reply named, who sent it and why it was not taken', () => {
    const line = describeEvent(
      {
        id: 'e3',
        type: 'reply.ignored',
        actor: { type: 'system', id: null, name: 'Calendar reply' },
        data: {
          reason: 'names nora@example.com, but this invite was sent to Kenji Sato',
          attendee: 'nora@example.com',
          answer: 'DECLINED',
          invitee: 'p1',
        },
        at: '2030-01-01T00:00:00Z',
      },
      [kenji],
    );
    expect(line).toEqual({
      text: 'A calendar declined from nora@example.com to Kenji Sato’s invite was ignored: names nora@example.com, but this invite was sent to Kenji Sato',
      color: 'orange',
    });
  });
});

describe('describeEvent counts', () => {
  it('writes one and many in English words, as before translation', () => {
    const text = (type: string, data: Record<string, unknown>) =>
      describeEvent(event(type, data), [kenji]).text;
    expect(text('invites.sent', { recipients: 1 })).toBe(
      'Kenji Sato sent invites to 1 participant',
    );
    expect(text('invites.resent', { recipients: ['p1', 'x'] })).toBe(
      'Kenji Sato resent invites to Kenji Sato and a former participant',
    );
    expect(text('participant.proposed_times', { times: [1] })).toBe(
      'Kenji Sato proposed another time',
    );
    expect(text('participant.proposed_times', { times: [1, 2], comment: 'Later' })).toBe(
      'Kenji Sato proposed 2 other times: “Later”',
    );
    expect(text('message.failed', { to: 'k@example.jp', attempts: 3, error: 'refused' })).toBe(
      'Message to k@example.jp failed after 3 attempts: refused',
    );
    expect(text('interview.cancelled', { reason: 'Filled', notified: 1 })).toBe(
      'Kenji Sato cancelled the interview: “Filled” and notified 1 participant',
    );
  });
});
