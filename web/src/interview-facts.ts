/** Small facts the interview screens read off an interview. */
import type { interviews } from './i18n/en/interviews.js';
import type { Translate } from './i18n/translate.js';
import type { Interview, Participant } from './types.js';

export function candidateName(interview: Interview): string {
  return interview.participants.find((p) => p.role === 'candidate')?.name ?? '—';
}

export function interviewerNames(interview: Interview): string {
  return interview.participants
    .filter((p) => p.role === 'interviewer')
    .map((p) => p.name)
    .join(', ');
}

/** Cancelled and past interviews take no more changes. */
export function isOpen(interview: Interview): boolean {
  return interview.status !== 'cancelled' && interview.status !== 'completed';
}

/** A panel member as the edit screens need them: their user id beside their participant facts. */
export interface PanelMember {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  attendance: Participant['attendance'];
  /** Participants carry no working hours: the default applies (a user's own are on the user). */
  workingHours: null;
}

/** The interviewers in panel order, each with their user id (interviewerIds runs in that order). */
export function panelOf(interview: Interview): PanelMember[] {
  const seats = interview.participants.filter((p) => p.role === 'interviewer');
  return interview.interviewerIds.flatMap((id, i) => {
    const seat = seats[i];
    return seat
      ? [
          {
            id,
            name: seat.name,
            email: seat.email,
            timeZone: seat.timeZone ?? interview.timeZone,
            attendance: seat.attendance,
            workingHours: null,
          },
        ]
      : [];
  });
}

/** Who has answered: "2 of 3 confirmed", and ", 1 declined" once someone declined. */
export function attendanceSummary(interview: Interview, t: Translate<typeof interviews>): string {
  const count = (attendance: string) =>
    interview.participants.filter((p) => p.attendance === attendance).length;
  return t('table.attendance', {
    confirmed: count('confirmed'),
    total: interview.participants.length,
    declined: count('declined'),
  });
}
