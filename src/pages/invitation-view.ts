/** A participant role as the recipient page names it. */
export type ParticipantRole = 'candidate' | 'interviewer';

/** Everything the recipient's Interview Details page shows; plain data, already looked up. */
export interface InvitationPageView {
  /** The CSP nonce the route sends with this response. */
  nonce: string;
  /** Used only to build the form actions `/i/<token>/confirm` and `/i/<token>/decline`. */
  token: string;
  companyName: string;
  /** The interview's title, e.g. "Technical interview". */
  title: string;
  jobTitle: string | null;
  recipient: { name: string; role: ParticipantRole };
  when: {
    /** ISO 8601 UTC. */
    startsAt: string;
    /** ISO 8601 UTC. */
    endsAt: string;
    /** Formatted in the recipient's zone, e.g. "Tuesday, 3 March 2026, 10:00 – 11:30 (Europe/Berlin)". */
    text: string;
    /** The IANA zone `text` is written in. */
    timeZone: string;
  };
  location: string | null;
  meetingUrl: string | null;
  notes: string | null;
  /** Who takes part: the candidate and the interviewers, names only. */
  people: Array<{ name: string; role: ParticipantRole }>;
  organizer: { name: string; email: string };
  attendance: 'pending' | 'confirmed' | 'declined';
  declineReason: string | null;
  interviewStatus:
    | 'draft'
    | 'awaiting_confirmation'
    | 'scheduled'
    | 'needs_attention'
    | 'cancelled'
    | 'completed';
  /** false once the interview is cancelled or over: no buttons then, and a line saying why. */
  canRespond: boolean;
  /** A one-off notice after a POST redirect. */
  notice: 'confirmed' | 'declined' | 'already' | null;
}
