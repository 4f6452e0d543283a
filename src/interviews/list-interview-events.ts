import type { Queryable } from '../db/database.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { InterviewEvent } from '../shapes/types.js';
import { assertInterviewVisible } from './assert-visible.js';

export interface ListInterviewEventsOptions {
  db: Queryable;
  actor: Actor;
  interviewId: string;
}

/** The audit trail of an interview, oldest first: who did what, when. */
export async function listInterviewEvents(
  options: ListInterviewEventsOptions,
): Promise<InterviewEvent[]> {
  const { db, actor, interviewId } = options;
  assertCan(actor, 'interviews:read');
  await assertInterviewVisible(db, actor, interviewId);
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    actor: { type: r.actor_type, id: r.actor_id, name: r.actor_name },
    data: JSON.parse(r.data) as Record<string, unknown>,
    at: r.created_at,
  }));
}
