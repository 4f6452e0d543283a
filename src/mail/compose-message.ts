import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { type FieldIssue, invalid } from '../domain/errors.js';
import { isEmailAddress } from '../domain/text-rules.js';

/** One message to one participant, as the outbox stores it before it is composed. */
export interface OutgoingMessage {
  /** Stable across retries, e.g. `<uuid@convene.example.com>`, so clients drop a duplicate. */
  messageId: string;
  from: { name: string; email: string };
  to: { name: string; email: string };
  subject: string;
  html: string;
  text: string;
  /** iCalendar text whose METHOD matches `method`. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
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
 * same bytes. A calendar becomes nodemailer's iMIP tree: a text/calendar alternative with the
 * method in its Content-Type, and the same text attached as invite.ics.
 */
export async function composeMessage(message: OutgoingMessage): Promise<Buffer> {
  assertOutgoingMessage(message);
  const { calendar } = message;
  const composer = new MailComposer({
    messageId: message.messageId,
    from: { name: headerText(message.from.name), address: message.from.email },
    to: { name: headerText(message.to.name), address: message.to.email },
    subject: headerText(message.subject),
    date: message.date,
    text: message.text,
    html: message.html,
    icalEvent: calendar
      ? { method: calendar.method, content: calendar.content, filename: 'invite.ics' }
      : undefined,
    headers: Object.fromEntries(
      Object.entries(message.headers ?? {}).map(([name, value]) => [name, headerText(value)]),
    ),
    // SMTP needs CRLF anyway; writing it here keeps the stored copy byte-identical.
    newline: 'windows',
  });
  return composer.compile().build();
}

function assertOutgoingMessage(message: OutgoingMessage): void {
  const issues: FieldIssue[] = [];
  const issue = (field: string, text: string) => issues.push({ field, message: text });
  if (!MESSAGE_ID.test(message.messageId)) issue('messageId', 'must look like <id@host>');
  if (!isEmailAddress(message.from.email)) issue('from.email', 'must be an email address');
  if (!isEmailAddress(message.to.email)) issue('to.email', 'must be an email address');
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
