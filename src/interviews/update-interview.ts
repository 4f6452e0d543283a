import type { RootDb } from '../db/database.js';
import { userActor } from '../db/events.js';
import { AppError } from '../domain/errors.js';
import { assertInterviewFields } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { MailSettings } from '../mail/mail-settings.js';
import type { Interview } from '../shapes/types.js';
import { assertOpenInterview } from './assert-open.js';
import { changeInterview, type InterviewChanges } from './change-interview.js';
import { loadInterview } from './interview-view.js';
import { lockInterview } from './lock-interview.js';
import { lockOpenProposal } from './settle-proposals.js';

export type { InterviewChanges } from './change-interview.js';

export interface UpdateInterviewOptions {
  db: RootDb;
  actor: Actor;
  interviewId: string;
  /** The version the caller last saw; a newer one in the database means someone else edited. */
  version: number;
  changes: InterviewChanges;
  settings: MailSettings;
  /** The participant's proposal this reschedule takes (acceptProposal): marked accepted. */
  acceptedProposalId?: string | undefined;
  now?: Date;
}

/**
 * Edits or reschedules an interview. Once invites are out, every participant gets an update of
 * their own calendar event (their SEQUENCE + 1) and the interview's revision rises; a new time
 * or place also resets attendance to pending (change-interview.ts, shared with a candidate's
 * own reschedule).
 */
export async function updateInterview(options: UpdateInterviewOptions): Promise<Interview> {
  const { db, actor, interviewId, changes, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  assertInterviewFields(changes, now);
  return db.transaction().execute(async (trx) => {
    const current = await lockInterview(trx, interviewId);
    if (current.version !== options.version) {
      throw new AppError(
        'conflict',
        'Someone else changed this interview: reload it and try again.',
        {
          currentVersion: current.version,
        },
      );
    }
    assertOpenInterview(current, now);
    const proposalId = options.acceptedProposalId;
    if (proposalId) await lockOpenProposal(trx, interviewId, proposalId);
    const sent = current.invites_sent_at !== null;
    if (sent && changes.candidateId !== undefined && changes.candidateId !== current.candidate_id) {
      throw new AppError(
        'conflict',
        'The candidate cannot change after invites were sent: cancel and create a new interview.',
      );
    }
    await changeInterview(trx, {
      current,
      changes,
      organizer: actor,
      actor: userActor(actor),
      decidedBy: actor.userId,
      acceptedProposalId: proposalId,
      eventData: proposalId ? { proposalId } : undefined,
      settings,
      now,
    });
    return loadInterview(trx, interviewId, now);
  });
}
