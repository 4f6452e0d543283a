import type { RootDb } from '../db/database.js';
import { recordEvent, userActor } from '../db/events.js';
import { toDbTime } from '../db/time.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { loadMessageContext } from '../messages/message-context.js';
import { queueMessages } from '../messages/queue-messages.js';
import type { Proposal } from '../shapes/types.js';
import { assertOpenInterview } from './assert-open.js';
import { toProposal } from './list-proposals.js';
import { lockInterview } from './lock-interview.js';
import { lockOpenProposal } from './settle-proposals.js';

export interface DeclineProposalOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  proposalId: string;
  settings: MailSettings;
  now?: Date;
}

/**
 * The coordinator refuses a proposed time: the proposal is marked declined and its author gets
 * a METHOD:DECLINECOUNTER of their own event at the SEQUENCE they hold (their calendar shows the
 * proposal refused; the event stays as it is), with Convene's wording pointing them back to
 * their Interview Link. Nothing else changes: their decline stands until they answer again.
 * 404 for a proposal not on this interview; 409 once it is no longer open or the interview closed.
 */
export async function declineProposal(options: DeclineProposalOptions): Promise<Proposal> {
  const { db, actor, interviewId, proposalId, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  return db.transaction().execute(async (trx) => {
    const interview = await lockInterview(trx, interviewId);
    assertOpenInterview(interview, now);
    const proposal = await lockOpenProposal(trx, interviewId, proposalId);
    const context = await loadMessageContext(trx, interview, actor, settings);
    const author = context.participants.find((p) => p.id === proposal.participant_id);
    // Only someone who holds an event can be told about it in their calendar.
    const told = author && context.sentSequences.has(author.id) ? [author] : [];
    if (told.length > 0) {
      await queueMessages(trx, {
        context,
        recipients: told,
        kind: 'declinecounter',
        contents: undefined,
        now,
      });
    }
    const stamp = toDbTime(now);
    const declined = { ...proposal, state: 'declined' as const, decided_at: stamp };
    await trx
      .updateTable('proposals')
      .set({ state: 'declined', decided_at: stamp, decided_by: actor.userId })
      .where('id', '=', proposal.id)
      .execute();
    await recordEvent(trx, {
      interviewId,
      type: 'proposal.declined',
      actor: userActor(actor),
      data: {
        proposalId: proposal.id,
        participantId: proposal.participant_id,
        name: author?.name ?? null,
        startsAt: proposal.starts_at,
        endsAt: proposal.ends_at,
        notified: told.length,
      },
      at: now,
    });
    return toProposal({ ...declined, decided_by: actor.userId });
  });
}
