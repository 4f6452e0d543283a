import type { MessageKey, Translator } from './translate.js';

/** An email in template syntax, as coordinators' templates are: rendered and escaped the same way. */
export interface Wording {
  subject: string;
  body: string;
}

// The arguments email messages may use, each the template token it stands for: the catalogs say
// where a value goes, the renderer fills it in (escaped, in the recipient's zone and locale).
const TOKENS = {
  firstName: '{{ recipient.first_name }}',
  person: '{{ recipient.full_name }}',
  title: '{{ interview.title }}',
  date: '{{ interview.date }}',
  time: '{{ interview.time }}',
  duration: '{{ interview.duration }}',
  interviewers: '{{ interviewers.names }}',
  candidate: '{{ candidate.full_name }}',
  reason: '{{ interview.notes }}',
} as const;

const LINKS = {
  link: '<a href="{{ interview.link }}">{{ interview.link }}</a>',
  schedulingLink: '<a href="{{ scheduling.link }}">{{ scheduling.link }}</a>',
} as const;

/** The argument names an email message may use (catalogs.test.ts checks every email message). */
export const EMAIL_ARGUMENTS: readonly string[] = [...Object.keys(TOKENS), ...Object.keys(LINKS)];

const strong = (chunks: unknown[]) => `<strong>${chunks.join('')}</strong>`;

/**
 * One catalog message as body markup in template syntax: `<b>` becomes `<strong>`, arguments
 * their tokens. Catalog text holds no markup of its own (catalogs.test.ts), so it is safe as is.
 */
export function emailLine(t: Translator, key: MessageKey): string {
  return t.text(key, { ...TOKENS, ...LINKS, b: strong });
}

/** A subject line in template syntax (plain text: links are not offered). */
export function emailSubject(t: Translator, key: MessageKey): string {
  return t.text(key, TOKENS);
}

/** A paragraph that is not a message of its own: facts the renderer fills in. */
type Paragraph = MessageKey | { raw: string };

interface EmailShape {
  subject: MessageKey;
  paragraphs: Paragraph[];
  /** Greets the recipient and signs with the organizer and company (participants' emails). */
  personal: boolean;
}

const NOTICE_FACTS: Paragraph[] = ['organizer.when', 'organizer.open'];

const EMAILS = {
  cancelled: {
    subject: 'email.cancelled.subject',
    paragraphs: ['email.cancelled.body'],
    personal: true,
  },
  removed: { subject: 'email.removed.subject', paragraphs: ['email.removed.body'], personal: true },
  proposalDeclined: {
    subject: 'email.proposalDeclined.subject',
    paragraphs: ['email.proposalDeclined.body'],
    personal: true,
  },
  pending: { subject: 'email.pending.subject', paragraphs: ['email.pending.body'], personal: true },
  upcoming: {
    subject: 'email.upcoming.subject',
    paragraphs: [
      'email.upcoming.body',
      { raw: '{{ interview.location }} {{ interview.meeting_url }}' },
      'email.upcoming.details',
    ],
    personal: true,
  },
  choose: { subject: 'email.choose.subject', paragraphs: ['email.choose.body'], personal: true },
  organizerScheduled: {
    subject: 'organizer.scheduled.subject',
    paragraphs: ['organizer.scheduled.body', ...NOTICE_FACTS],
    personal: false,
  },
  organizerDeclined: {
    subject: 'organizer.declined.subject',
    paragraphs: ['organizer.declined.body', 'organizer.reason', ...NOTICE_FACTS],
    personal: false,
  },
  organizerRescheduled: {
    subject: 'organizer.rescheduled.subject',
    paragraphs: ['organizer.rescheduled.body', ...NOTICE_FACTS],
    personal: false,
  },
  organizerCancelled: {
    subject: 'organizer.cancelled.subject',
    paragraphs: ['organizer.cancelled.body', 'organizer.reason', ...NOTICE_FACTS],
    personal: false,
  },
} as const satisfies Record<string, EmailShape>;

export type EmailName = keyof typeof EMAILS;

/**
 * One of Convene's own emails (cancellations, reminders, notices…) in the recipient's language,
 * as a template: each paragraph a catalog message, the facts template tokens, so it renders
 * through the same function as coordinators' templates.
 */
export function emailWording(t: Translator, name: EmailName): Wording {
  const shape: EmailShape = EMAILS[name];
  const paragraphs = shape.paragraphs.map((p) => (typeof p === 'string' ? emailLine(t, p) : p.raw));
  const lines = shape.personal
    ? [emailLine(t, 'email.hello'), ...paragraphs, '{{ organizer.name }}<br>{{ company.name }}']
    : paragraphs;
  return {
    subject: emailSubject(t, shape.subject),
    body: lines.map((line) => `<p>${line}</p>`).join('\n'),
  };
}
