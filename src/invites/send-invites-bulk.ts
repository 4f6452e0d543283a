import type { Transaction } from '../db/database.js';
import { AppError, invalid } from '../domain/errors.js';
import type { InterviewStatus } from '../domain/interview-status.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { lockInterview } from '../interviews/lock-interview.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { assertOpenInterview } from './assert-open.js';
import { type InviteChoice, resolveInviteContents } from './invite-content.js';
import { applyInvites, markTemplatesUsed, prepareInvites } from './send-invites.js';

/** At most this many interviews per request: a hiring day, not a whole pipeline. */
export const MAX_BULK_INTERVIEWS = 500;
// Interviews written per transaction: one commit for many sends is most of the gain, and a
// chunk stays short enough that other requests are not kept waiting behind it.
const CHUNK = 50;

export interface SendInvitesBulkOptions {
  db: Transaction;
  actor: Actor;
  interviewIds: string[];
  candidate: InviteChoice;
  interviewer: InviteChoice;
  settings: MailSettings;
  now?: Date;
}

export interface BulkSendResult {
  sent: Array<{ interviewId: string; status: InterviewStatus }>;
  failed: Array<{ interviewId: string; error: { code: string; message: string } }>;
}

/**
 * Send Invites for many interviews with the same two templates: each interview exactly as a
 * single Send Invites would (its own status, sequence, events and messages). An interview that
 * cannot be sent (unknown, cancelled, over, or with data a meeting request refuses) is listed
 * under `failed` and the others go on; wording that is not valid fails the whole request before
 * anything is written. Interviews are written in chunks, each its own transaction, in id order
 * so that two bulk sends lock shared interviews in the same order.
 */
export async function sendInvitesBulk(options: SendInvitesBulkOptions): Promise<BulkSendResult> {
  const { db, actor, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  const ids = [...new Set(options.interviewIds)].sort();
  if (ids.length === 0) {
    invalid([{ field: 'interviewIds', message: 'must name at least one interview' }]);
  }
  if (ids.length > MAX_BULK_INTERVIEWS) {
    invalid([
      { field: 'interviewIds', message: `must name at most ${MAX_BULK_INTERVIEWS} interviews` },
    ]);
  }
  const result: BulkSendResult = { sent: [], failed: [] };
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const outcome = await db.transaction().execute(async (trx) => {
      const outcome: BulkSendResult = { sent: [], failed: [] };
      const contents = await resolveInviteContents(trx, {
        candidate: options.candidate,
        interviewer: options.interviewer,
      });
      for (const interviewId of chunk) {
        // Everything that may refuse one interview runs before its first write, so catching
        // the refusal leaves nothing of it behind and the transaction usable (no SQL failed).
        let invites: Awaited<ReturnType<typeof prepareInvites>>;
        try {
          const interview = await lockInterview(trx, interviewId);
          assertOpenInterview(interview, now);
          invites = await prepareInvites(trx, { interview, contents, actor, settings, now });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcome.failed.push({
            interviewId,
            error: { code: error.code, message: error.message },
          });
          continue;
        }
        const status = await applyInvites(trx, invites);
        outcome.sent.push({ interviewId, status });
      }
      if (outcome.sent.length > 0) {
        await markTemplatesUsed(
          trx,
          [contents.candidate.templateId, contents.interviewer.templateId],
          now,
        );
      }
      return outcome;
    });
    result.sent.push(...outcome.sent);
    result.failed.push(...outcome.failed);
  }
  return result;
}
