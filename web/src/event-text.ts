/** The interview timeline in sentences: "Carla Coordinator sent invites to 3 participants". */
import type { interviewDetails } from './i18n/en/interview-details.js';
import type { interviews } from './i18n/en/interviews.js';
import type { Translate } from './i18n/translate.js';
import {
  type InterviewEvent,
  type InterviewStatus,
  type Participant,
  STATUS_KEYS,
} from './types.js';

export interface EventLine {
  text: string;
  /** A Mantine colour for the bullet. */
  color: string;
}

type Text = Translate<typeof interviewDetails>;

function names(ids: unknown[], participants: Participant[], t: Text): string {
  const known = ids.map(
    (id) => participants.find((p) => p.id === id)?.name ?? t('event.formerParticipant'),
  );
  if (known.length <= 1) return known.join('');
  return t('event.and', { list: known.slice(0, -1).join(', '), last: known[known.length - 1]! });
}

/**
 * One timeline event as a sentence: `t` gives the timeline's words, `status` the status words
 * (the interviews area's, as the status badge shows them).
 */
export function describeEvent(
  event: InterviewEvent,
  participants: Participant[],
  t: Text,
  status: Translate<typeof interviews>,
): EventLine {
  const who = event.actor.name ?? (event.actor.type === 'system' ? 'Convene' : t('event.someone'));
  const d = event.data;
  const str = (key: string) =>
    typeof d[key] === 'string' && d[key] !== '' ? (d[key] as string) : null;
  const num = (key: string) => (typeof d[key] === 'number' ? (d[key] as number) : null);
  const notified = num('notified') ?? 0;
  const via = str('via') ?? 'other';
  const quoted = (text: string, quote: string | null) =>
    quote ? t('event.quoted', { text, quote }) : text;
  const statusLabel = (value: unknown) => {
    const key = STATUS_KEYS[value as InterviewStatus];
    return key ? status(key) : String(value);
  };
  switch (event.type) {
    case 'interview.created':
      return { text: t('event.created', { who }), color: 'gray' };
    case 'invites.sent':
    case 'invites.resent': {
      const r = d.recipients;
      const count = (n: number) => t('event.participants', { count: n });
      const to = Array.isArray(r)
        ? r.length > 3
          ? count(r.length)
          : names(r, participants, t)
        : count(typeof r === 'number' ? r : 0);
      const resent = event.type === 'invites.resent';
      return {
        text: t(resent ? 'event.invitesResent' : 'event.invitesSent', { who, to }),
        color: 'blue',
      };
    }
    case 'invitation.opened':
      return { text: t('event.opened', { who }), color: 'gray' };
    case 'participant.confirmed':
      return { text: t('event.confirmed', { who, via }), color: 'green' };
    case 'participant.declined':
      return { text: quoted(t('event.declined', { who, via }), str('reason')), color: 'red' };
    case 'participant.proposed_times': {
      const count = Array.isArray(d.times) ? d.times.length : 0;
      return {
        text: quoted(t('event.proposed', { who, count, via }), str('comment')),
        color: 'orange',
      };
    }
    case 'proposal.declined': {
      const author = str('name') ?? t('event.aParticipant');
      const told = num('notified') ? 'yes' : 'no';
      return { text: t('event.proposalDeclined', { who, author, told }), color: 'gray' };
    }
    case 'participant.tentative': {
      const comment = str('comment');
      return {
        text: comment
          ? t('event.tentativeComment', { who, comment })
          : t('event.tentative', { who }),
        color: 'yellow',
      };
    }
    case 'reply.ignored': {
      // A calendar reply that named one of this interview's invites but could not be taken:
      // the coordinator may need to ask that person to answer through their Interview Link.
      const invitee = typeof d.invitee === 'string' ? names([d.invitee], participants, t) : null;
      const values = {
        answer: str('answer')?.toLowerCase() ?? t('event.answer'),
        attendee: str('attendee') ?? t('event.someoneLower'),
        reason: str('reason') ?? t('event.noReason'),
      };
      return {
        text: invitee
          ? t('event.replyIgnoredInvite', { ...values, invitee })
          : t('event.replyIgnored', values),
        color: 'orange',
      };
    }
    case 'reminder.sent': {
      const to =
        typeof d.participantId === 'string' ? names([d.participantId], participants, t) : '';
      return {
        text: t('event.reminder', { to: to || str('to') || t('event.aParticipant') }),
        color: 'grape',
      };
    }
    case 'message.sent':
      return {
        text: t('event.delivered', {
          kind: str('kind') ?? 'other',
          to: str('to') ?? t('event.aParticipant'),
        }),
        color: 'teal',
      };
    case 'message.failed':
      return {
        text: t('event.failed', {
          to: str('to') ?? t('event.aParticipant'),
          attempts: num('attempts') ?? 0,
          error: str('error') ?? t('event.unknownError'),
        }),
        color: 'red',
      };
    case 'status.changed':
      return {
        text: t('event.statusChanged', { from: statusLabel(d.from), to: statusLabel(d.to) }),
        color: d.to === 'scheduled' ? 'green' : d.to === 'needs_attention' ? 'orange' : 'indigo',
      };
    case 'interview.rescheduled': {
      const proposed = str('proposalId') ? 'yes' : 'no';
      return { text: t('event.rescheduled', { who, proposed, notified }), color: 'indigo' };
    }
    case 'interview.panel_changed': {
      const people = (key: string) =>
        (Array.isArray(d[key]) ? d[key] : [])
          .map((p) => (p && typeof p === 'object' && 'name' in p ? String(p.name) : ''))
          .filter(Boolean)
          .join(', ');
      const added = people('added');
      const removed = people('removed');
      const changes = [
        added ? t('event.added', { names: added }) : '',
        removed ? t('event.removed', { names: removed }) : '',
      ].filter(Boolean);
      return {
        text: t('event.panelChanged', { who, changes: changes.join('; ') }),
        color: 'violet',
      };
    }
    case 'interview.updated': {
      const changed = Array.isArray(d.changed) ? d.changed.map(String) : [];
      return {
        text: changed.length
          ? t('event.editedFields', { who, fields: changed.join(', '), notified })
          : t('event.edited', { who, notified }),
        color: 'gray',
      };
    }
    case 'interview.cancelled': {
      const reason = str('reason');
      return {
        text: reason
          ? t('event.cancelledReason', { who, reason, notified })
          : t('event.cancelled', { who, notified }),
        color: 'red',
      };
    }
    default:
      return { text: t('event.other', { who, type: event.type }), color: 'gray' };
  }
}
