import { Type } from 'typebox';
import { ATTENDANCES, INTERVIEW_STATUSES, PARTICIPANT_ROLES } from '../domain/interview-status.js';
import { MESSAGE_KINDS, MESSAGE_STATES, TRANSPORTS } from '../domain/messages.js';
import { Nullable, OneOf } from './common.js';

export const StatusSchema = OneOf(INTERVIEW_STATUSES);
export const AttendanceSchema = OneOf(ATTENDANCES);
/** A participant's role on an interview, and equally a template's audience. */
export const ParticipantRoleSchema = OneOf(PARTICIPANT_ROLES);
const MessageKindSchema = OneOf(MESSAGE_KINDS);
const MessageStateSchema = OneOf(MESSAGE_STATES);

export const DeliverySchema = Type.Object({
  messageId: Type.String(),
  kind: MessageKindSchema,
  state: MessageStateSchema,
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  sentAt: Nullable(Type.String()),
  queuedAt: Type.String(),
});

export const ParticipantSchema = Type.Object({
  id: Type.String(),
  role: ParticipantRoleSchema,
  name: Type.String(),
  email: Type.String(),
  timeZone: Nullable(Type.String()),
  attendance: AttendanceSchema,
  respondedAt: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  lastOpenedAt: Nullable(Type.String()),
  delivery: Nullable(DeliverySchema),
});

/** Reminder overrides: whole hours, null for a rule turned off, left out for the default. */
export const RemindersSchema = Type.Object(
  {
    pendingAfterHours: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
    pendingBeforeHours: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
    everyoneBeforeHours: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
  },
  {
    additionalProperties: false,
    description:
      'Reminders to pending participants N hours after their invite and M hours before the start, and to everyone K hours before the start; left out: the REMINDER_* defaults',
  },
);

/** An interview as the API shows it (DESIGN §8), with its participants. */
export const InterviewSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  candidateId: Type.String(),
  interviewerIds: Type.Array(Type.String()),
  jobTitle: Nullable(Type.String()),
  startsAt: Type.String({ description: 'ISO 8601, UTC' }),
  endsAt: Type.String(),
  durationMinutes: Type.Integer(),
  timeZone: Type.String(),
  location: Nullable(Type.String()),
  meetingUrl: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  status: StatusSchema,
  version: Type.Integer(),
  sequence: Type.Integer({
    description:
      'The revision participants were last told of: raised by each update or cancellation sent (a resend keeps it). Each participant has a calendar event of their own; message SEQUENCEs are per participant.',
  }),
  invitesSentAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  reminders: RemindersSchema,
  createdAt: Type.String(),
  updatedAt: Type.String(),
  participants: Type.Array(ParticipantSchema),
});

/** A message as the API lists it (DESIGN §8): never its body or personal link. */
export const MessageSchema = Type.Object({
  id: Type.String(),
  participantId: Nullable(Type.String()),
  kind: MessageKindSchema,
  to: Type.String(),
  subject: Type.String(),
  state: MessageStateSchema,
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  sentAt: Nullable(Type.String()),
  createdAt: Type.String(),
  sequence: Nullable(Type.Integer()),
  transport: Nullable(OneOf(TRANSPORTS)),
});

/** One entry of an interview's timeline: who did what, when. */
export const InterviewEventSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  actor: Type.Object({
    type: Type.String(),
    id: Nullable(Type.String()),
    name: Nullable(Type.String()),
  }),
  data: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String(),
});
