import type { CandidatesTable, InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { emailLine } from '../domain/i18n/email-wording.js';
import { dateLocale } from '../domain/i18n/locales.js';
import { recipientTranslator, type Translator } from '../domain/i18n/translate.js';
import { htmlToText } from '../domain/template-html.js';
import { type RenderedMessage, renderTemplate } from '../domain/template-render.js';
import { buildTokenValues, type TokenContext } from '../domain/template-values.js';
import type { MailSettings } from '../mail/mail-settings.js';

/** Everything one interview's messages are rendered from. */
export interface MessageContext {
  interview: InterviewsTable;
  candidate: Pick<CandidatesTable, 'first_name' | 'last_name'>;
  participants: ParticipantsTable[];
  /** The SEQUENCE each participant was last sent (loadSentSequences); absent: none yet. */
  sentSequences: ReadonlyMap<string, number>;
  /** Who sends: the calendar's organizer name in the text, and the Reply-To. */
  organizer: { name: string; email: string };
  settings: MailSettings;
}

/**
 * The language a participant's emails are written in: their own locale (copied from their
 * profile), else the company default. Emails have no browser to ask.
 */
export function participantTranslator(
  participant: Pick<ParticipantsTable, 'locale'>,
  settings: Pick<MailSettings, 'defaultLocale'>,
): Translator {
  return recipientTranslator(participant.locale, settings.defaultLocale);
}

/** An interview's row as the token values take it. */
export function interviewFacts(interview: InterviewsTable): TokenContext['interview'] {
  return {
    title: interview.title,
    startsAt: new Date(interview.starts_at),
    durationMinutes: interview.duration_minutes,
    timeZone: interview.time_zone,
    location: interview.location,
    meetingUrl: interview.meeting_url,
    notes: interview.notes,
  };
}

/** Renders one participant's message from a subject/body template and their personal link. */
export function renderMessage(
  context: MessageContext,
  participant: ParticipantsTable,
  template: { subject: string; body: string },
  link: string,
): RenderedMessage {
  const { interview, candidate, participants, organizer, settings } = context;
  const values = buildTokenValues({
    interview: interviewFacts(interview),
    candidate: { firstName: candidate.first_name, lastName: candidate.last_name },
    recipient: {
      name: participant.name,
      firstName: participant.role === 'candidate' ? candidate.first_name : null,
      timeZone: participant.time_zone,
      locale: dateLocale(participantTranslator(participant, settings).locale, participant.locale),
    },
    interviewers: participants.filter((p) => p.role === 'interviewer').map((p) => p.name),
    jobTitle: interview.job_title,
    organizer,
    companyName: settings.companyName,
    link,
  });
  return renderTemplate({ subject: template.subject, body: template.body, values });
}

/** What an update email says changed: the interview as it was, and whether to confirm again. */
export interface UpdateFacts {
  before: InterviewsTable;
  /** True when the new time or place reset everyone's answer. */
  reconfirm: boolean;
  /** The participant who chose the new time themselves (a candidate, from their link). */
  chosenBy?: string | undefined;
}

// Each fact is rendered through the same function as every template, in the recipient's own
// zone, so values are escaped and times agree with the rest of the message.
// The time carries its zone: "10:00 (America/New_York)".
const WHEN = '{{ interview.date }}, {{ interview.time }}, {{ interview.duration }}';
const WHERE = '{{ interview.location }}';
const VIDEO = '{{ interview.meeting_url }}';

// Whoever chose the new time is confirmed for it; the others learn who moved it.
function answerLine(t: Translator, participant: ParticipantsTable, facts: UpdateFacts): string {
  if (facts.chosenBy === participant.id) return `<p>${emailLine(t, 'update.youChose')}</p>`;
  const who = facts.chosenBy ? `<p>${emailLine(t, 'update.candidateChose')}</p>\n` : '';
  return facts.reconfirm
    ? `${who}<p>${emailLine(t, 'update.confirmAgain')}</p>`
    : `<p>${emailLine(t, 'update.stands')}</p>`;
}

/**
 * The top of an update email, in Convene's words: what changed, old → new (time, place, video
 * link), and whether the recipient must confirm again. Coordinators' templates say the rest.
 */
export function renderUpdateNotice(
  context: MessageContext,
  participant: ParticipantsTable,
  facts: UpdateFacts,
  link: string,
): { html: string; text: string } {
  const { before } = facts;
  const now = context.interview;
  const t = participantTranslator(participant, context.settings);
  const shown = (interview: InterviewsTable, template: string) =>
    renderMessage({ ...context, interview }, participant, { subject: '-', body: template }, link)
      .html || `<em>${emailLine(t, 'update.none')}</em>`;
  const change = (label: string, template: string) =>
    `<li>${label}: <s>${shown(before, template)}</s> → <strong>${shown(now, template)}</strong></li>`;
  const lines = [
    before.starts_at !== now.starts_at || before.ends_at !== now.ends_at
      ? change(emailLine(t, 'update.when'), WHEN)
      : '',
    (before.location ?? '') !== (now.location ?? '')
      ? change(emailLine(t, 'update.where'), WHERE)
      : '',
    (before.meeting_url ?? '') !== (now.meeting_url ?? '')
      ? change(emailLine(t, 'update.video'), VIDEO)
      : '',
  ].filter(Boolean);
  const html = [
    `<p><strong>${emailLine(t, 'update.changed')}</strong></p>`,
    lines.length > 0 ? `<ul>${lines.join('')}</ul>` : `<p>${emailLine(t, 'update.details')}</p>`,
    answerLine(t, participant, facts),
    '<hr>',
  ].join('\n');
  return { html, text: htmlToText(html) };
}
