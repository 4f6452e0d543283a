import { randomUUID } from 'node:crypto';
import * as base64 from 'nodemailer/lib/base64';
import * as mimeFuncs from 'nodemailer/lib/mime-funcs';
import * as qp from 'nodemailer/lib/qp';
import { type FieldIssue, invalid } from '../domain/errors.js';
import type { CalendarMethod } from '../domain/messages.js';
import { isEmailAddress } from '../domain/text-rules.js';

/** One message to one participant, as the outbox stores it before it is composed. */
export interface OutgoingMessage {
  /** Stable across retries, e.g. `<uuid@convene.example.com>`, so clients drop a duplicate. */
  messageId: string;
  from: { name: string; email: string };
  to: { name: string; email: string };
  /** Where a typed reply goes (the coordinator who sent the invites); none: the From mailbox. */
  replyTo?: { name: string; email: string } | undefined;
  subject: string;
  html: string;
  text: string;
  /** iCalendar text whose METHOD matches `method`. */
  calendar?: { method: CalendarMethod; content: string };
  date?: Date;
  /** Extra headers such as `X-Convene-Message`; the ones composing sets itself are refused. */
  headers?: Record<string, string>;
}

// A bare msg-id (RFC 5322 §3.6.4): no spaces, controls or nested brackets.
const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;
// RFC 5322 field name: printable ASCII except the colon.
const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]+$/;
// Set from the message itself or by the MIME tree; a custom copy would add a recipient or
// break the structure.
const RESERVED_HEADERS = new Set([
  'from',
  'sender',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'return-path',
]);

/**
 * Composes the raw RFC 5322 message once, so that SMTP and the development mailbox carry the
 * same bytes. A calendar becomes the iMIP tree nodemailer's `icalEvent` builds: a text/calendar
 * alternative with the method in its Content-Type, and the same text attached as invite.ics.
 *
 * The tree is always this one shape, so it is written directly with nodemailer's own encoders
 * (RFC 2047 words, header folding, quoted-printable, base64) instead of its streaming
 * MailComposer, which spends most of a bulk send's composing time on streams and per-part
 * randomness (ADR 007). compose-message.test.ts holds both to the same parsed result.
 */
export async function composeMessage(message: OutgoingMessage): Promise<Buffer> {
  assertOutgoingMessage(message);
  const base = randomUUID().replace(/-/g, '');
  let parts = 0;
  const boundary = () => `--_NmP-${base}-Part_${++parts}`;
  const head: string[] = [
    ...Object.entries(message.headers ?? {}).map(([name, value]) =>
      header(name, encodeText(headerText(value))),
    ),
    header('From', address(message.from)),
    header('To', address(message.to)),
    ...(message.replyTo ? [header('Reply-To', address(message.replyTo))] : []),
    header('Subject', encodeText(headerText(message.subject))),
    header('Message-ID', message.messageId),
    header('Date', (message.date ?? new Date()).toUTCString().replace(/GMT/, '+0000')),
    'MIME-Version: 1.0',
  ];
  const alternatives = [
    textPart('text/plain; charset=utf-8', message.text),
    textPart('text/html; charset=utf-8', message.html),
  ];
  const { calendar } = message;
  if (!calendar) return finish(head, multipart('multipart/alternative', boundary(), alternatives));
  const mixed = boundary();
  const alternative = multipart('multipart/alternative', boundary(), [
    ...alternatives,
    textPart(`text/calendar; charset=utf-8; method=${calendar.method}`, calendar.content),
  ]);
  const attachment = [
    'Content-Type: application/ics; name=invite.ics',
    'Content-Disposition: attachment; filename=invite.ics',
    'Content-Transfer-Encoding: base64',
    '',
    base64.wrap(base64.encode(Buffer.from(calendar.content, 'utf8')), 76),
  ].join(CRLF);
  return finish(head, multipart('multipart/mixed', mixed, [alternative, attachment]));
}

const CRLF = '\r\n';

