/** Send Invites for many interviews: a few per request, so the screen can show progress. */
import { api } from './api.js';
import type { invites } from './i18n/en/invites.js';
import type { Translate } from './i18n/text.js';
import type { BulkSendResult, InviteChoice } from './types.js';

/** Interviews per request: small enough that progress moves, large enough to stay quick. */
export const BULK_CHUNK = 5;

export interface SendInChunksOptions {
  interviewIds: string[];
  candidate: InviteChoice;
  interviewer: InviteChoice;
  /** Called after each request with what it sent and skipped. */
  onChunk(result: BulkSendResult): void;
  /** Asked before each request: true stops there (the request under way finishes). */
  stopped(): boolean;
  chunkSize?: number;
}

/**
 * Calls POST /invites for the interviews, a chunk at a time, one after another. A refusal of a
 * whole request (the invites' wording, the session) throws, and nothing after it is sent.
 * Answers whether it stopped early.
 */
export async function sendInvitesInChunks(options: SendInChunksOptions): Promise<boolean> {
  const { interviewIds, candidate, interviewer, chunkSize = BULK_CHUNK } = options;
  for (let start = 0; start < interviewIds.length; start += chunkSize) {
    if (options.stopped()) return true;
    const result = await api<BulkSendResult>('POST', '/invites', {
      interviewIds: interviewIds.slice(start, start + chunkSize),
      candidate,
      interviewer,
    });
    options.onChunk(result);
  }
  return false;
}

/**
 * Why one interview was not sent, as a sentence (the API's codes are for machines). The API's
 * own messages stay as sent, in English.
 */
export function skipReason(
  error: { code: string; message: string },
  t: Translate<typeof invites>,
): string {
  switch (error.code) {
    case 'not_found':
      return t('skip.notFound');
    case 'conflict':
      // "This interview was cancelled." / "This interview is already over."
      return error.message.replace(/^This interview/, 'It');
    case 'validation_error':
      return t('skip.invalid', { message: error.message });
    case 'forbidden':
      return t('skip.forbidden');
    default:
      return error.message;
  }
}
