import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import type { Database } from '../db/schema.js';
import { escapeLike } from '../db/search.js';
import { toDbTime } from '../db/time.js';
import { invalid } from '../domain/errors.js';
import type { InterviewStatus } from '../domain/interview-status.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Interview, Page } from '../shapes/types.js';
import { toInterviews } from './interview-view.js';

export interface ListInterviewsOptions {
  db: Queryable;
  actor: Actor;
  status?: InterviewStatus[] | undefined;
  /** Interviews starting at or after this instant. */
  from?: string | undefined;
  /** Interviews starting before this instant. */
  to?: string | undefined;
  /** Matches the title, the candidate's name or email. */
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
  now?: Date;
}

type Eb = ExpressionBuilder<Database, 'interviews'>;

/** Manage Interviews: by start time, filtered, keyset-paged. Interviewers see their own only. */
export async function listInterviews(options: ListInterviewsOptions): Promise<Page<Interview>> {
  const { db, actor, limit, now = new Date() } = options;
  assertCan(actor, 'interviews:read');
  const nowText = toDbTime(now);
  let query = db.selectFrom('interviews').selectAll();
  if (options.status?.length) {
    const statuses = options.status;
    query = query.where((eb) => eb.or(statuses.map((s) => statusCondition(eb, s, nowText))));
  }
  if (options.from) query = query.where('starts_at', '>=', instant('from', options.from));
  if (options.to) query = query.where('starts_at', '<', instant('to', options.to));
  if (options.q?.trim()) query = query.where((eb) => matches(eb, options.q as string));
  if (actor.role === 'interviewer') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('participants as p')
          .select('p.id')
          .whereRef('p.interview_id', '=', 'interviews.id')
          .where('p.user_id', '=', actor.userId),
      ),
    );
  }
  if (options.cursor) {
    const key = decodeCursor(options.cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    const [startsAt, id] = key as [string, string];
    query = query.where(afterCursor(['starts_at', 'id'], [startsAt, id]));
  }
  const rows = await query
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1] : undefined;
  return {
    items: await toInterviews(db, page, now, { withDelivery: false }),
    nextCursor: last ? encodeCursor([last.starts_at, last.id]) : null,
  };
}

// Mirrors effectiveStatus(): 'completed' is any uncancelled interview that has ended.
function statusCondition(eb: Eb, status: InterviewStatus, now: string): Expression<SqlBool> {
  if (status === 'completed')
    return eb.and([eb('status', '!=', 'cancelled'), eb('ends_at', '<=', now)]);
  if (status === 'cancelled') return eb('status', '=', 'cancelled');
  return eb.and([eb('status', '=', status), eb('ends_at', '>', now)]);
}

function matches(eb: Eb, q: string): Expression<SqlBool> {
  const pattern = `%${escapeLike(q.trim().toLowerCase())}%`;
  return eb.or([
    sql<SqlBool>`lower(interviews.title) like ${pattern} escape '\\'`,
    eb.exists(
      eb
        .selectFrom('candidates as c')
        .select('c.id')
        .whereRef('c.id', '=', 'interviews.candidate_id')
        .where(
          sql<SqlBool>`(lower(c.first_name || ' ' || c.last_name) like ${pattern} escape '\\' or c.email like ${pattern} escape '\\')`,
        ),
    ),
  ]);
}

function instant(field: string, value: string): string {
  const at = Date.parse(value);
  if (Number.isNaN(at)) invalid([{ field, message: 'must be an ISO 8601 date or date-time' }]);
  return toDbTime(new Date(at));
}
