import type { Transaction } from '../db/database.js';
import type { ProposalsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { AppError } from '../domain/errors.js';

/** An open proposal of this interview, held for the transaction; 404/409 otherwise. */
export async function lockOpenProposal(
  trx: Transaction,
  interviewId: string,
  proposalId: string,
): Promise<ProposalsTable> {
  const proposal = await trx
    .selectFrom('proposals')
    .selectAll()
    .where('id', '=', proposalId)
    .where('interview_id', '=', interviewId)
    .executeTakeFirst();
  if (!proposal) throw new AppError('not_found', `No proposal ${proposalId} on this interview.`);
  if (proposal.state !== 'open') {
    throw new AppError('conflict', `This proposal is already ${proposal.state}.`, {
      state: proposal.state,
    });
  }
  return proposal;
}

/**
 * Once the interview moves or is cancelled, its open proposals ask nothing any more: the one
 * accepted (if any) is marked so, the others withdrawn, all by the coordinator who acted (null
 * when the candidate moved or cancelled it themselves, ADR 016).
 */
export async function settleProposals(
  trx: Transaction,
  options: {
    interviewId: string;
    acceptedId?: string | undefined;
    userId: string | null;
    now: Date;
  },
): Promise<void> {
  const stamp = toDbTime(options.now);
  const decided = { decided_at: stamp, decided_by: options.userId };
  if (options.acceptedId) {
    await trx
      .updateTable('proposals')
      .set({ state: 'accepted', ...decided })
      .where('id', '=', options.acceptedId)
      .where('state', '=', 'open')
      .execute();
  }
  await trx
    .updateTable('proposals')
    .set({ state: 'withdrawn', ...decided })
    .where('interview_id', '=', options.interviewId)
    .where('state', '=', 'open')
    .execute();
}
