import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Queryable, RootDb } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import { AppError, invalid } from '../domain/errors.js';
import type { InterviewStatus } from '../domain/interview-status.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { assertOpenInterview } from '../interviews/assert-open.js';
import { lockInterview } from '../interviews/lock-interview.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { resolveInviteContents } from '../messages/invite-content.js';
import { loadMessageContexts } from '../messages/message-context.js';
import type { BulkSendResult, InviteChoice } from '../shapes/types.js';
import {
  applyInvitesBatch,
  buildInvites,
  markTemplatesUsed,
  type PreparedInvites,
  prepareInvites,
} from './send-invites.js';

/** At most this many interviews per request: a hiring day, not a whole pipeline. */
export const MAX_BULK_INTERVIEWS = 500;
// Interviews written per transaction: one commit for many sends is most of the gain, and a
// chunk stays short enough that other requests are not kept waiting behind it. A chunk also
// holds at most CHUNK_MESSAGES messages, so an interview panel of 20 does not make a chunk of
// 1,050 (better-sqlite3 runs a transaction without yielding: the whole chunk is one stall).
const CHUNK = 50;
const CHUNK_MESSAGES = 150;

export interface SendInvitesBulkOptions {
  db: RootDb;
  actor: Actor;
  interviewIds: string[];
  candidate: InviteChoice;
  interviewer: InviteChoice;
  settings: MailSettings;
  now?: Date;
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
  for (const chunk of await planChunks(db, ids)) {
    // Other requests get the event loop between chunks and between interviews: on SQLite every
    // query here completes without waiting for I/O, so nothing else would run until the end.
    await nextTurn();
    // Rendering and composing take most of a send's time and need no lock: they run first,
    // from a snapshot, so the write transaction below holds SQLite's single write lock (or the
    // rows' locks on PostgreSQL) only for the writes, and the outbox worker is not kept waiting.
    const contents = await resolveInviteContents(db, {
      candidate: options.candidate,
      interviewer: options.interviewer,
    });
    const snapshots = await db
      .selectFrom('interviews')
      .selectAll()
      .where('id', 'in', chunk)
      .execute();
    const open = snapshots.filter((interview) => isOpen(interview, now));
    const contexts = await loadMessageContexts(db, open, actor, settings);
    const drafts = new Map<string, PreparedInvites | AppError>();
    for (const context of contexts.values()) {
      drafts.set(
        context.interview.id,
        await refusal(() => buildInvites({ context, contents, actor, now })),
      );
      await nextTurn();
    }
    const outcome = await db.transaction().execute(async (trx) => {
      const outcome: BulkSendResult = { sent: [], failed: [] };
      const ready: PreparedInvites[] = [];
      for (const interviewId of chunk) {
        // Everything that may refuse one interview runs before any write of the chunk, so
        // catching the refusal leaves nothing of it behind and the transaction usable (no SQL
        // failed).
        const invites = await refusal(async () => {
          const interview = await lockInterview(trx, interviewId);
          const draft = drafts.get(interviewId);
          if (draft && !(draft instanceof AppError) && unchanged(draft.interview, interview)) {
            return draft;
          }
          // Changed since the snapshot (or refused then): decided again on what is locked now.
          assertOpenInterview(interview, now);
          return prepareInvites(trx, { interview, contents, actor, settings, now });
        });
        if (invites instanceof AppError) {
          outcome.failed.push({
            interviewId,
            error: { code: invites.code, message: invites.message },
          });
        } else {
          ready.push(invites);
        }
      }
      const statuses = await applyInvitesBatch(trx, ready);
      ready.forEach((invites, i) => {
        outcome.sent.push({
          interviewId: invites.interview.id,
          status: statuses[i] as InterviewStatus,
        });
      });
      if (ready.length > 0) {
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

/**
 * The interviews (sorted ids) in chunks of at most CHUNK interviews and CHUNK_MESSAGES
 * messages (one per participant), in id order; an interview with a larger panel is a chunk of
 * its own, and one that does not exist counts no messages (it is reported as not found).
 */
async function planChunks(db: Queryable, ids: string[]): Promise<string[][]> {
  const rows = await db
    .selectFrom('participants')
    .select(['interview_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('interview_id', 'in', ids)
    .groupBy('interview_id')
    .execute();
  const panel = new Map(rows.map((row) => [row.interview_id, Number(row.n)]));
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let messages = 0;
  for (const id of ids) {
    const size = panel.get(id) ?? 0;
    if (chunk.length > 0 && (chunk.length >= CHUNK || messages + size > CHUNK_MESSAGES)) {
      chunks.push(chunk);
      chunk = [];
      messages = 0;
    }
    chunk.push(id);
    messages += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

// Every change to an interview or its participants goes through applyStatus, which stamps
// updated_at; edits also raise version, sends raise sequence.
function unchanged(before: InterviewsTable, now: InterviewsTable): boolean {
  return (
    before.updated_at === now.updated_at &&
    before.version === now.version &&
    before.sequence === now.sequence &&
    before.status === now.status
  );
}

// Whether a snapshot may be drafted; one that is not is refused again, with its reason, once
// locked.
function isOpen(interview: InterviewsTable, now: Date): boolean {
  try {
    assertOpenInterview(interview, now);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

// A refusal of one interview (an AppError) as a value; anything else is a real failure.
async function refusal<T>(work: () => Promise<T>): Promise<T | AppError> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}
