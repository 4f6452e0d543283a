import { randomUUID } from 'node:crypto';
import type { Transaction } from '../db/database.js';
import type { ParticipantsTable } from '../db/schema.js';
import { type CalendarChange, nextSequence } from '../domain/calendar-sequence.js';
import { type EmailName, emailWording } from '../domain/i18n/email-wording.js';
import type { Translator } from '../domain/i18n/translate.js';
import { buildMeetingRequest } from '../domain/meeting-request.js';
import type { MessageKind } from '../domain/messages.js';
import type { RenderedMessage } from '../domain/template-render.js';
import { composeMessage } from '../mail/compose-message.js';
import { withEmailHeader } from '../mail/email-header.js';
import { type EnqueueMessageOptions, enqueueMessages } from '../mail/enqueue-message.js';
import { mailHost, sender } from '../mail/mail-settings.js';
import { type InviteContents, wordingFor } from './invite-content.js';
import {
  invitationLink,
  type NewParticipantToken,
  newParticipantTokens,
  saveParticipantTokens,
} from './participant-tokens.js';
import {
  type MessageContext,
  participantTranslator,
  renderMessage,
  renderUpdateNotice,
  type UpdateFacts,
} from './render-message.js';

export interface QueueMessagesOptions {
  context: MessageContext;
  /** Who gets a message now (all participants, or the chosen ones of a resend). */
  recipients: ParticipantsTable[];
  /**
   * `invite` (a first send or a resend), `update`, `cancel` and `declinecounter` carry a meeting
   * request for the recipient's own event, whose SEQUENCE follows from what that recipient was
   * last sent;
   * `reminder` is a plain email.
   */
  kind: MessageKind;
  /** The invite wording; cancellations use Convene's own. */
  contents: InviteContents | undefined;
  /** One of Convene's own emails (reminders), in each recipient's language, instead of `contents`. */
  wording?: EmailName;
  /** An update's facts: its email opens with what changed and whether to confirm again. */
  update?: UpdateFacts;
  now: Date;
}

/** Messages built for the outbox, with the tokens their links carry; nothing saved yet. */
export interface BuiltMessages {
  tokens: NewParticipantToken[];
  messages: EnqueueMessageOptions[];
}

/**
 * Writes one outbox message per recipient, inside the caller's transaction: rendered for that
 * person (zone, name, personal link), with its meeting request, composed to the exact bytes the
 * worker will deliver. Nothing is sent here.
 */
export async function queueMessages(
  db: Transaction,
  options: QueueMessagesOptions,
): Promise<string[]> {
  const built = await buildMessages(options);
  await saveMessages(db, built);
  return built.messages.map((m) => m.id);
}

/**
 * Renders, builds the meeting request and composes each recipient's message, touching no
 * database. Bad data (say an attendee address that is the organizer's) is refused here, so a
 * caller that builds first and saves after never leaves half a send behind.
 */
