import type { Invitation } from '../shapes/types.js';

/**
 * Everything the recipient's Interview Details page shows: the participant's view of their
 * interview (the shape its JSON twin answers with, GET /api/v1/invitations/:token), plain data
 * already looked up, and what this one response needs besides.
 */
export interface InvitationPageView extends Omit<Invitation, 'respondedAt'> {
  /** The CSP nonce the route sends with this response. */
  nonce: string;
  /** Used only to build the form actions `/i/<token>/confirm` and `/i/<token>/decline`. */
  token: string;
  /** A one-off notice after a POST redirect. */
  notice: 'confirmed' | 'declined' | 'already' | null;
}
