import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  type ReminderParticipant,
  type ReminderSettings,
  reminderSettingsIssues,
} from './reminder-rules.js';

const hour = 3_600_000;
const t0 = new Date('2030-03-01T09:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * hour);
const interview = { startsAt: at(120), status: 'awaiting_confirmation', invitesSent: true };
const settings: ReminderSettings = {
  pendingAfterHours: 24,
  pendingBeforeHours: 24,
  everyoneBeforeHours: null,
};
const people: ReminderParticipant[] = [
  { id: 'candidate', attendance: 'pending', invitedAt: t0 },
  { id: 'nora', attendance: 'confirmed', invitedAt: t0 },
  { id: 'bernd', attendance: 'declined', invitedAt: t0 },
];
const rules = (now: Date, s = settings, i = interview, p = people) =>
  dueReminders(i, p, s, now).map((d) => `${d.participantId}:${d.rule}`);

describe('dueReminders', () => {
  it('reminds the pending after the invite, then before the start; never the ones who answered', () => {
    expect(rules(at(23))).toEqual([]);
    expect(rules(at(24))).toEqual(['candidate:pending_after_invite']);
    expect(rules(at(96))).toEqual([
      'candidate:pending_after_invite',
      'candidate:pending_before_start',
    ]);
    expect(rules(at(120))).toEqual([]);
  });

  it('reminds everyone who has not declined before the start, when asked to', () => {
    const everyone = { ...settings, everyoneBeforeHours: 2 };
    expect(rules(at(118), everyone)).toContain('nora:everyone_before_start');
    expect(rules(at(118), everyone)).toContain('candidate:everyone_before_start');
    expect(rules(at(118), everyone).some((r) => r.startsWith('bernd'))).toBe(false);
  });

  it('sends nothing for drafts, cancelled or started interviews, or rules that are off', () => {
    expect(rules(at(30), settings, { ...interview, status: 'cancelled' })).toEqual([]);
    expect(rules(at(30), settings, { ...interview, status: 'draft', invitesSent: false })).toEqual(
      [],
    );
    expect(rules(at(121))).toEqual([]);
    const off = { pendingAfterHours: null, pendingBeforeHours: null, everyoneBeforeHours: null };
    expect(rules(at(100), off)).toEqual([]);
  });

  it('does not remind right after an invite that came late', () => {
    // Invited 10 hours before the start: the 24-hour "before start" moment had already passed.
    const late = [{ id: 'candidate', attendance: 'pending' as const, invitedAt: at(110) }];
    expect(rules(at(111), settings, interview, late)).toEqual([]);
    // Nor "24 hours after the invite" when that is after the start.
    expect(rules(at(119), settings, interview, late)).toEqual([]);
  });

  it('checks settings as whole hours within 60 days', () => {
    expect(reminderSettingsIssues({ pendingAfterHours: 24, everyoneBeforeHours: null })).toEqual(
      [],
    );
    expect(reminderSettingsIssues({ pendingAfterHours: 0 })[0]?.field).toBe(
      'reminders.pendingAfterHours',
    );
    expect(reminderSettingsIssues({ pendingBeforeHours: 1.5 })).toHaveLength(1);
    expect(reminderSettingsIssues({ everyoneBeforeHours: 99_999 })).toHaveLength(1);
  });
});
