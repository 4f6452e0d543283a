import type { Queryable } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import { effectiveStatus } from '../domain/interview-status.js';
import type { ReminderSettings } from '../domain/reminder-rules.js';
import type { Delivery, Interview, Participant } from '../shapes/types.js';

/** Reminder overrides as stored: only the keys given, null for a rule turned off. */
export function storedReminders(reminders: Partial<ReminderSettings> | undefined): string | null {
  if (!reminders) return null;
  const given = Object.fromEntries(
    Object.entries(reminders).filter(([, value]) => value !== undefined),
  );
  return Object.keys(given).length > 0 ? JSON.stringify(given) : null;
}

/** Loads one interview with participants and their delivery state, or 404. */
export async function loadInterview(
  db: Queryable,
  id: string,
  now = new Date(),
): Promise<Interview> {
  const row = await db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No interview with id ${id}.`);
  const [interview] = await toInterviews(db, [row], now, { withDelivery: true });
  return interview as Interview;
}

/** Maps rows to API shapes with two batched queries, not one per interview. */
export async function toInterviews(
  db: Queryable,
  rows: InterviewsTable[],
  now: Date,
  { withDelivery }: { withDelivery: boolean },
): Promise<Interview[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const participants = await db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', 'in', ids)
    .orderBy('interview_id')
    .orderBy('position')
    .execute();
  const deliveries = withDelivery
    ? await latestDeliveries(
        db,
        participants.map((p) => p.id),
      )
    : new Map();
  return rows.map((row) => {
    const own = participants.filter((p) => p.interview_id === row.id);
    return {
      id: row.id,
      title: row.title,
      candidateId: row.candidate_id,
      interviewerIds: own.filter((p) => p.role === 'interviewer').map((p) => p.user_id ?? ''),
      jobTitle: row.job_title,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      location: row.location,
      meetingUrl: row.meeting_url,
      reminders: row.reminder_settings
        ? (JSON.parse(row.reminder_settings) as Partial<ReminderSettings>)
        : {},
      notes: row.notes,
      status: effectiveStatus(row.status, new Date(row.ends_at), now),
      version: row.version,
      sequence: row.sequence,
      invitesSentAt: row.invites_sent_at,
      cancelledAt: row.cancelled_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      participants: own.map((p) => toParticipant(p, deliveries.get(p.id) ?? null)),
    };
  });
}

function toParticipant(p: ParticipantsTable, delivery: Delivery | null): Participant {
  return {
    id: p.id,
    role: p.role,
    name: p.name,
    email: p.email,
    timeZone: p.time_zone,
    attendance: p.attendance,
    respondedAt: p.responded_at,
    declineReason: p.decline_reason,
    lastOpenedAt: p.last_opened_at,
    delivery,
  };
}

async function latestDeliveries(
  db: Queryable,
  participantIds: string[],
): Promise<Map<string, Delivery>> {
  const latest = new Map<string, Delivery>();
  if (participantIds.length === 0) return latest;
  const messages = await db
    .selectFrom('messages')
    .select([
      'id',
      'participant_id',
      'kind',
      'state',
      'attempts',
      'last_error',
      'sent_at',
      'created_at',
    ])
    .where('participant_id', 'in', participantIds)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const m of messages) {
    if (!m.participant_id || latest.has(m.participant_id)) continue;
    latest.set(m.participant_id, {
      messageId: m.id,
      kind: m.kind,
      state: m.state,
      attempts: m.attempts,
      lastError: m.last_error,
      sentAt: m.sent_at,
      queuedAt: m.created_at,
    });
  }
  return latest;
}
