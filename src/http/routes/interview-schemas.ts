import { Type } from 'typebox';
import { Line, Nullable } from '../schemas.js';

export const StatusSchema = Type.Union([
  Type.Literal('draft'),
  Type.Literal('awaiting_confirmation'),
  Type.Literal('scheduled'),
  Type.Literal('needs_attention'),
  Type.Literal('cancelled'),
  Type.Literal('completed'),
]);

const DeliverySchema = Type.Object({
  messageId: Type.String(),
  kind: Type.String(),
  state: Type.String(),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  sentAt: Nullable(Type.String()),
  queuedAt: Type.String(),
});

export const ParticipantSchema = Type.Object({
  id: Type.String(),
  role: Type.Union([Type.Literal('candidate'), Type.Literal('interviewer')]),
  name: Type.String(),
  email: Type.String(),
  timeZone: Nullable(Type.String()),
  attendance: Type.Union([
    Type.Literal('pending'),
    Type.Literal('confirmed'),
    Type.Literal('declined'),
  ]),
  respondedAt: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  lastOpenedAt: Nullable(Type.String()),
  delivery: Nullable(DeliverySchema),
});

/** Reminder overrides: whole hours, null for a rule turned off, left out for the default. */
const RemindersSchema = Type.Object(
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

const Id = Type.String({ format: 'uuid' });
const editable = {
  title: Line(200),
  jobTitle: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  startsAt: Type.String({
    maxLength: 40,
    description: 'ISO 8601 with offset, e.g. 2026-03-03T09:00:00Z',
  }),
  durationMinutes: Type.Integer({ minimum: 5, maximum: 1440 }),
  timeZone: Type.String({ maxLength: 64, description: "The interview's IANA zone" }),
  location: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  meetingUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  candidateId: Id,
  interviewerIds: Type.Array(Id, { minItems: 1, maxItems: 20 }),
  reminders: Type.Optional(RemindersSchema),
};

export const CreateInterviewBody = Type.Object(editable, { additionalProperties: false });

export const UpdateInterviewBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you last read' }),
    title: Type.Optional(editable.title),
    jobTitle: editable.jobTitle,
    startsAt: Type.Optional(editable.startsAt),
    durationMinutes: Type.Optional(editable.durationMinutes),
    timeZone: Type.Optional(editable.timeZone),
    location: editable.location,
    meetingUrl: editable.meetingUrl,
    notes: editable.notes,
    candidateId: Type.Optional(Id),
    interviewerIds: Type.Optional(editable.interviewerIds),
    reminders: editable.reminders,
  },
  { additionalProperties: false },
);

export const InviteChoiceSchema = Type.Object(
  {
    templateId: Id,
    subject: Type.Optional(Type.String({ maxLength: 500 })),
    body: Type.Optional(Type.String({ maxLength: 100_000 })),
  },
  { additionalProperties: false },
);

export const InvitesBody = Type.Object(
  { candidate: InviteChoiceSchema, interviewer: InviteChoiceSchema },
  { additionalProperties: false },
);
