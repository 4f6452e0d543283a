/**
 * What is known of who sent a calendar reply: Convene's own DKIM/SPF/DMARC check when its
 * listener received the mail, the mailbox provider's (its Authentication-Results) when read
 * over IMAP, or nothing. Recorded with every answer it carries.
 */
export interface SenderCheck {
  /** `convene`: checked on receipt; `provider`: as the named authserv-id reported; `none`. */
  by: 'convene' | 'provider' | 'none';
  /** The provider's authserv-id, when `by` is `provider`. */
  authservId?: string;
  /** The RFC 5322 From address, lower-cased, or null when there is none. */
  from: string | null;
  /** `pass`, `fail`, `none`, `neutral`, `softfail`, `temperror`, `permerror`, or `unchecked`. */
  dkim: string;
  spf: string;
  dmarc: string;
  /** The From domain's published DMARC policy, when known. */
  dmarcPolicy: 'none' | 'quarantine' | 'reject' | null;
}

export const UNCHECKED: SenderCheck = {
  by: 'none',
  from: null,
  dkim: 'unchecked',
  spf: 'unchecked',
  dmarc: 'unchecked',
  dmarcPolicy: null,
};

/**
 * Why a reply's sender is refused, or null. Only a DMARC failure for a domain that asks
 * receivers to refuse or quarantine such mail is refused: its owner says the mail is not theirs.
 * Anything weaker is recorded, not refused, since forwarding (the listener's usual feed) breaks
 * SPF, and the invite's own UID is what proves the answer.
 */
export function senderRefusal(check: SenderCheck): string | null {
  if (check.dmarc !== 'fail') return null;
  if (check.dmarcPolicy !== 'reject' && check.dmarcPolicy !== 'quarantine') return null;
  const domain = check.from?.split('@')[1] ?? 'the sender';
  return `the sender's domain ${domain} does not vouch for it (DMARC fail, p=${check.dmarcPolicy})`;
}

/**
 * Whether the mail provably comes from `address`: DMARC passed for the From domain and From is
 * that address. What a reply to an invite sent before events were per participant (a UID the
 * whole panel shared) must show, since its UID proves nothing.
 */
export function provesSender(check: SenderCheck, address: string): boolean {
  return check.by !== 'none' && check.dmarc === 'pass' && check.from === address.toLowerCase();
}

/** The check as recorded in the timeline: results only. */
export function senderSummary(check: SenderCheck): Record<string, string | null> {
  return {
    by: check.authservId ? `${check.by} (${check.authservId})` : check.by,
    from: check.from,
    dkim: check.dkim,
    spf: check.spf,
    dmarc: check.dmarc,
  };
}
