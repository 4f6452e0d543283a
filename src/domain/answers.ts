/**
 * A participant's answer as the coordinator's inbox shows it: confirmed or declined (through
 * the Interview Link or a calendar reply), or a calendar's "maybe", which changes no attendance.
 */
export const ANSWERS = ['confirmed', 'declined', 'tentative'] as const;
export type Answer = (typeof ANSWERS)[number];

/** The timeline event that records each answer (invites/record-answer.ts, record-calendar-reply.ts). */
export const ANSWER_EVENTS: Record<Answer, string> = {
  confirmed: 'participant.confirmed',
  declined: 'participant.declined',
  tentative: 'participant.tentative',
};

/** The answer an event type records; undefined for any other event. */
export function answerOf(eventType: string): Answer | undefined {
  return ANSWERS.find((answer) => ANSWER_EVENTS[answer] === eventType);
}