function finish(head: string[], body: string): Buffer {
  return Buffer.from(`${head.join(CRLF)}${CRLF}${body}`, 'utf8');
}

/** A multipart entity: its Content-Type header, a blank line, then each part between delimiters. */
function multipart(type: string, boundary: string, parts: string[]): string {
  return [
    header('Content-Type', `${type};\r\n boundary="${boundary}"`, false),
    '',
    ...parts.map((part) => `--${boundary}${CRLF}${part}`),
    `--${boundary}--${CRLF}`,
  ].join(CRLF);
}

// Text stays 7bit when it is plain ASCII with short lines, as nodemailer decides; anything else
// is quoted-printable. Line breaks become CRLF first, so the stored copy is what SMTP carries.
function textPart(contentType: string, content: string): string {
  const body = content.replace(/\r\n|\r|\n/g, CRLF);
  const plain = mimeFuncs.isPlainText(body) && !mimeFuncs.hasLongerLines(body, 76);
  return [
    `Content-Type: ${contentType}`,
    `Content-Transfer-Encoding: ${plain ? '7bit' : 'quoted-printable'}`,
    '',
    plain ? body : qp.wrap(qp.encode(body), 76),
  ].join(CRLF);
}

function header(name: string, value: string, fold = true): string {
  return fold ? mimeFuncs.foldLines(`${name}: ${value}`, 76) : `${name}: ${value}`;
}

// An unstructured value (Subject, custom headers) becomes RFC 2047 words only where it must.
function encodeText(value: string): string {
  return mimeFuncs.encodeWords(value, 'Q', 52);
}

// "Name <address>": a name of letters, digits and spaces as it is, other ASCII quoted, anything
// else an RFC 2047 word; the address was checked by assertOutgoingMessage.
function address({ name, email }: { name: string; email: string }): string {
  const shown = headerText(name);
  if (!shown) return email;
  if (/^[\w ]*$/.test(shown)) return `${shown} <${email}>`;
  if (/^[\x20-\x7e]*$/.test(shown)) return `${mimeFuncs.quoteString(shown)} <${email}>`;
  return `${mimeFuncs.encodeWord(shown, 'Q', 52)} <${email}>`;
}

function assertOutgoingMessage(message: OutgoingMessage): void {
  const issues: FieldIssue[] = [];
  const issue = (field: string, text: string) => issues.push({ field, message: text });
  if (!MESSAGE_ID.test(message.messageId)) issue('messageId', 'must look like <id@host>');
  if (!isEmailAddress(message.from.email)) issue('from.email', 'must be an email address');
  if (!isEmailAddress(message.to.email)) issue('to.email', 'must be an email address');
  if (message.replyTo && !isEmailAddress(message.replyTo.email)) {
    issue('replyTo.email', 'must be an email address');
  }
  for (const name of Object.keys(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) {
      issue(`headers.${name}`, 'is not a header name');
    } else if (RESERVED_HEADERS.has(name.toLowerCase())) {
      issue(`headers.${name}`, 'is set by Convene');
    }
  }
  const calendar = message.calendar;
  // RFC 6047 §2.4: the Content-Type method must equal the body's METHOD.
  if (calendar && calendarMethod(calendar.content) !== calendar.method) {
    issue('calendar.method', `must equal the calendar's METHOD (${calendar.method})`);
  }
  if (issues.length > 0) invalid(issues);
}

function calendarMethod(content: string): string | undefined {
  return /^METHOD:([^\r\n]*)\r?$/m.exec(content)?.[1]?.trim().toUpperCase();
}

// nodemailer folds CRLF into a space itself, but a name would keep other controls (and an
// encoded CR LF) after decoding; every control becomes one space, as a header reads.
function headerText(value: string): string {
  return (
    value
      .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
      // Text shaped like an RFC 2047 encoded word ("=?UTF-8?Q?…=0D=0A…?=") would be decoded by
      // mail readers into line breaks; a zero-width space keeps it plain text.
      .replace(/=\?/g, '=\u200b?')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}
