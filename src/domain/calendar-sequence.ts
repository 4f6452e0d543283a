/**
 * What a calendar message does to the recipient's event (RFC 5546 §2.1.4); a DECLINECOUNTER
 * changes nothing and answers the revision the recipient holds.
 */
export type CalendarChange = 'invite' | 'update' | 'cancel' | 'declinecounter';

/**
 * The SEQUENCE a participant's next calendar message carries, from the last one sent to that
 * participant (undefined: none yet). Every participant has an event of their own, so only what
 * they were sent counts: an invite or a resend without changes keeps it (RFC 5546 allows a
 * repeat at the same SEQUENCE with a newer DTSTAMP), an update or a cancellation raises it.
 */
export function nextSequence(change: CalendarChange, lastSent: number | undefined): number {
  if (lastSent === undefined) return 0;
  return change === 'invite' || change === 'declinecounter' ? lastSent : lastSent + 1;
}

/** Why a calendar reply at `answered` does not answer what was last sent, or null when it does. */
export function sequenceMismatch(answered: number, lastSent: number | undefined): string | null {
  if (lastSent === undefined) return 'no calendar invite was sent to this participant';
  if (answered < lastSent) {
    return `answers SEQUENCE ${answered}, but SEQUENCE ${lastSent} was sent since (the invite changed)`;
  }
  if (answered > lastSent) {
    return `answers SEQUENCE ${answered}, which was never sent (last sent ${lastSent})`;
  }
  return null;
}
