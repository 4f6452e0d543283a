import { Type } from 'typebox';
import { Nullable } from './common.js';
import { AttendanceSchema, ParticipantRoleSchema, StatusSchema } from './interviews.js';

/** A choice made in the Send Invites window: a template, optionally edited for this interview. */
export const InviteChoiceSchema = Type.Object(
  {
    templateId: Type.String({ format: 'uuid' }),
    subject: Type.Optional(Type.String({ maxLength: 500 })),
    body: Type.Optional(Type.String({ maxLength: 100_000 })),
  },
  { additionalProperties: false },
);

/** Exactly what one participant would receive; only the personal link is a placeholder. */
export const InvitePreviewSchema = Type.Object({
  participantId: Type.String(),
  role: ParticipantRoleSchema,
  name: Type.String(),
  email: Type.String(),
  timeZone: Type.String({ description: "The zone the recipient's dates and times are shown in" }),
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
});

/** Send Invites for many interviews: which were sent, and which not and why. */
export const BulkSendResultSchema = Type.Object({
  sent: Type.Array(Type.Object({ interviewId: Type.String(), status: StatusSchema })),
  failed: Type.Array(
    Type.Object({
      interviewId: Type.String(),
      error: Type.Object({ code: Type.String(), message: Type.String() }),
    }),
  ),
});

/** What a participant sees through their link: the page and the JSON twin share it. */
export const InvitationSchema = Type.Object({
  companyName: Type.String(),
  title: Type.String({ description: "The interview's title, e.g. Technical interview" }),
  jobTitle: Nullable(Type.String()),
  recipient: Type.Object({ name: Type.String(), role: ParticipantRoleSchema }),
  when: Type.Object({
    startsAt: Type.String({ description: 'ISO 8601, UTC' }),
    endsAt: Type.String({ description: 'ISO 8601, UTC' }),
    text: Type.String({
      description:
        "Formatted in the recipient's zone, e.g. Tuesday, 3 March 2026, 10:00 – 11:30 (Europe/Berlin)",
    }),
    timeZone: Type.String({ description: 'The IANA zone `text` is written in' }),
  }),
  location: Nullable(Type.String()),
  meetingUrl: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  people: Type.Array(Type.Object({ name: Type.String(), role: ParticipantRoleSchema }), {
    description: 'Who takes part: the candidate and the interviewers, names only',
  }),
  organizer: Type.Object({ name: Type.String(), email: Type.String() }),
  attendance: AttendanceSchema,
  respondedAt: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  interviewStatus: StatusSchema,
  canRespond: Type.Boolean({
    description: 'False once the interview is cancelled or over: there is nothing to answer then',
  }),
});

/** A participant's answer through their link: whether it changed anything, and the view after. */
export const InvitationAnswerSchema = Type.Object({
  changed: Type.Boolean(),
  invitation: InvitationSchema,
});
