import { catalog } from '../catalog.js';

/**
 * Cancel interview's confirmation, asked from Manage Interviews and Interview Details: an area of
 * its own, so the first screen carries these few words and not all of Interview Details'.
 */
export const cancelInterview = catalog('cancel-interview', {
  'cancel.title': 'Cancel this interview?',
  'cancel.bodySent':
    '{title} with {candidate} will be cancelled. Everyone invited gets a calendar cancellation.',
  'cancel.bodyUnsent':
    '{title} with {candidate} will be cancelled. No invites were sent, so nobody is notified.',
  'cancel.reason': 'Reason (optional)',
  'cancel.reasonHint': 'Kept in the interview’s timeline',
  'cancel.confirm': 'Cancel interview',
  'cancel.keep': 'Keep interview',
  'cancel.done': 'Interview cancelled',
  'cancel.doneMessage': '{title} with {candidate} is cancelled.',
  'cancel.error': 'Could not cancel the interview',
});