export async function buildMessages(options: QueueMessagesOptions): Promise<BuiltMessages> {
  const { context, recipients, kind, contents, now } = options;
  const { interview, settings } = context;
  const method =
    kind === 'cancel' ? 'CANCEL' : kind === 'declinecounter' ? 'DECLINECOUNTER' : 'REQUEST';
  const change = calendarChange(kind);
  const host = mailHost(settings);
  const organizer = sender(settings);
  const translators = recipients.map((participant) => participantTranslator(participant, settings));
  const templates = recipients.map((participant, i) => {
    // Cancellations and refused proposals are not written by coordinators: Convene's wording.
    const own =
      options.wording ??
      (kind === 'cancel' ? 'cancelled' : kind === 'declinecounter' ? 'proposalDeclined' : null);
    const t = translators[i] as Translator;
    const content = contents?.[participant.role];
    const template = own ? emailWording(t, own) : content && wordingFor(content, t.locale);
    if (!template)
      throw new Error(`no ${participant.role} message content for interview ${interview.id}`);
    return template;
  });
  const tokens = newParticipantTokens(recipients.map((p) => p.id));
  const messages = await Promise.all(
    recipients.map(async (participant, i): Promise<EnqueueMessageOptions> => {
      const link = invitationLink(settings.publicUrl, tokens[i]?.token as string);
      const rendered = withNotice(
        renderMessage(context, participant, templates[i] as Template, link),
        options.update && renderUpdateNotice(context, participant, options.update, link),
      );
      const subject =
        kind === 'update'
          ? (translators[i] as Translator).text('email.updated', { subject: rendered.subject })
          : rendered.subject;
      // Each participant's own event: their UID, and the SEQUENCE of what they were last sent.
      const sequence = change
        ? nextSequence(change, context.sentSequences.get(participant.id))
        : null;
      const calendar =
        sequence !== null &&
        buildMeetingRequest({
          method,
          uid: participant.calendar_uid,
          sequence,
          stamp: now,
          startsAt: new Date(interview.starts_at),
          endsAt: new Date(interview.ends_at),
          summary: interview.title,
          description: rendered.text,
          location: interview.location,
          url: interview.meeting_url,
          organizer,
          attendees: attendeesFor(participant, context.participants),
          counter: settings.readsReplies !== false,
        });
      const id = randomUUID();
      const messageId = `<${id}@${host}>`;
      const raw = await composeMessage({
        messageId,
        from: organizer,
        to: { name: participant.name, email: participant.email },
        // A typed answer reaches the coordinator who sent it, not the robot mailbox.
        replyTo: context.organizer,
        subject,
        html: withEmailHeader(rendered.html, settings),
        text: rendered.text,
        calendar: calendar ? { method, content: calendar } : undefined,
        headers: kind === 'reminder' || kind === 'declinecounter' ? AUTOMATIC : undefined,
        date: now,
      });
      return {
        id,
        interviewId: interview.id,
        participantId: participant.id,
        kind,
        to: { name: participant.name, email: participant.email },
        subject,
        messageId,
        raw,
        calendarMethod: calendar ? method : null,
        sequence: calendar ? sequence : null,
        now,
      };
    }),
  );
  return { tokens, messages };
}

/** Saves built messages and their tokens, one insert each, in the caller's transaction. */
export async function saveMessages(db: Transaction, built: BuiltMessages): Promise<void> {
  await saveParticipantTokens(db, built.tokens);
  await enqueueMessages(db, built.messages);
}

type Template = { subject: string; body: string };

// A notice goes above the coordinator's wording, in the email and in the calendar's copy.
function withNotice(
  rendered: RenderedMessage,
  notice: { html: string; text: string } | undefined,
): RenderedMessage {
  if (!notice) return rendered;
  return {
    subject: rendered.subject,
    html: `${notice.html}\n${rendered.html}`,
    text: `${notice.text}\n\n${rendered.text}`,
  };
}

/**
 * Headers of mail Convene writes by itself (reminders, notices): no out-of-office or other
 * automatic answer should come back (RFC 3834; Exchange's own header).
 */
export const AUTOMATIC: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'All',
};

function calendarChange(kind: MessageKind): CalendarChange | null {
  if (kind === 'invite' || kind === 'update' || kind === 'cancel' || kind === 'declinecounter') {
    return kind;
  }
  return null;
}

// The candidate's event lists only the candidate; an interviewer's lists the panel and never
// the candidate's address (the candidate's name is in the summary and text), so "reply all"
// or "email guests" cannot reach the candidate.
function attendeesFor(participant: ParticipantsTable, everyone: ParticipantsTable[]) {
  const listed =
    participant.role === 'candidate'
      ? [participant]
      : everyone.filter((p) => p.role === 'interviewer');
  return listed.map((p) => ({ name: p.name, email: p.email, role: 'REQ-PARTICIPANT' as const }));
}
