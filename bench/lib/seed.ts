import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, InterviewsTable, ParticipantsTable } from '../../src/db/schema.js';
import type { Actor } from '../../src/domain/permissions.js';
import { newCalendarUid } from '../../src/interviews/load-people.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Europe/London', 'Asia/Kolkata'];

/** An admin who sends the invites (inserted directly: no password hashing in the setup). */
export async function insertAdmin(db: Kysely<Database>): Promise<Actor> {
  const now = new Date().toISOString();
  const user = {
    id: randomUUID(),
    name: 'Bench Admin',
    email: 'admin@convene.bench',
    time_zone: 'Europe/Berlin',
    locale: null,
    role: 'admin' as const,
    password_hash: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('users').values(user).execute();
  return { userId: user.id, role: 'admin', name: user.name, email: user.email };
}

export interface SeedOptions {
  count: number;
  status: InterviewsTable['status'];
  /** The first interview starts here; each next one `spacingMinutes` later. */
  firstStart: Date;
  spacingMinutes: number;
  /** Interviewers on each interview (default 2), drawn from a pool of at least twenty. */
  interviewers?: number;
}

/**
 * Inserts `count` interviews, each with one candidate (their own) and `interviewers` (two) of a
 * pool of interviewers, in multi-row batches inside one transaction: setup, not what is measured.
 */
export async function seedInterviews(
  db: Kysely<Database>,
  options: SeedOptions,
): Promise<{ interviewIds: string[]; participants: ParticipantsTable[] }> {
  const now = new Date().toISOString();
  const panel = options.interviewers ?? 2;
  const users = Array.from({ length: Math.max(20, panel) }, (_, i) => ({
    id: randomUUID(),
    name: `Interviewer ${i} Example`,
    email: `interviewer${i}.${randomUUID().slice(0, 8)}@convene.bench`,
    time_zone: ZONES[i % ZONES.length] as string,
    locale: null,
    role: 'interviewer' as const,
    password_hash: null,
    created_at: now,
    updated_at: now,
  }));
  const interviewIds: string[] = [];
  const allParticipants: ParticipantsTable[] = [];
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values(users).execute();
    // Rows per insert stay under both engines' limits on bound parameters.
    const batch = Math.max(1, Math.floor(500 / Math.ceil((panel + 1) / 3)));
    for (let start = 0; start < options.count; start += batch) {
      const n = Math.min(batch, options.count - start);
      const candidates = [];
      const interviews: InterviewsTable[] = [];
      const participants: ParticipantsTable[] = [];
      for (let k = 0; k < n; k += 1) {
        const i = start + k;
        const candidate = {
          id: randomUUID(),
          first_name: `Kenji${i}`,
          last_name: 'Sato',
          email: `kenji.${i}.${randomUUID().slice(0, 8)}@example.jp`,
          time_zone: ZONES[(i + 2) % ZONES.length] as string,
          locale: null,
          phone: null,
          created_at: now,
          updated_at: now,
        };
        candidates.push(candidate);
        const id = randomUUID();
        const startsAt = new Date(
          options.firstStart.getTime() + i * options.spacingMinutes * 60_000,
        );
        interviews.push({
          id,
          title: `Technical interview ${i}`,
          candidate_id: candidate.id,
          job_title: 'Backend Engineer',
          starts_at: startsAt.toISOString(),
          ends_at: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
          duration_minutes: 90,
          time_zone: 'America/New_York',
          location: 'Room 4; Building B, 2nd floor',
          meeting_url: 'https://meet.example.com/abc-defg',
          notes: 'Bring ID.',
          status: options.status,
          calendar_uid: `${id}@convene.bench`,
          sequence: 0,
          version: 1,
          organizer_id: null,
          invite_content: null,
          invites_sent_at: options.status === 'draft' ? null : now,
          cancelled_at: null,
          reminder_settings: null,
          created_at: now,
          updated_at: now,
          candidate_reschedules: 0,
        });
        interviewIds.push(id);
        const base = {
          interview_id: id,
          attendance: 'pending' as const,
          responded_at: null,
          decline_reason: null,
          last_opened_at: null,
        };
        participants.push({
          ...base,
          id: randomUUID(),
          calendar_uid: newCalendarUid('convene.bench'),
          role: 'candidate',
          position: 0,
          user_id: null,
          candidate_id: candidate.id,
          name: `${candidate.first_name} ${candidate.last_name}`,
          email: candidate.email,
          time_zone: candidate.time_zone,
          locale: null,
        });
        for (let position = 1; position <= panel; position += 1) {
          // Two interviewers: positions 7 and 14 apart, as before; a larger panel: consecutive.
          const step = panel <= 2 ? 7 : 1;
          const user = users[(i + position * step) % users.length] as (typeof users)[number];
          participants.push({
            ...base,
            id: randomUUID(),
            calendar_uid: newCalendarUid('convene.bench'),
            role: 'interviewer',
            position,
            user_id: user.id,
            candidate_id: null,
            name: user.name,
            email: user.email,
            time_zone: user.time_zone,
            locale: null,
          });
        }
      }
      await trx.insertInto('candidates').values(candidates).execute();
      await trx.insertInto('interviews').values(interviews).execute();
      await trx.insertInto('participants').values(participants).execute();
      allParticipants.push(...participants);
    }
  });
  return { interviewIds, participants: allParticipants };
}

/** The seeded invitable candidate and interviewer templates. */
export async function defaultTemplates(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('templates')
    .select(['id', 'audience'])
    .where('invitable', '=', 1)
    .where('archived', '=', 0)
    .execute();
  const find = (audience: string) => {
    const row = rows.find((r) => r.audience === audience);
    if (!row) throw new Error(`no seeded ${audience} template`);
    return { templateId: row.id };
  };
  return { candidate: find('candidate'), interviewer: find('interviewer') };
}
