import type { Queryable, RootDb } from '../db/database.js';
import { recordEvents, SYSTEM } from '../db/events.js';
import { afterCursor } from '../db/pagination.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import {
  dueReminders,
  type ReminderParticipant,
  type ReminderRule,
  type ReminderSettings,
} from '../domain/reminder-rules.js';
import { lockInterview } from '../interviews/lock-interview.js';
import { type MailSettings, sender } from '../mail/mail-settings.js';
import { loadMessageContext, loadOrganizer } from '../messages/message-context.js';
import { buildMessages, saveMessages } from '../messages/queue-messages.js';

const OPEN = ['awaiting_confirmation', 'needs_attention', 'scheduled'] as const;
const PAGE = 500;

export interface SendRemindersOptions {
  db: RootDb;
  settings: MailSettings;
  /** The configuration's defaults; an interview's own settings override them. */
  defaults: ReminderSettings;
  now: Date;
}

/** The reminder settings in force for an interview: its own overrides over the defaults. */
export function reminderSettingsOf(
  interview: Pick<InterviewsTable, 'reminder_settings'>,
  defaults: ReminderSettings,
): ReminderSettings {
  const own = interview.reminder_settings
    ? (JSON.parse(interview.reminder_settings) as Partial<ReminderSettings>)
    : {};
  return { ...defaults, ...own };
}

/**
 * Queues every reminder that is due now (DESIGN §6) and returns how many messages it queued.
 * Each rule fires once per participant and calendar SEQUENCE: `reminders_sent` holds a row per
 * (participant, rule, sequence), inserted in the transaction that queues the message, so a
 * reminder is never sent twice, across restarts and even if two schedulers ran at once. An
 * answer, a cancellation or a reschedule (a new SEQUENCE, new moments) stops what is no longer
 * due, because every interview is decided again under its lock.
 */
export async function sendDueReminders(options: SendRemindersOptions): Promise<number> {
  const { db, now } = options;
  let queued = 0;
  let after: [string, string] | undefined;
  for (;;) {
    let query = db
      .selectFrom('interviews')
      .selectAll()
      .where('status', 'in', [...OPEN])
      .where('starts_at', '>', toDbTime(now))
      .where('invites_sent_at', 'is not', null)
      .orderBy('starts_at')
      .orderBy('id')
      .limit(PAGE);
    if (after) query = query.where(afterCursor(['starts_at', 'id'], after));
    const page = await query.execute();
    if (page.length === 0) break;
    const facts = await reminderFacts(db, page);
    for (const interview of page) {
      const due = dueFor(interview, facts, options);
      if (due.length > 0) queued += await remindInterview(options, interview.id);
    }
    const last = page[page.length - 1] as InterviewsTable;
    after = [last.starts_at, last.id];
    if (page.length < PAGE) break;
  }
  return queued;
}

interface Facts {
  participants: Map<string, ParticipantsTable[]>;
  invitedAt: Map<string, Date>;
  sent: Set<string>;
}

// Participants, when each was last invited, and which reminders went out, for a page at once.
async function reminderFacts(db: Queryable, interviews: InterviewsTable[]): Promise<Facts> {
  const ids = interviews.map((i) => i.id);
  const people = await db
    .selectFrom('participants')
    .selectAll()
    .where('interview_id', 'in', ids)
    .orderBy('position')
    .execute();
  const invited = await db
    .selectFrom('messages')
    .select(['participant_id', (eb) => eb.fn.max('created_at').as('at')])
    .where('interview_id', 'in', ids)
    .where('kind', 'in', ['invite', 'update'])
    .groupBy('participant_id')
    .execute();
  const sent = await db
    .selectFrom('reminders_sent')
    .select(['participant_id', 'rule', 'sequence'])
    .where('interview_id', 'in', ids)
    .execute();
  const participants = new Map<string, ParticipantsTable[]>();
  for (const p of people)
    participants.set(p.interview_id, [...(participants.get(p.interview_id) ?? []), p]);
  return {
    participants,
    invitedAt: new Map(
      invited.flatMap((r) =>
        r.participant_id && r.at ? [[r.participant_id, new Date(String(r.at))]] : [],
      ),
    ),
    sent: new Set(sent.map((r) => `${r.participant_id}|${r.rule}|${r.sequence}`)),
  };
}

function dueFor(
  interview: InterviewsTable,
  facts: Facts,
  options: SendRemindersOptions,
): Array<{ participantId: string; rule: ReminderRule }> {
  const participants: ReminderParticipant[] = (facts.participants.get(interview.id) ?? []).map(
    (p) => ({ id: p.id, attendance: p.attendance, invitedAt: facts.invitedAt.get(p.id) ?? null }),
  );
  return dueReminders(
    {
      startsAt: new Date(interview.starts_at),
      status: interview.status,
      invitesSent: interview.invites_sent_at !== null,
    },
    participants,
    reminderSettingsOf(interview, options.defaults),
    options.now,
  ).filter((d) => !facts.sent.has(`${d.participantId}|${d.rule}|${interview.sequence}`));
}

// Decides one interview again under its lock and queues what is still due: one message per
// participant, however many of their rules came due together.
async function remindInterview(
  options: SendRemindersOptions,
  interviewId: string,
): Promise<number> {
  const { settings, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const interview = await lockInterview(trx, interviewId);
    const facts = await reminderFacts(trx, [interview]);
    const due = dueFor(interview, facts, options);
    if (due.length === 0) return 0;
    const claimed = await trx
      .insertInto('reminders_sent')
      .values(
        due.map((d) => ({
          participant_id: d.participantId,
          rule: d.rule,
          sequence: interview.sequence,
          interview_id: interview.id,
          message_id: '',
          sent_at: toDbTime(now),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning(['participant_id', 'rule'])
      .execute();
    if (claimed.length === 0) return 0;
    const rulesOf = new Map<string, ReminderRule[]>();
    for (const c of claimed) {
      rulesOf.set(c.participant_id, [
        ...(rulesOf.get(c.participant_id) ?? []),
        c.rule as ReminderRule,
      ]);
    }
    const organizer = await loadOrganizer(trx, interview);
    const context = await loadMessageContext(
      trx,
      interview,
      organizer ?? sender(settings),
      settings,
    );
    let queued = 0;
    // Convene's own wording, in each recipient's language, rendered like every template.
    for (const wording of ['pending', 'upcoming'] as const) {
      const recipients = context.participants.filter((p) => {
        const rules = rulesOf.get(p.id);
        if (!rules) return false;
        const pending = rules.some((r) => r !== 'everyone_before_start');
        return wording === 'pending' ? pending : !pending;
      });
      if (recipients.length === 0) continue;
      const built = await buildMessages({
        context,
        recipients,
        kind: 'reminder',
        contents: undefined,
        wording,
        now,
      });
      await saveMessages(trx, built);
      for (const message of built.messages) {
        await trx
          .updateTable('reminders_sent')
          .set({ message_id: message.id })
          .where('participant_id', '=', message.participantId as string)
          .where('sequence', '=', interview.sequence)
          .where('message_id', '=', '')
          .execute();
      }
      await recordEvents(
        trx,
        built.messages.map((message) => ({
          interviewId: interview.id,
          type: 'reminder.sent',
          actor: SYSTEM,
          data: {
            participantId: message.participantId,
            to: message.to.email,
            rules: rulesOf.get(message.participantId as string),
          },
          at: now,
        })),
      );
      queued += built.messages.length;
    }
    return queued;
  });
}
