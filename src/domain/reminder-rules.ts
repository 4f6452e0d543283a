import type { FieldIssue } from './errors.js';
import type { Attendance } from './interview-status.js';

/** The three reminder rules (DESIGN §6). Hours; null is off. */
export interface ReminderSettings {
  /** Remind participants still pending this long after their invite. */
  pendingAfterHours: number | null;
  /** Remind participants still pending this long before the start. */
  pendingBeforeHours: number | null;
  /** Remind everyone who has not declined this long before the start (opt-in). */
  everyoneBeforeHours: number | null;
}

export type ReminderRule =
  | 'pending_after_invite'
  | 'pending_before_start'
  | 'everyone_before_start';

export const MAX_REMINDER_HOURS = 24 * 60;

export interface ReminderInterview {
  startsAt: Date;
  /** Only interviews still waiting for answers or scheduled get reminders. */
  status: string;
  invitesSent: boolean;
}

export interface ReminderParticipant {
  id: string;
  attendance: Attendance;
  /** When this participant was last sent the invite or an update; null: never. */
  invitedAt: Date | null;
}

/**
 * Which reminders are due now, per participant and rule. Each rule fires at most once per
 * calendar SEQUENCE (the caller records that), so "due" here means "its moment has come and it
 * still makes sense": the participant is still pending (or, for the everyone rule, has not
 * declined), the interview has not started, and the invite went out before the reminder's
 * moment (a reminder right on the heels of the invite tells nothing new).
 */
export function dueReminders(
  interview: ReminderInterview,
  participants: ReminderParticipant[],
  settings: ReminderSettings,
  now: Date,
): Array<{ participantId: string; rule: ReminderRule }> {
  const open = ['awaiting_confirmation', 'needs_attention', 'scheduled'].includes(interview.status);
  const start = interview.startsAt.getTime();
  const at = now.getTime();
  if (!open || !interview.invitesSent || at >= start) return [];
  const hour = 3_600_000;
  const due: Array<{ participantId: string; rule: ReminderRule }> = [];
  for (const p of participants) {
    if (!p.invitedAt) continue;
    const invited = p.invitedAt.getTime();
    const {
      pendingAfterHours: after,
      pendingBeforeHours: before,
      everyoneBeforeHours: all,
    } = settings;
    if (p.attendance === 'pending' && after !== null) {
      const moment = invited + after * hour;
      if (at >= moment && moment < start)
        due.push({ participantId: p.id, rule: 'pending_after_invite' });
    }
    if (p.attendance === 'pending' && before !== null) {
      const moment = start - before * hour;
      if (at >= moment && invited < moment) {
        due.push({ participantId: p.id, rule: 'pending_before_start' });
      }
    }
    if (p.attendance !== 'declined' && all !== null) {
      const moment = start - all * hour;
      if (at >= moment && invited < moment) {
        due.push({ participantId: p.id, rule: 'everyone_before_start' });
      }
    }
  }
  return due;
}

/** Problems with reminder settings given for an interview (whole hours, 1 to 60 days, or null). */
export function reminderSettingsIssues(settings: Partial<ReminderSettings>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(settings)) {
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 1 || value > MAX_REMINDER_HOURS) {
      issues.push({
        field: `reminders.${key}`,
        message: `must be whole hours from 1 to ${MAX_REMINDER_HOURS}, or null for none`,
      });
    }
  }
  return issues;
}
