import { brandedSettings } from '../branding/branding-store.js';
import { hashSecret, newSecret } from '../crypto/secrets.js';
import type { Queryable, RootDb } from '../db/database.js';
import { afterCursor } from '../db/pagination.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { emailWording } from '../domain/i18n/email-wording.js';
import { recipientTranslator } from '../domain/i18n/translate.js';
import {
  SCHEDULING_REMINDER_MIN_LEFT_HOURS,
  schedulingReminderDue,
} from '../domain/scheduling-rules.js';
import { parseVariants } from '../domain/template-variants.js';
import { enqueueMessage } from '../mail/enqueue-message.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { buildSchedulingEmail } from './scheduling-email.js';
import { interviewerIdsOf, schedulingLink } from './scheduling-view.js';

const PAGE = 200;
const HOUR = 3_600_000;

export interface SendSchedulingRemindersOptions {
  db: RootDb;
  settings: MailSettings;
  /** SCHEDULING_REMINDER_HOURS; null: off. */
  afterHours: number | null;
  now: Date;
}

type Candidate = SchedulingRequestsTable & { organizer_name: string; organizer_email: string };

/**
 * Reminds each candidate whose scheduling request is still unbooked `afterHours` after it was
 * sent, once (DESIGN §9, ADR 015), and returns how many reminders it queued. The reminder is the
 * request's template again with "Reminder: " before its subject, carrying a new link (only token
 * hashes are stored, so the first link cannot be repeated; it keeps working). Claiming the
 * reminder (`reminded_at`) and queuing it are one transaction guarded by the request's state, so
 * two schedulers at once, or a booking or cancellation meanwhile, never yield a second or a
 * stale reminder.
 */
export async function sendSchedulingReminders(
  options: SendSchedulingRemindersOptions,
): Promise<number> {
  const { db, afterHours, now } = options;
  if (afterHours === null) return 0;
  let queued = 0;
  let after: [string, string] | undefined;
  for (;;) {
    const page = await openRequests(db, afterHours, now, after);
    for (const request of page) {
      if (isDue(request, afterHours, now) && (await remind(options, request))) queued += 1;
    }
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) break;
    after = [last.created_at, last.id];
  }
  return queued;
}

// Open requests old enough, with time left, whose coordinator is still here (a booking would be
// refused otherwise), a page at a time.
async function openRequests(
  db: Queryable,
  afterHours: number,
  now: Date,
  after: [string, string] | undefined,
): Promise<Candidate[]> {
  let query = db
    .selectFrom('scheduling_requests as r')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .selectAll('r')
    .select(['u.name as organizer_name', 'u.email as organizer_email'])
    .where('r.status', 'in', ['sent', 'opened'])
    .where('r.reminded_at', 'is', null)
    .where('r.created_at', '<=', toDbTime(new Date(now.getTime() - afterHours * HOUR)))
    .where(
      'r.expires_at',
      '>',
      toDbTime(new Date(now.getTime() + SCHEDULING_REMINDER_MIN_LEFT_HOURS * HOUR)),
    )
    .where('u.deactivated_at', 'is', null)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(PAGE);
  if (after) query = query.where(afterCursor(['r.created_at', 'r.id'], after));
  return query.execute();
}

// The rule itself (domain/scheduling-rules.ts); the query above only narrows the search.
function isDue(request: SchedulingRequestsTable, afterHours: number, now: Date): boolean {
  return schedulingReminderDue(
    {
      status: request.status,
      createdAt: request.created_at,
      expiresAt: request.expires_at,
      remindedAt: request.reminded_at,
      minNoticeMinutes: request.min_notice_minutes,
    },
    afterHours,
    now,
  );
}

// Builds the reminder first (no transaction held while composing), then claims and queues it
// together; false when the request changed meanwhile or its panel can no longer be booked.
async function remind(options: SendSchedulingRemindersOptions, request: Candidate) {
  const { db, now } = options;
  const settings = await brandedSettings(db, options.settings);
  const people = await panelOf(db, request);
  if (!people) return false;
  const template = await db
    .selectFrom('templates')
    .select(['subject', 'body', 'schedulable', 'variants'])
    .where('id', '=', request.request_template_id ?? '')
    .executeTakeFirst();
  const token = newSecret();
  const email = await buildSchedulingEmail({
    request,
    candidate: people.candidate,
    interviewers: people.interviewers,
    // A template edited since no longer carrying the link: Convene's own wording, in their language.
    template: template?.schedulable
      ? { ...template, variants: parseVariants(template.variants) }
      : emailWording(
          recipientTranslator(people.candidate.locale, settings.defaultLocale),
          'choose',
        ),
    link: schedulingLink(settings.publicUrl, token),
    organizer: { name: request.organizer_name, email: request.organizer_email },
    settings,
    now,
    reminder: true,
  });
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('scheduling_requests')
      .set({ reminded_at: toDbTime(now), reminder_token_hash: hashSecret(token) })
      .where('id', '=', request.id)
      .where('reminded_at', 'is', null)
      .where('status', 'in', ['sent', 'opened'])
      .where('expires_at', '>', toDbTime(now))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    await enqueueMessage(trx, email);
    return true;
  });
}

// The candidate and the panel, or undefined when someone is gone: the booking would be refused,
// so a reminder would only lead the candidate to an error.
async function panelOf(db: Queryable, request: SchedulingRequestsTable) {
  const ids = interviewerIdsOf(request);
  const candidate = await db
    .selectFrom('candidates')
    .selectAll()
    .where('id', '=', request.candidate_id)
    .executeTakeFirst();
  const users = await db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
  const interviewers = ids.map((id) => users.find((u) => u.id === id && !u.deactivated_at));
  if (!candidate || interviewers.some((u) => u === undefined)) return undefined;
  return { candidate, interviewers: interviewers as NonNullable<(typeof interviewers)[number]>[] };
}
