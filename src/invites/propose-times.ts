import { randomUUID } from 'node:crypto';
import type { RootDb, Transaction } from '../db/database.js';
import { recordEvent } from '../db/events.js';
import type { ParticipantsTable, ProposalsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import type { Interval } from '../domain/availability.js';
import { invalid } from '../domain/errors.js';
import { type ProposalSource, proposedTimesIssues } from '../domain/proposals.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { answerReason, type RecordedAnswer, recordAnswer } from './record-answer.js';
import { readInterviewRow } from './token-queries.js';

export interface ProposeTimesOptions {
  db: RootDb;
  /** Who proposes: from their link's token, or from a calendar COUNTER's ATTENDEE. */
  participant: ParticipantsTable;
  /** Up to three times, as instants. */
  times: Interval[];
  /** What they wrote with it; it is also their decline's reason. */
  comment: string | null;
  via: ProposalSource;
  /** What the audit trail keeps of how it came in (a calendar reply's sender check). */
  evidence?: Record<string, unknown>;
  settings: MailSettings;
  now?: Date;
}

export interface ProposedTimes {
  /** False when these were already this participant's open proposals: nothing changed. */
  changed: boolean;
  answer: RecordedAnswer;
}

/**
 * "Not then": a participant declines the invite's time and proposes others (DESIGN §6). In the
 * answer's transaction: the decline (the interview needs attention), their earlier open
 * proposals marked replaced, the new times, and a `participant.proposed_times` event (and
 * webhook). The same times again change nothing, as calendars resend. 400 for times in the
 * past, too short or long, repeated, or more than three.
 */
export async function proposeTimes(options: ProposeTimesOptions): Promise<ProposedTimes> {
  const { db, participant, times, via, now = new Date() } = options;
  const interview = await readInterviewRow(db, participant.interview_id);
  const current = { start: Date.parse(interview.starts_at), end: Date.parse(interview.ends_at) };
  const issues = proposedTimesIssues(times, current, now.getTime());
  if (issues.length > 0) invalid(issues);
  const comment = options.comment?.trim() || null;
  let changed = false;
  const answer = await recordAnswer({
    db,
    participantId: participant.id,
    interviewId: participant.interview_id,
    attendance: 'declined',
    reason: answerReason('declined', comment),
    settings: options.settings,
    via: via === 'calendar' ? 'calendar' : 'link',
    evidence: { ...options.evidence, proposed: times.length },
    now,
    alongside: async (trx, recorded) => {
      changed = await saveProposals(trx, { ...options, comment, now }, recorded);
    },
  });
  return { changed: changed || answer.changed, answer };
}

async function saveProposals(
  trx: Transaction,
  options: ProposeTimesOptions & { comment: string | null; now: Date },
  answer: RecordedAnswer,
): Promise<boolean> {
  const { participant, times, via, comment, now } = options;
  const open = await trx
    .selectFrom('proposals')
    .select(['id', 'starts_at', 'ends_at'])
    .where('participant_id', '=', participant.id)
    .where('state', '=', 'open')
    .orderBy('starts_at')
    .execute();
  const key = (t: Interval) => `${toDbTime(new Date(t.start))}/${toDbTime(new Date(t.end))}`;
  const asked = times.map(key).sort();
  const held = open.map((p) => `${p.starts_at}/${p.ends_at}`).sort();
  if (asked.length === held.length && asked.every((k, i) => k === held[i])) return false;
  const stamp = toDbTime(now);
  if (open.length > 0) {
    await trx
      .updateTable('proposals')
      .set({ state: 'replaced', decided_at: stamp })
      .where(
        'id',
        'in',
        open.map((p) => p.id),
      )
      .execute();
  }
  const rows: ProposalsTable[] = times.map((time) => ({
    id: randomUUID(),
    interview_id: participant.interview_id,
    participant_id: participant.id,
    starts_at: toDbTime(new Date(time.start)),
    ends_at: toDbTime(new Date(time.end)),
    via,
    comment,
    state: 'open',
    created_at: stamp,
    decided_at: null,
    decided_by: null,
  }));
  await trx.insertInto('proposals').values(rows).execute();
  await recordEvent(trx, {
    interviewId: participant.interview_id,
    type: 'participant.proposed_times',
    actor: { type: 'participant', id: answer.me.id, name: answer.me.name },
    data: {
      role: answer.me.role,
      times: rows.map((r) => ({ proposalId: r.id, startsAt: r.starts_at, endsAt: r.ends_at })),
      comment,
      via,
    },
    at: now,
  });
  return true;
}
