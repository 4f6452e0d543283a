import type { RootDb } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Interview } from '../shapes/types.js';
import { updateInterview } from './update-interview.js';

export interface AcceptProposalOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  proposalId: string;
  /** The interview's version the coordinator saw (as for a reschedule). */
  version: number;
  settings: MailSettings;
  now?: Date;
}

/**
 * The coordinator takes a proposed time: the interview is rescheduled to it exactly as a
 * reschedule is (everyone gets an update of their own event and confirms again), the proposal
 * is marked accepted and the interview's other open proposals withdrawn, in one transaction.
 * 404 for a proposal not on this interview; 409 once it is no longer open.
 */
export async function acceptProposal(options: AcceptProposalOptions): Promise<Interview> {
  const { db, actor, interviewId, proposalId } = options;
  assertCan(actor, 'interviews:write');
  // The times are read here; the transaction holds the interview and checks the proposal is
  // still open (a newer proposal from the same person replaces it under the same lock).
  const proposal = await db
    .selectFrom('proposals')
    .select(['starts_at', 'ends_at'])
    .where('id', '=', proposalId)
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  if (!proposal) throw new AppError('not_found', `No proposal ${proposalId} on this interview.`);
  const minutes = (Date.parse(proposal.ends_at) - Date.parse(proposal.starts_at)) / 60_000;
  return updateInterview({
    db,
    actor,
    interviewId,
    version: options.version,
    changes: { startsAt: proposal.starts_at, durationMinutes: minutes },
    settings: options.settings,
    acceptedProposalId: proposalId,
    now: options.now,
  });
}
