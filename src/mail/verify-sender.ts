import { authenticate } from 'mailauth';
import parseDkimHeaders from 'mailauth/lib/parse-dkim-headers.js';
import addressparser from 'nodemailer/lib/addressparser';
import { type SenderCheck, UNCHECKED } from '../domain/reply-sender.js';

/** DNS as mailauth asks it (`dns.promises.resolve`'s shape); a test serves its own zone. */
export type DnsResolver = (name: string, rrtype: string) => Promise<string[] | string[][]>;

export interface ReceiptFacts {
  /** The SMTP client's address. */
  ip: string;
  /** Its HELO/EHLO name. */
  helo: string | undefined;
  /** The envelope sender (MAIL FROM). */
  mailFrom: string | undefined;
  /** This host's name, as written in the results. */
  mta: string;
  resolver?: DnsResolver | undefined;
}

/**
 * Checks DKIM, SPF and DMARC of a message Convene's listener received itself, with mailauth
 * (the library of nodemailer's author). DNS failures come back as temperror, never thrown.
 */
export async function checkSenderOnReceipt(raw: Buffer, facts: ReceiptFacts): Promise<SenderCheck> {
  const result = await authenticate(raw, {
    ip: facts.ip,
    helo: facts.helo,
    sender: facts.mailFrom,
    mta: facts.mta,
    disableArc: true,
    disableBimi: true,
    ...(facts.resolver ? { resolver: facts.resolver } : {}),
  });
  const signatures = result.dkim?.results ?? [];
  const dkim = signatures.some((s) => s.status?.result === 'pass')
    ? 'pass'
    : (signatures[0]?.status?.result ?? 'none');
  const dmarc = result.dmarc || undefined;
  return {
    by: 'convene',
    from: fromAddress(headerValues(raw, 'from')[0]),
    dkim,
    spf: (result.spf || undefined)?.status?.result ?? 'none',
    dmarc: dmarc?.status?.result ?? 'none',
    dmarcPolicy: policy(dmarc?.policy),
  };
}

/**
 * The mailbox provider's verdict, from the topmost `Authentication-Results` header whose
 * authserv-id is the configured one (RFC 8601): the provider adds it above everything the
 * sender wrote, so a forged header with the same id sits below it and is not read. Without a
 * configured id, or without such a header, nothing is known.
 */
export function senderFromProvider(raw: Buffer, authservId: string | undefined): SenderCheck {
  const from = fromAddress(headerValues(raw, 'from')[0]);
  if (!authservId) return { ...UNCHECKED, from };
  for (const value of headerValues(raw, 'authentication-results')) {
    const { parsed } = parseDkimHeaders(`Authentication-Results: ${value}`);
    if (parsed.value?.toLowerCase() !== authservId.toLowerCase()) continue;
    const dkimResults = (Array.isArray(parsed.dkim) ? parsed.dkim : []) as MethodResult[];
    const dmarc = parsed.dmarc as MethodResult | undefined;
    return {
      by: 'provider',
      authservId,
      from,
      dkim: dkimResults.some((d) => d.value === 'pass')
        ? 'pass'
        : (dkimResults[0]?.value ?? 'none'),
      spf: (parsed.spf as MethodResult | undefined)?.value ?? 'none',
      dmarc: dmarc?.value ?? 'none',
      // Google writes "(p=REJECT sp=REJECT dis=NONE)", Microsoft "action=none".
      dmarcPolicy: policy(/\bp=(\w+)/i.exec(dmarc?.comment ?? '')?.[1]),
    };
  }
  return { ...UNCHECKED, from };
}

interface MethodResult {
  value?: string;
  comment?: string;
}

function policy(value: string | undefined): SenderCheck['dmarcPolicy'] {
  const p = value?.toLowerCase();
  return p === 'none' || p === 'quarantine' || p === 'reject' ? p : null;
}

function fromAddress(value: string | undefined): string | null {
  if (!value) return null;
  const [first] = addressparser(value);
  const address = first && 'address' in first ? first.address : '';
  return address ? address.toLowerCase() : null;
}

// The header section's fields of one name, unfolded, top first. Reads at most 64 KB: headers
// beyond that are not a calendar reply's.
function headerValues(raw: Buffer, name: string): string[] {
  const text = raw.subarray(0, 64 * 1024).toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const head = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const prefix = `${name.toLowerCase()}:`;
  return head
    .split(/\r?\n/)
    .filter((line) => line.toLowerCase().startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());
}
