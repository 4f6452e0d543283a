import type { ExpressionBuilder } from 'kysely';
import { ANSWER_EVENTS_CONDITION } from '../db/answer-events.js';
import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import type { Database } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { ANSWER_EVENTS, type Answer as AnswerKind, answerOf } from '../domain/answers.js';
import { invalid } from '../domain/errors.js';
import type { ParticipantRole } from '../domain/interview-status.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Answer, Page } from '../shapes/types.js';

export interface ListAnswersOptions {
  db: Queryable;
  actor: Actor;
  /** Only this answer (say, declines). */
  answer?: AnswerKind | undefined;
  /** Only answers given after this instant: what came in since the inbox was last opened. */
  since?: string | undefined;
  /** Also count every match, all pages together (the inbox bell's number). */
  withTotal?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * The coordinator's inbox: participants' answers across the interviews the actor may see,
 * newest first, keyset-paged on (time, id). Read from the timeline events through the partial
 * index of answers (migration 0012); interviewers see answers on their own interviews only.
 */
export async function listAnswers(options: ListAnswersOptions): Promise<Page<Answer>> {
  const { db, actor, limit } = options;
  assertCan(actor, 'interviews:read');
  let query = db.selectFrom('events').where(ANSWER_EVENTS_CONDITION);
  if (options.answer) query = query.where('events.type', '=', ANSWER_EVENTS[options.answer]);
  if (options.since) query = query.where('events.created_at', '>', sinceInstant(options.since));
  if (actor.role === 'interviewer') {
    query = query.where((eb: ExpressionBuilder<Database, 'events'>) =>
      eb.exists(
        eb
          .selectFrom('participants as p')
          .select('p.id')
          .whereRef('p.interview_id', '=', 'events.interview_id')
          .where('p.user_id', '=', actor.userId),
      ),
    );
  }
  const counting = query.select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
  if (options.cursor) {
    const key = decodeCursor(options.cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    query = query.where(
      afterCursor(['events.created_at', 'events.id'], [key[0] as string, key[1] as string], 'desc'),
    );
  }
  const rows = await query
    .innerJoin('interviews', 'interviews.id', 'events.interview_id')
    .select([
      'events.id',
      'events.created_at',
      'events.interview_id',
      'events.type',
      'events.actor_id',
      'events.actor_name',
      'events.data',
      'interviews.title',
      'interviews.starts_at',
    ])
    .orderBy('events.created_at', 'desc')
    .orderBy('events.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1] : undefined;
  return {
    items: page.map(toAnswer),
    nextCursor: last ? encodeCursor([last.created_at, last.id]) : null,
    ...(options.withTotal ? { total: Number((await counting.executeTakeFirstOrThrow()).n) } : {}),
  };
}

interface AnswerRow {
  id: string;
  created_at: string;
  interview_id: string;
  type: string;
  actor_id: string | null;
  actor_name: string | null;
  data: string;
  title: string;
  starts_at: string;
}

function toAnswer(row: AnswerRow): Answer {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  // A decline's reason (link or calendar), or the comment on a calendar's "maybe".
  const comment = data.reason ?? data.comment;
  return {
    id: row.id,
    at: row.created_at,
    interviewId: row.interview_id,
    interviewTitle: row.title,
    startsAt: row.starts_at,
    participant: {
      id: row.actor_id,
      name: row.actor_name,
      role:
        data.role === 'candidate' || data.role === 'interviewer'
          ? (data.role as ParticipantRole)
          : null,
    },
    answer: answerOf(row.type) ?? 'confirmed',
    comment: typeof comment === 'string' && comment !== '' ? comment : null,
    via: data.via === 'link' || data.via === 'calendar' ? data.via : null,
  };
}

function sinceInstant(value: string): string {
  const at = Date.parse(value);
  if (Number.isNaN(at)) invalid([{ field: 'since', message: 'must be an ISO 8601 date-time' }]);
  return toDbTime(new Date(at));
}
