import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import type { Database } from '../db/schema.js';
import { foldedLike, searchPattern } from '../db/search.js';
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
  /** Matches the title, the job, the candidate's name or email, or an interviewer's name. */
  q?: string | undefined;
  /** By start (default), or by status (needs attention first), then start. */
  sort?: 'startsAt' | 'status' | undefined;
  /** Also count every match, all pages together. */
  withTotal?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
  now?: Date;
}

// Needs attention first: what a coordinator acts on, then what waits on others; completed (any
// uncancelled interview that has ended, as effectiveStatus() says) and cancelled last.
function statusRank(now: string) {
  return sql<number>`case
    when interviews.status = 'cancelled' then 5 when interviews.ends_at <= ${now} then 4
    when interviews.status = 'needs_attention' then 0
    when interviews.status = 'awaiting_confirmation' then 1
    when interviews.status = 'draft' then 2 else 3 end`;
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
  // Counted over the filters, before the cursor narrows them to one page.
  const counting = query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
  const byStatus = options.sort === 'status';
  const rankOf = statusRank(nowText);
  if (options.cursor) {
    const key = decodeCursor(options.cursor, byStatus ? 3 : 2);
    const rank = byStatus ? Number(key?.[0]) : 0;
    if (!key || !Number.isInteger(rank)) {
      invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    }
    query = byStatus
      ? query.where(
          sql<SqlBool>`(${rankOf}, interviews.starts_at, interviews.id) > (${rank}, ${key[1]}, ${key[2]})`,
        )
      : query.where(afterCursor(['starts_at', 'id'], [key[0] as string, key[1] as string]));
  }
  const rows = await (byStatus ? query.select(rankOf.as('status_rank')) : query)
    .orderBy(byStatus ? rankOf : 'starts_at')
    .orderBy(byStatus ? 'starts_at' : 'id')
    .$if(byStatus, (q) => q.orderBy('id'))
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1] : undefined;
  const cursor = last && [
    ...(byStatus ? [String((last as { status_rank?: number }).status_rank)] : []),
    last.starts_at,
    last.id,
  ];
  return {
    items: await toInterviews(db, page, now, { withDelivery: false }),
    nextCursor: cursor ? encodeCursor(cursor) : null,
    ...(options.withTotal ? { total: Number((await counting.executeTakeFirstOrThrow()).n) } : {}),
  };
}

// Mirrors effectiveStatus(): 'completed' is any uncancelled interview that has ended.
function statusCondition(eb: Eb, status: InterviewStatus, now: string): Expression<SqlBool> {
  if (status === 'completed')
    return eb.and([eb('status', '!=', 'cancelled'), eb('ends_at', '<=', now)]);
  if (status === 'cancelled') return eb('status', '=', 'cancelled');
  return eb.and([eb('status', '=', status), eb('ends_at', '>', now)]);
}

// Title, job, the candidate's name or email, or an interviewer's name: accents and case do not
// count ("muller" finds "Müller", db/search.ts).
function matches(eb: Eb, q: string): Expression<SqlBool> {
  const pattern = searchPattern(q);
  return eb.or([
    foldedLike(sql`interviews.title`, pattern),
    foldedLike(sql`interviews.job_title`, pattern),
    eb.exists(
      eb
        .selectFrom('candidates as c')
        .select('c.id')
        .whereRef('c.id', '=', 'interviews.candidate_id')
        .where((c) =>
          c.or([
            foldedLike(sql`c.first_name || ' ' || c.last_name`, pattern),
            foldedLike(sql`c.email`, pattern),
          ]),
        ),
    ),
    eb.exists(
      eb
        .selectFrom('participants as p')
        .select('p.id')
        .whereRef('p.interview_id', '=', 'interviews.id')
        .where('p.role', '=', 'interviewer')
        .where(foldedLike(sql`p.name`, pattern)),
    ),
  ]);
}

function instant(field: string, value: string): string {
  const at = Date.parse(value);
  if (Number.isNaN(at)) invalid([{ field, message: 'must be an ISO 8601 date or date-time' }]);
  return toDbTime(new Date(at));
}
