import type { Invitation } from '../shapes/types.js';

/** The one-off notices after a form post: an answer, or the candidate's own change. */
export const INVITATION_NOTICES = [
  'confirmed',
  'declined',
  'already',
  'rescheduled',
  'cancelled',
  'proposed',
] as const;
export type InvitationNotice = (typeof INVITATION_NOTICES)[number];

/**
 * Everything the recipient's Interview Details page shows: the participant's view of their
 * interview (the shape its JSON twin answers with, GET /api/v1/invitations/:token), plain data
 * already looked up, and what this one response needs besides.
 */
export interface InvitationPageView extends Omit<Invitation, 'respondedAt'> {
  /** The CSP nonce the route sends with this response. */
  nonce: string;
  /** Used only to build the form actions and links under `/i/<token>/`. */
  token: string;
  /** A one-off notice after a POST redirect. */
  notice: InvitationNotice | null;
}
