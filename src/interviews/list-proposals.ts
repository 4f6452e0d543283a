import type { Queryable } from '../db/database.js';
import type { ProposalsTable } from '../db/schema.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Proposal } from '../shapes/types.js';
import { assertInterviewVisible } from './assert-visible.js';

export interface ListProposalsOptions {
  db: Queryable;
  actor: Actor;
  interviewId: string;
}

/** Every time proposed for an interview, newest first, open ones and decided ones alike. */
export async function listProposals(options: ListProposalsOptions): Promise<Proposal[]> {
  const { db, actor, interviewId } = options;
  assertCan(actor, 'interviews:read');
  await assertInterviewVisible(db, actor, interviewId);
  const rows = await db
    .selectFrom('proposals')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('created_at', 'desc')
    .orderBy('starts_at')
    .execute();
  return rows.map(toProposal);
}

/** A proposals row as the API shows it. */
export function toProposal(row: ProposalsTable): Proposal {
  return {
    id: row.id,
    interviewId: row.interview_id,
    participantId: row.participant_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    via: row.via,
    comment: row.comment,
    state: row.state,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}
