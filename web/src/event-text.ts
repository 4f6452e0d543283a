/** The interview timeline in sentences: "Carla Coordinator sent invites to 3 participants". */
import { interviews } from './i18n/en/interviews.js';
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function names(ids: unknown[], participants: Participant[]): string {
  const known = ids.map(
    (id) => participants.find((p) => p.id === id)?.name ?? 'a former participant',
  );
  if (known.length <= 1) return known.join('');
  return `${known.slice(0, -1).join(', ')} and ${known[known.length - 1]}`;
}

// The timeline is not translated yet: the statuses' English words, from the interviews catalog.
function statusLabel(value: unknown): string {
  const key = STATUS_KEYS[value as InterviewStatus] as keyof typeof interviews.messages | undefined;
  return key ? interviews.messages[key] : String(value);
}

const KIND: Record<string, string> = {
  invite: 'Invite',
  update: 'Update',
  cancel: 'Cancellation',
  notice: 'Notice',
  reminder: 'Reminder',
  declinecounter: 'Refusal of a proposed time',
};

export function describeEvent(event: InterviewEvent, participants: Participant[]): EventLine {
  const who = event.actor.name ?? (event.actor.type === 'system' ? 'Convene' : 'Someone');
  const d = event.data;
  const str = (key: string) =>
    typeof d[key] === 'string' && d[key] !== '' ? (d[key] as string) : null;
  const num = (key: string) => (typeof d[key] === 'number' ? (d[key] as number) : null);
  const notified = num('notified')
    ? ` and notified ${plural(num('notified') ?? 0, 'participant')}`
    : '';
  switch (event.type) {
    case 'interview.created':
      return { text: `${who} created the interview`, color: 'gray' };
    case 'invites.sent':
    case 'invites.resent': {
      const verb = event.type === 'invites.sent' ? 'sent' : 'resent';
      const r = d.recipients;
      const to = Array.isArray(r)
        ? r.length > 3
          ? plural(r.length, 'participant')
          : names(r, participants)
        : plural(typeof r === 'number' ? r : 0, 'participant');
      return { text: `${who} ${verb} invites to ${to}`, color: 'blue' };
    }
    case 'invitation.opened':
      return { text: `${who} opened their Interview Link`, color: 'gray' };
    case 'participant.confirmed':
      return {
        text: `${who} confirmed${str('via') === 'calendar' ? ' from their calendar' : ''}`,
        color: 'green',
      };
    case 'participant.declined': {
      const reason = str('reason');
      const via = str('via') === 'calendar' ? ' from their calendar' : '';
      return { text: `${who} declined${via}${reason ? `: “${reason}”` : ''}`, color: 'red' };
    }
    case 'participant.proposed_times': {
      const count = Array.isArray(d.times) ? d.times.length : 0;
      const via = str('via') === 'calendar' ? ' from their calendar' : '';
      const comment = str('comment');
      return {
        text: `${who} proposed ${count === 1 ? 'another time' : plural(count, 'other time')}${via}${comment ? `: “${comment}”` : ''}`,
        color: 'orange',
      };
    }
    case 'proposal.declined': {
      const author = str('name') ?? 'a participant';
      const told = num('notified') ? ' (their calendar was told)' : '';
      return { text: `${who} declined ${author}’s proposed time${told}`, color: 'gray' };
    }
    case 'participant.tentative': {
      const comment = str('comment');
      return {
        text: `${who} answered “maybe” from their calendar${comment ? `: “${comment}”` : ''} (still pending)`,
        color: 'yellow',
      };
    }
    case 'reply.ignored': {
      // A calendar reply that named one of this interview's invites but could not be taken:
      // the coordinator may need to ask that person to answer through their Interview Link.
      const invitee = typeof d.invitee === 'string' ? names([d.invitee], participants) : null;
      const answer = str('answer')?.toLowerCase() ?? 'answer';
      const about = invitee ? ` to ${invitee}’s invite` : '';
      return {
        text: `A calendar ${answer} from ${str('attendee') ?? 'someone'}${about} was ignored: ${str('reason') ?? 'no reason given'}`,
        color: 'orange',
      };
    }
    case 'reminder.sent': {
      const to = typeof d.participantId === 'string' ? names([d.participantId], participants) : '';
      return { text: `Reminder queued for ${to || str('to') || 'a participant'}`, color: 'grape' };
    }
    case 'message.sent':
      return {
        text: `${KIND[str('kind') ?? ''] ?? 'Message'} to ${str('to') ?? 'a participant'} delivered`,
        color: 'teal',
      };
    case 'message.failed':
      return {
        text: `Message to ${str('to') ?? 'a participant'} failed${
          num('attempts') ? ` after ${plural(num('attempts') ?? 0, 'attempt')}` : ''
        }: ${str('error') ?? 'unknown error'}`,
        color: 'red',
      };
    case 'status.changed':
      return {
        text: `Status changed from ${statusLabel(d.from)} to ${statusLabel(d.to)}`,
        color: d.to === 'scheduled' ? 'green' : d.to === 'needs_attention' ? 'orange' : 'indigo',
      };
    case 'interview.rescheduled': {
      const proposed = str('proposalId') ? ' to a proposed time' : '';
      return { text: `${who} rescheduled the interview${proposed}${notified}`, color: 'indigo' };
    }
    case 'interview.panel_changed': {
      const people = (key: string) =>
        (Array.isArray(d[key]) ? d[key] : [])
          .map((p) => (p && typeof p === 'object' && 'name' in p ? String(p.name) : ''))
          .filter(Boolean);
      const parts = [
        people('added').length ? `added ${people('added').join(', ')}` : '',
        people('removed').length ? `removed ${people('removed').join(', ')}` : '',
      ].filter(Boolean);
      return { text: `${who} changed the interviewers: ${parts.join('; ')}`, color: 'violet' };
    }
    case 'interview.updated': {
      const changed = Array.isArray(d.changed) ? d.changed.map(String) : [];
      const what = changed.length ? ` (${changed.join(', ')})` : '';
      return { text: `${who} edited the interview${what}${notified}`, color: 'gray' };
    }
    case 'interview.cancelled': {
      const reason = str('reason');
      return {
        text: `${who} cancelled the interview${reason ? `: “${reason}”` : ''}${notified}`,
        color: 'red',
      };
    }
    default:
      return { text: `${who}: ${event.type}`, color: 'gray' };
  }
}
